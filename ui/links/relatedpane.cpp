// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedpane.h"

#include "anchor/placement.h"
#include "library/library.h"
#include "library/readonlymode.h"
#include "links/linkrelation.h"
#include "links/linkstatus.h"
#include "store/librarystore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Glossa::Ui {

namespace {

// The snippet as rich text with the shared words in bold (whole words, any case).
QString markedSnippet(const QString &snippet, const QStringList &shared)
{
    QStringList words;
    for (const QString &w : shared) {
        if (!w.trimmed().isEmpty()) {
            words << QRegularExpression::escape(w);
        }
    }
    if (words.isEmpty()) {
        return snippet.toHtmlEscaped();
    }
    const QRegularExpression re(u"(?<!\\w)("_s + words.join(u'|') + u")(?!\\w)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString out;
    qsizetype at = 0;
    for (auto it = re.globalMatch(snippet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += snippet.mid(at, m.capturedStart() - at).toHtmlEscaped();
        out += u"<b>"_s + m.captured().toHtmlEscaped() + u"</b>"_s;
        at = m.capturedEnd();
    }
    return out + snippet.mid(at).toHtmlEscaped();
}

} // namespace

RelatedPane::RelatedPane(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("relatedPane"));
    m_heading->setObjectName(QStringLiteral("relatedHeading"));
    m_heading->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("relatedEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_list->setObjectName(QStringLiteral("relatedList"));
    m_list->setAccessibleName(tr("Related passages"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAlternatingRowColors(true);
    m_list->viewport()->installEventFilter(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(DebounceMs);
    connect(m_timer, &QTimer::timeout, this, &RelatedPane::refresh);
    connect(m_list, &QListWidget::activated, this, [this](const QModelIndex &index) {
        const int row = index.row();
        if (row >= 0 && row < m_passages.size()) {
            Q_EMIT openRequested(m_passages.at(row).articleId, m_passages.at(row).start);
        }
    });
    connect(m_library, &Library::linkAdded, this, &RelatedPane::updateLinked);
    connect(m_library, &Library::linkRemoved, this, &RelatedPane::updateLinked);
    setEmpty(emptyText());
}

QString RelatedPane::defaultRelation()
{
    return QStringLiteral("same-topic");
}

void RelatedPane::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    m_source = Source::Article;
    m_annotationId.clear();
    schedule();
}

void RelatedPane::setSelection(qsizetype start, qsizetype end)
{
    if (m_source == Source::Selection && m_start == start && m_end == end) {
        return;
    }
    m_source = Source::Selection;
    m_start = start;
    m_end = end;
    schedule();
}

void RelatedPane::setAnnotation(const QString &annotationId)
{
    if (annotationId.isEmpty()) {
        clearPassage();
        return;
    }
    if (m_source == Source::Annotation && m_annotationId == annotationId) {
        return;
    }
    m_source = Source::Annotation;
    m_annotationId = annotationId;
    schedule();
}

void RelatedPane::clearPassage()
{
    if (m_source == Source::Article) {
        return;
    }
    m_source = Source::Article;
    m_annotationId.clear();
    schedule();
}

void RelatedPane::schedule()
{
    m_stale = true;
    if (isVisible()) {
        m_timer->start();
    }
}

void RelatedPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_timer->start();
    }
}

QString RelatedPane::emptyText() const
{
    if (m_articleId.isEmpty()) {
        return tr("Select a passage to see related passages in other articles");
    }
    return m_stale ? tr("Looking for related passages…") : tr("Nothing related found");
}

void RelatedPane::setEmpty(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void RelatedPane::refresh()
{
    m_timer->stop();
    m_stale = false;
    m_passages.clear();
    if (m_articleId.isEmpty()) {
        m_heading->setText(QString());
        rebuild();
        return;
    }
    Links::Related related(m_library->store()->db());
    Result<QList<Links::RelatedPassage>> found = QList<Links::RelatedPassage>();
    QString text;
    if (m_source == Source::Selection) {
        const auto revision = m_library->readCurrentRevision(m_articleId);
        if (revision && *revision && m_start >= 0 && m_end > m_start && m_end <= (*revision)->canonicalText().size()) {
            text = (*revision)->canonicalText().mid(m_start, m_end - m_start);
        }
        m_heading->setText(tr("Related to the selection"));
    } else if (m_source == Source::Annotation) {
        const auto annotation = m_library->readAnnotation(m_annotationId);
        if (annotation && *annotation) {
            text = (*annotation)->selector.exact;
        }
        m_heading->setText(tr("Related to the highlight"));
    }
    if (m_source == Source::Article || text.trimmed().isEmpty()) {
        m_heading->setText(tr("Related to the whole article"));
        found = related.forArticle(m_articleId);
    } else {
        found = related.forText(m_articleId, text);
    }
    if (!found) {
        Q_EMIT message(tr("Related passages could not be found: %1").arg(found.error().message));
    } else {
        m_passages = *found;
    }
    rebuild();
}

void RelatedPane::rebuild()
{
    m_list->clear();
    m_linked = QList<QString>(m_passages.size());
    if (m_passages.isEmpty()) {
        setEmpty(emptyText());
        return;
    }
    for (int row = 0; row < m_passages.size(); ++row) {
        const Links::RelatedPassage &p = m_passages.at(row);
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::AccessibleTextRole,
            tr("%1: %2 (shares: %3)").arg(p.title, p.snippet, p.shared.join(QStringLiteral(", "))));
        item->setToolTip(p.snippet);
    }
    updateLinked(); // builds each row's widget
    m_stack->setCurrentWidget(m_list);
}

void RelatedPane::updateLinked()
{
    if (m_passages.isEmpty() || m_articleId.isEmpty()) {
        return;
    }
    const auto links = Links::LinkReader::read(*m_library, m_articleId);
    m_linked = QList<QString>(m_passages.size());
    if (links) {
        auto mark = [this](const Links::LinkView &view, const Links::LinkEndState &other) {
            if (!other.annotation || !other.annotation->anchor.isAnchored()) {
                return;
            }
            const Model::Anchor &a = other.annotation->anchor;
            for (int row = 0; row < m_passages.size(); ++row) {
                const Links::RelatedPassage &p = m_passages.at(row);
                if (p.articleId == other.end.articleId && a.start < p.end && p.start < a.end) {
                    m_linked[row] = view.link.relation;
                }
            }
        };
        for (const Links::LinkView &v : links->outgoing) {
            mark(v, v.to);
        }
        for (const Links::LinkView &v : links->incoming) {
            mark(v, v.from);
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        m_list->setItemWidget(m_list->item(row), rowWidget(row));
    }
    relayout();
}

bool RelatedPane::isLinked(int row) const
{
    return row >= 0 && row < m_linked.size() && !m_linked.at(row).isEmpty();
}

QWidget *RelatedPane::rowWidget(int row)
{
    const Links::RelatedPassage &p = m_passages.at(row);
    auto *w = new QWidget;
    auto *title = new QLabel(u"<b>"_s + p.title.toHtmlEscaped() + u"</b>"_s, w);
    title->setWordWrap(true);
    auto *snippet = new QLabel(markedSnippet(p.snippet, p.shared), w);
    snippet->setWordWrap(true);
    snippet->setTextFormat(Qt::RichText);
    QString facts = tr("shares: %1").arg(p.shared.join(QStringLiteral(", ")));
    if (isLinked(row)) {
        facts += u" · "_s + tr("already linked (%1)").arg(Links::LinkRelation::label(m_linked.at(row)));
    }
    auto *shares = new QLabel(u"<i>"_s + facts.toHtmlEscaped() + u"</i>"_s, w);
    shares->setObjectName(QStringLiteral("relatedFacts"));
    shares->setWordWrap(true);
    for (QLabel *label : {title, snippet, shares}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents); // clicks and double clicks reach the list
    }

    auto *link = new QToolButton(w);
    link->setObjectName(QStringLiteral("relatedLink"));
    link->setText(tr("Link"));
    link->setToolTip(tr("Link to this passage as on the same topic; the arrow offers the other relations"));
    link->setAccessibleName(tr("Link to the passage of “%1”").arg(p.title));
    link->setPopupMode(QToolButton::MenuButtonPopup);
    ReadOnlyMode::markWriting(link);
    auto *menu = new QMenu(link);
    for (const QString &relation : Links::LinkRelation::named()) {
        menu->addAction(Links::LinkRelation::label(relation), this, [this, row, relation] { linkWith(row, relation); });
    }
    menu->addSeparator();
    menu->addAction(tr("Other Relation…"), this, [this, row] {
        bool ok = false;
        const QString relation
            = QInputDialog::getText(this, tr("Link"), tr("How does it relate?"), QLineEdit::Normal, QString(), &ok);
        if (ok) {
            linkWith(row, relation);
        }
    });
    link->setMenu(menu);
    connect(link, &QToolButton::clicked, this, [this, row] { linkWith(row, defaultRelation()); });

    auto *text = new QVBoxLayout;
    text->setContentsMargins(0, 0, 0, 0);
    text->setSpacing(2);
    text->addWidget(title);
    text->addWidget(snippet);
    text->addWidget(shares);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(text, 1);
    layout->addWidget(link, 0, Qt::AlignTop);
    return w;
}

void RelatedPane::relayout()
{
    const int width = m_list->viewport()->width();
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (QWidget *w = m_list->itemWidget(item)) {
            const int height = w->hasHeightForWidth() ? w->heightForWidth(width) : w->sizeHint().height();
            item->setSizeHint(QSize(width, std::max(height, w->minimumSizeHint().height())));
        }
    }
}

bool RelatedPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport() && event->type() == QEvent::Resize) {
        relayout();
    }
    return QWidget::eventFilter(watched, event);
}

