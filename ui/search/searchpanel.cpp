// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include "library/library.h"
#include "searchfacetbar.h"
#include "searchresultdelegate.h"
#include "searchresultsmodel.h"
#include "store/librarystore.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace Glossa::Ui {

SearchPanel::SearchPanel(Library *library, QWidget *listPage, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_field(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_listPage(listPage)
    , m_resultsPage(new QWidget(this))
    , m_facets(new SearchFacetBar(m_resultsPage))
    , m_summary(new QLabel(m_resultsPage))
    , m_view(new QListView(m_resultsPage))
    , m_model(new SearchResultsModel(this))
    , m_timer(new QTimer(this))
{
    setEngine({});
    m_field->setObjectName(QStringLiteral("librarySearch"));
    m_field->setPlaceholderText(tr("Search the library (Ctrl+Shift+F)"));
    m_field->setAccessibleName(tr("Search the library"));
    m_field->setToolTip(tr("Titles, text, notes and comments: \"exact phrase\", -excluded, OR"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kSearchDelayMs);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPanel::textChanged);
    connect(m_timer, &QTimer::timeout, this, &SearchPanel::search);

    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(SearchResultsModel::RichTextRole, m_view));
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->installEventFilter(this);
    // A click opens a result (a double click too: Qt reports its second click as no click).
    connect(m_view, &QListView::clicked, this, &SearchPanel::activate);
    connect(m_facets, &SearchFacetBar::filtersChanged, this, &SearchPanel::search);

    auto *results = new QVBoxLayout(m_resultsPage);
    results->setContentsMargins(0, 0, 0, 0);
    results->setSpacing(4);
    results->addWidget(m_facets);
    results->addWidget(m_summary);
    results->addWidget(m_view, 1);

    m_stack->addWidget(listPage);
    m_stack->addWidget(m_resultsPage);
    m_stack->setCurrentWidget(listPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_field);
    layout->addWidget(m_stack, 1);

    // What the library changes may change the results shown.
    const auto changed = [this] {
        if (showsResults()) {
            m_timer->start();
        }
    };
    for (const auto signal : {&Library::articleAdded, &Library::articleChanged, &Library::articleRemoved}) {
        connect(library, signal, this, changed);
    }
    for (const auto signal : {&Library::annotationAdded, &Library::annotationChanged, &Library::annotationRemoved,
             &Library::commentAdded, &Library::commentChanged, &Library::commentRemoved}) {
        connect(library, signal, this, changed);
    }
}

SearchPanel::~SearchPanel() = default;

bool SearchPanel::showsResults() const
{
    return m_stack->currentWidget() == m_resultsPage;
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::setEngine(Engine engine)
{
    if (engine) {
        m_engine = std::move(engine);
        return;
    }
    m_engine = [library = m_library](const Search::Query &query) -> Result<Search::Results> {
        if (!library->store()) {
            return Search::Results();
        }
        return Search::LibrarySearch(library->store()->db()).find(query);
    };
}

void SearchPanel::searchNow()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        search();
    }
}

void SearchPanel::textChanged(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_timer->stop();
        m_model->clear();
        m_stack->setCurrentWidget(m_listPage);
        return;
    }
    m_stack->setCurrentWidget(m_resultsPage);
    m_timer->start();
}

void SearchPanel::search()
{
    const QString text = m_field->text();
    if (text.trimmed().isEmpty()) {
        return;
    }
    Search::Query query;
    query.text = text;
    query.limit = kArticleLimit;
    query.filters = m_facets->filters();
    const Result<Search::Results> found = m_engine(query);
    if (!found) {
        m_model->clear();
        m_summary->setText(tr("The library could not be searched: %1").arg(found.error().message));
        return;
    }
    m_model->setResults(*found, m_library->palette());
    m_facets->setFacets(found->facets, m_library->palette());
    showSummary(*found);
}

void SearchPanel::showSummary(const Search::Results &results)
{
    QString text = results.totalHits == 0 ? tr("No results") : tr("%n result(s)", nullptr, results.totalHits);
    if (results.capped) {
        // The counts are of what was ranked: the newest matches (Search::LibrarySearch::kMaxConsidered).
        text = tr(
            "More than %n results: the newest are shown. Add a word to narrow the search.", nullptr, results.totalHits);
    }
    if (results.readAsPlainWords) {
        text += u'\n';
        text += tr("Searched as plain words: the quotes or operators typed could not be read as a query.");
    }
    m_summary->setText(text);
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (index.isValid()) {
        Q_EMIT hitActivated(m_model->hit(index.row()));
    }
}

void SearchPanel::enterResults()
{
    searchNow();
    if (!showsResults() || m_model->rowCount() == 0) {
        return;
    }
    // Before the focus: a view given the focus with no current row makes its first row current.
    if (!m_view->currentIndex().isValid()) {
        m_view->setCurrentIndex(m_model->index(m_model->firstHitRow()));
    }
    m_view->setFocus(Qt::TabFocusReason);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The field's Escape, Down and Enter are its own, whatever the window's shortcuts.
    if (event->type() == QEvent::ShortcutOverride && watched == m_field) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    if (event->type() != QEvent::KeyPress) {
        return QWidget::eventFilter(watched, event);
    }
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_field) {
        if (key == Qt::Key_Escape) {
            if (m_field->text().isEmpty()) {
                m_listPage->setFocus(Qt::OtherFocusReason); // a second Escape: back to the list
            } else {
                m_field->clear(); // first: the filters' change then has no query to search
                m_facets->clearFilters();
            }
            return true;
        }
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            enterResults();
            return true;
        }
    } else if (watched == m_view) {
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
        if (key == Qt::Key_Escape || (key == Qt::Key_Up && m_view->currentIndex().row() <= 0)) {
            focusField();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Glossa::Ui
