// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkpicker.h"

#include "anchor/placement.h"
#include "linkpickermodel.h"
#include "links/linkrelation.h"
#include "model/elide.h"
#include "preferences/settings.h"
#include "search/librarysearch.h"
#include "search/searchresultdelegate.h"
#include "store/librarystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace Glossa::Ui {

namespace {

// What the link starts from, for the dialog's first line.
QString describe(const Library &library, const Library::LinkTarget &from)
{
    QString articleId = from.articleId;
    QString quote;
    if (from.passage) {
        quote = from.passage->selector.exact;
    } else if (!from.annotationId.isEmpty()) {
        if (const auto a = library.annotation(from.annotationId)) {
            quote = a->selector.exact;
            articleId = a->articleId;
        }
    }
    const auto article = library.article(articleId);
    const QString title = article ? article->title : QString();
    if (quote.isEmpty()) {
        return LinkPicker::tr("From the whole article “%1”").arg(title);
    }
    return LinkPicker::tr("From “%1” in “%2”").arg(Model::elided(quote.simplified(), 120), title);
}

} // namespace

LinkPicker::LinkPicker(Library *library, Library::LinkTarget from, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_from(std::move(from))
    , m_model(new LinkPickerModel(this))
    , m_searchTimer(new QTimer(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_articleTitle(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_wholeArticle(new QCheckBox(tr("&Whole article"), this))
    , m_relation(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Link to…"));
    setAccessibleName(tr("Link to…"));
    auto *fromLabel = new QLabel(describe(*library, m_from), this);
    fromLabel->setWordWrap(true);
    fromLabel->setTextFormat(Qt::PlainText);

    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search titles, text and notes"));
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &LinkPicker::search);

    m_list->setObjectName(QStringLiteral("results"));
    m_list->setAccessibleName(tr("Results"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchResultDelegate(LinkPickerModel::RichTextRole, m_list));
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &LinkPicker::showResult);

    m_articleTitle->setObjectName(QStringLiteral("articleTitle"));
    m_articleTitle->setTextFormat(Qt::PlainText);
    m_articleTitle->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Article"));
    m_preview->setAccessibleDescription(tr("Select the words to link to"));
    m_preview->setReadOnly(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setPlaceholderText(tr("Choose a result to read its article here and select the passage to link to."));
    connect(m_preview, &QPlainTextEdit::selectionChanged, this, [this] {
        if (m_preview->textCursor().hasSelection()) {
            m_wholeArticle->setChecked(false);
        }
        updateState();
    });
    m_wholeArticle->setObjectName(QStringLiteral("wholeArticle"));
    m_wholeArticle->setToolTip(tr("Link to the article as a whole rather than to a passage"));
    connect(m_wholeArticle, &QCheckBox::toggled, this, &LinkPicker::updateState);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_articleTitle);
    rightLayout->addWidget(m_preview, 1);
    rightLayout->addWidget(m_wholeArticle);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({380, 520});

    m_relation->setObjectName(QStringLiteral("relation"));
    m_relation->setEditable(true);
    m_relation->setInsertPolicy(QComboBox::NoInsert);
    m_relation->setAccessibleName(tr("Relation"));
    m_relation->setToolTip(tr("How the two passages relate: choose one or write your own words"));
    for (const QString &name : Links::LinkRelation::named()) {
        m_relation->addItem(Links::LinkRelation::label(name), name);
    }
    if (const QString last = Settings::lastLinkRelation(); !last.isEmpty()) {
        const int index = m_relation->findData(last);
        if (index >= 0) {
            m_relation->setCurrentIndex(index);
        } else {
            m_relation->setEditText(last);
        }
    }
    connect(m_relation, &QComboBox::editTextChanged, this, &LinkPicker::updateState);

    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional: why they are linked (Markdown)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Link"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LinkPicker::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LinkPicker::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Relation:"), m_relation);
    form->addRow(tr("N&ote:"), m_note);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fromLabel);
    layout->addLayout(searchRow);
    layout->addWidget(splitter, 1);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_preview);
    setTabOrder(m_preview, m_wholeArticle);
    setTabOrder(m_wholeArticle, m_relation);
    setTabOrder(m_relation, m_note);
    setTabOrder(m_note, m_buttons);
    m_search->setFocus();
    resize(960, 640);
    updateState();
}

LinkPicker::~LinkPicker() = default;

void LinkPicker::searchNow()
{
    if (m_searchTimer->isActive()) {
        m_searchTimer->stop();
        search();
    }
}