Result<QString> RelatedPane::linkWith(int row, const QString &relation)
{
    Result<QString> linked = linkRow(row, relation);
    if (!linked) {
        Q_EMIT message(linked.error().message);
    } else {
        Q_EMIT message(tr("Linked to “%1” (%2).").arg(m_passages.at(row).title, Links::LinkRelation::label(relation)));
    }
    return linked;
}

Result<QString> RelatedPane::linkRow(int row, const QString &relation)
{
    if (row < 0 || row >= m_passages.size() || m_articleId.isEmpty()) {
        return Error {.message = tr("There is no such related passage.")};
    }
    const Links::RelatedPassage p = m_passages.at(row);
    const auto otherRevision = m_library->readCurrentRevision(p.articleId);
    if (!otherRevision) {
        return otherRevision.error();
    }
    if (!*otherRevision) {
        return Error {.message = tr("“%1” is no longer in the library.").arg(p.title)};
    }
    Model::Annotation to = Anchor::exactHighlight(**otherRevision, p.start, p.end);
    to.author = m_library->localAuthorName();

    Library::LinkTarget from = Library::LinkTarget::wholeArticle(m_articleId);
    if (m_source == Source::Selection) {
        const auto revision = m_library->readCurrentRevision(m_articleId);
        if (!revision) {
            return revision.error();
        }
        if (*revision && m_end > m_start && m_end <= (*revision)->canonicalText().size()) {
            Model::Annotation passage = Anchor::exactHighlight(**revision, m_start, m_end);
            passage.author = m_library->localAuthorName();
            from = Library::LinkTarget::newPassage(std::move(passage));
        }
    } else if (m_source == Source::Annotation) {
        from = Library::LinkTarget::annotation(m_annotationId);
    }
    const Store::Result<QString> added
        = m_library->addLink(from, Library::LinkTarget::newPassage(std::move(to)), relation);
    if (!added) {
        return added.error();
    }
    return *added;
}

} // namespace Glossa::Ui