void LinkPicker::search()
{
    if (!m_library->store()) {
        return;
    }
    const Search::LibrarySearch engine(m_library->store()->db());
    const auto found = engine.search({m_search->text()});
    if (!found) {
        showError(tr("The library could not be searched: %1").arg(found.error().message));
        return;
    }
    m_model->setResults(*found);
}

void LinkPicker::showResult(const QModelIndex &index)
{
    if (!index.isValid()) {
        return;
    }
    const Search::Hit &hit = m_model->hit(index.row());
    showArticle(hit.articleId);
    m_annotationId.clear();
    m_annotationRange = {-1, -1};
    if (hit.kind == Search::Hit::Kind::Note) {
        m_annotationId = hit.annotationId;
        m_annotationRange = {hit.start, hit.end};
    }
    if (hit.start >= 0 && hit.end <= m_revision.canonicalText().size()) {
        selectInPreview(hit.start, hit.end);
        m_wholeArticle->setChecked(false);
    } else {
        QTextCursor cursor = m_preview->textCursor();
        cursor.clearSelection();
        m_preview->setTextCursor(cursor);
        m_wholeArticle->setChecked(hit.kind == Search::Hit::Kind::Title);
    }
    updateState();
}

void LinkPicker::showArticle(const QString &articleId)
{
    if (articleId == m_articleId) {
        return;
    }
    m_articleId = articleId;
    m_revision = m_library->currentRevision(articleId).value_or(Model::Revision());
    const auto article = m_library->article(articleId);
    m_articleTitle->setText(article ? article->title : QString());
    m_preview->setPlainText(m_revision.canonicalText());
}

void LinkPicker::selectInPreview(qsizetype start, qsizetype end)
{
    // The preview holds the canonical text as it is: a position in it is a UTF-16 offset.
    QTextCursor cursor(m_preview->document());
    cursor.setPosition(int(end));
    m_preview->setTextCursor(cursor);
    m_preview->centerCursor();
    cursor.setPosition(int(start), QTextCursor::KeepAnchor);
    m_preview->setTextCursor(cursor);
}

std::optional<Library::LinkTarget> LinkPicker::target() const
{
    if (m_articleId.isEmpty() || m_revision.id.isEmpty()) {
        return std::nullopt;
    }
    if (m_wholeArticle->isChecked()) {
        return Library::LinkTarget::wholeArticle(m_articleId);
    }
    const QTextCursor cursor = m_preview->textCursor();
    const QString &text = m_revision.canonicalText();
    qsizetype start = std::clamp<qsizetype>(cursor.selectionStart(), 0, text.size());
    qsizetype end = std::clamp<qsizetype>(cursor.selectionEnd(), start, text.size());
    while (start < end && text[start].isSpace()) {
        ++start;
    }
    while (end > start && text[end - 1].isSpace()) {
        --end;
    }
    if (start >= end) {
        return std::nullopt;
    }
    if (!m_annotationId.isEmpty() && std::pair(start, end) == m_annotationRange) {
        return Library::LinkTarget::annotation(m_annotationId);
    }
    return Library::LinkTarget::newPassage(Anchor::exactHighlight(m_revision, start, end));
}

Result<QString> LinkPicker::relation() const
{
    const QString text = m_relation->currentText().trimmed();
    // A named relation's label (translated) stands for its stored name.
    const int index = m_relation->findText(text, Qt::MatchFixedString);
    return Links::LinkRelation::normalized(index >= 0 ? m_relation->itemData(index).toString() : text);
}

void LinkPicker::updateState()
{
    const auto rel = relation();
    if (!rel) {
        showError(rel.error().message);
    } else {
        showError({});
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(rel && target().has_value());
}

void LinkPicker::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void LinkPicker::accept()
{
    const auto rel = relation();
    const auto to = target();
    if (!rel || !to) {
        return;
    }
    const Store::Result<QString> added = m_library->addLink(m_from, *to, *rel, m_note->toPlainText().trimmed());
    if (!added) {
        showError(added.error().message);
        return;
    }
    Settings::setLastLinkRelation(*rel);
    m_linkId = *added;
    Q_EMIT linked(m_linkId);
    QDialog::accept();
}

bool LinkPicker::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes to the results.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        searchNow();
        if (m_model->rowCount() == 0) {
            return true;
        }
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->currentIndex().isValid()) {
            m_list->setCurrentIndex(m_model->index(0));
        }
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Glossa::Ui
