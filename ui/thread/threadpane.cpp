// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadpane.h"

#include "authordialog.h"
#include "commenteditor.h"
#include "library/library.h"
#include "library/readonlymode.h"
#include "links/wikilinkchooser.h"
#include "render/notehtml.h"
#include "render/pageitems.h"
#include "render/threadhtml.h"
#include "store/commentrepository.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace Glossa::Ui {

namespace {

using Render::ThreadHtml;

QString cssColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
        float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ThreadPane::ThreadPane(
    Library *library, std::shared_ptr<const KSyntaxHighlighting::Repository> repository, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_sort(new QComboBox(this))
    , m_filter(new QComboBox(this))
    , m_new(new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Comment"), this))
    , m_view(new QTextBrowser(this))
    , m_editor(new CommentEditor(std::move(repository), this))
    , m_refresh(new QTimer(this))
    , m_unmark(new QTimer(this))
{
    setAccessibleName(tr("Discussion"));
    m_sort->setAccessibleName(tr("Sort comments"));
    m_sort->addItem(tr("Oldest"), int(Thread::Sort::Oldest));
    m_sort->addItem(tr("Newest"), int(Thread::Sort::Newest));
    m_sort->addItem(tr("Most voted"), int(Thread::Sort::Votes));
    m_filter->setAccessibleName(tr("Show comments"));
    m_filter->addItem(tr("All"), int(Thread::Filter::All));
    m_filter->addItem(tr("Open"), int(Thread::Filter::Open));
    m_filter->addItem(tr("Resolved"), int(Thread::Filter::Resolved));
    m_filter->addItem(tr("On passages"), int(Thread::Filter::OnPassages));
    // The lists the combo boxes open are controls of their own.
    m_sort->view()->setAccessibleName(m_sort->accessibleName());
    m_filter->view()->setAccessibleName(m_filter->accessibleName());
    m_new->setToolTip(tr("Write a comment on the article"));
    ReadOnlyMode::markWriting(m_new);
    ReadOnlyMode::markWriting(m_editor);
    m_view->setAccessibleName(tr("Comments"));
    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    // Links (the actions) are reached with Tab and activated with Enter.
    m_view->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->document()->setDocumentMargin(8);

    auto *top = new QHBoxLayout;
    top->addWidget(m_sort);
    top->addWidget(m_filter);
    top->addStretch(1);
    top->addWidget(m_new);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_editor);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &ThreadPane::refreshNow);
    m_unmark->setSingleShot(true);
    m_unmark->setInterval(1500);
    connect(m_unmark, &QTimer::timeout, this, [this] {
        m_marked.clear();
        scheduleRefresh();
    });

    connect(m_view, &QTextBrowser::anchorClicked, this, &ThreadPane::activate);
    connect(m_sort, &QComboBox::activated, this, [this] {
        // The order is kept in the library for next time; a read-only one is sorted all the same.
        if (!m_library->isReadOnly()) {
            if (const Store::Status s = m_library->setSetting(sortSettingKey(), Thread::sortName(sort())); !s) {
                report(s.error().message);
            }
        }
        scheduleRefresh();
    });
    connect(m_filter, &QComboBox::activated, this, &ThreadPane::scheduleRefresh);
    connect(m_new, &QPushButton::clicked, this, &ThreadPane::startNewComment);

    connect(m_editor, &CommentEditor::postRequested, this, &ThreadPane::post);

    auto onComment = [this](const QString &, const QString &articleId) {
        if (articleId == m_article) {
            scheduleRefresh();
        }
    };
    connect(library, &Library::commentAdded, this, onComment);
    connect(library, &Library::commentChanged, this, onComment);
    connect(library, &Library::commentRemoved, this, onComment);
    // An inline comment's passage re-anchored, or lost by an update of the article.
    connect(library, &Library::annotationChanged, this, onComment);
    connect(library, &Library::annotationsReanchored, this, [onComment](const QString &articleId) {
        onComment({}, articleId);
    });
    // What is watched or unread changed (a merge, its undo, Watch, Mark as Read).
    auto onArticle = [this](const QString &articleId) {
        if (articleId == m_article) {
            scheduleRefresh();
        }
    };
    connect(library, &Library::unreadChanged, this, onArticle);
    connect(library, &Library::watchChanged, this, onArticle);
    connect(library, &Library::opened, this, [this] {
        loadSort();
        scheduleRefresh();
    });
    loadSort();
}

Thread::Sort ThreadPane::sort() const
{
    return Thread::Sort(m_sort->currentData().toInt());
}

Thread::Filter ThreadPane::filter() const
{
    return Thread::Filter(m_filter->currentData().toInt());
}

void ThreadPane::loadSort()
{
    const auto stored = Thread::sortFromName(m_library->setting(sortSettingKey()).value_or(QString()));
    m_sort->setCurrentIndex(m_sort->findData(int(stored.value_or(Thread::Sort::Oldest))));
}

void ThreadPane::setArticle(const QString &articleId)
{
    if (articleId == m_article) {
        return;
    }
    if (m_unreadSeen) {
        markRead(); // the new comments were seen: leaving the article reads them
    }
    m_article = articleId;
    m_limit = PageSize;
    m_expanded.clear();
    m_allReplies.clear();
    m_marked.clear();
    m_scrollTo.clear();
    // A comment being written stays open (and goes to the article it was begun on): switching
    // articles does not throw text away.
    m_view->clear();
    refreshNow();
    m_view->verticalScrollBar()->setValue(0);
}

void ThreadPane::markRead()
{
    m_unreadSeen = false;
    // What was read is view state: a read-only library keeps its marks.
    if (m_article.isEmpty() || m_unread.isEmpty() || m_library->isReadOnly()) {
        return;
    }
    if (const Store::Status s = m_library->markThreadRead(m_article); !s) {
        report(s.error().message);
    }
}

void ThreadPane::scheduleRefresh()
{
    m_refresh->start();
}

void ThreadPane::refreshNow()
{
    m_refresh->stop();
    const QList<Model::Comment> comments
        = m_article.isEmpty() ? QList<Model::Comment> {} : m_library->comments(m_article);
    ThreadHtml::Options o;
    o.body = [this](const Model::Comment &c) {
        return Render::PageItems::noteHtml(*m_library, c.id, c.body);
    };
    o.sort = sort();
    o.filter = filter();
    o.readOnly = m_library->isReadOnly();
    o.expanded = m_expanded;
    o.allReplies = m_allReplies;
    m_unread = m_article.isEmpty() ? QSet<QString> {} : m_library->unreadComments(m_article).valueOr({});
    o.unread = m_unread;
    o.watched = m_article.isEmpty() ? QSet<QString> {} : m_library->watchedComments(m_article).valueOr({});
    m_unreadSeen = m_unreadSeen || (!m_unread.isEmpty() && isVisible());
    o.articleId = m_article;
    o.articleWatched = !m_article.isEmpty() && m_library->isWatchingArticleThread(m_article).valueOr(false);
    o.marked = m_marked;
    o.localAuthor = m_library->localAuthorName();
    const QPalette p = palette();
    o.colors.muted = cssColor(p.color(QPalette::PlaceholderText));
    o.colors.accent = cssColor(p.color(QPalette::Highlight));
    o.colors.accentText = cssColor(p.color(QPalette::HighlightedText));
    o.colors.marked = cssColor(mix(p.color(QPalette::Base), p.color(QPalette::Highlight), 0.3));
    for (const Model::Comment &c : comments) {
        if (!c.annotationId.isEmpty() && !o.passages.contains(c.annotationId)) {
            if (const auto a = m_library->annotation(c.annotationId)) {
                const QString quote = a->originalQuote.isEmpty() ? a->selector.exact : a->originalQuote;
                o.passages.insert(c.annotationId, {quote, a->anchor.isAnchored()});
            }
        }
    }
    const QList<Thread::Node> everything = Thread::build(comments);
    const QList<Thread::Node> shown = o.sort == Thread::Sort::Oldest && o.filter == Thread::Filter::All
        ? everything
        : Thread::build(comments, o.sort, o.filter);

    if (!m_revealTop.isEmpty()) {
        for (qsizetype i = 0; i < shown.size(); ++i) {
            if (shown[i].comment.id == m_revealTop) {
                m_limit = std::max(m_limit, int((i / PageSize + 1) * PageSize));
                break;
            }
        }
        m_revealTop.clear();
    }
    o.topLevelLimit = m_limit;
    const int scroll = m_view->verticalScrollBar()->value();
    m_view->setHtml(ThreadHtml::render(shown, o));
    // Lays the document out now, so the scroll bar's range is known before the position is restored.
    m_view->document()->size();
    if (!m_scrollTo.isEmpty()) {
        m_view->scrollToAnchor(ThreadHtml::anchorName(m_scrollTo));
        m_scrollTo.clear();
    } else {
        m_view->verticalScrollBar()->setValue(scroll);
    }
    const int count = Thread::count(everything);
    if (count != m_count) {
        m_count = count;
        Q_EMIT countChanged(count);
    }
}

bool ThreadPane::showComment(const QString &commentId)
{
    const auto comment = m_library->comment(commentId);
    if (!comment || comment->articleId != m_article) {
        return false;
    }
    // Unfold what hides it: its ancestors' older replies, and a resolved comment it is in.
    QString parent = comment->parentId;
    QString top = commentId;
    for (int guard = 0; !parent.isEmpty() && guard < 10'000; ++guard) {
        m_allReplies.insert(parent);
        const auto up = m_library->comment(parent);
        if (!up) {
            break;
        }
        top = up->id;
        parent = up->parentId;
    }
    m_expanded.insert(top);
    m_revealTop = top;
    if (filter() != Thread::Filter::All) {
        m_filter->setCurrentIndex(m_filter->findData(int(Thread::Filter::All)));
    }
    m_marked = commentId;
    m_scrollTo = commentId;
    Q_EMIT showRequested();
    refreshNow();
    m_unmark->start();
    return true;
}

void ThreadPane::withAuthor(const std::function<void()> &write)
{
    if (m_library->authorProfile().asked) {
        write();
        return;
    }
    auto *dialog = new AuthorDialog(m_library, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, write] {
        scheduleRefresh(); // the comments of the new name are "(you)"
        write();
    });
    dialog->open();
}

void ThreadPane::startNewComment()
{
    if (m_article.isEmpty()) {
        return;
    }
    Q_EMIT showRequested();
    withAuthor([this] {
        m_writingFor = m_article;
        m_editor->startNew();
    });
}

void ThreadPane::startInlineComment(const Model::Annotation &anchor)
{
    if (m_article.isEmpty()) {
        return;
    }
    Q_EMIT showRequested();
    withAuthor([this, anchor] {
        m_writingFor = m_article;
        m_editor->startInline(anchor);
    });
}

void ThreadPane::post()
{
    const CommentEditor::Target target = m_editor->target();
    const QString body = m_editor->text();
    QString posted = target.commentId;
    Store::Status status;
    if (target.kind == CommentEditor::Target::Kind::Edit) {
        status = m_library->editComment(
            target.commentId, body, WikiLinkChooser::ask(*m_library, target.commentId, body, this));
    } else {
        Model::Comment c;
        c.articleId = m_writingFor;
        c.body = body;
        if (target.kind == CommentEditor::Target::Kind::Reply) {
            c.parentId = target.commentId;
        }
        const auto added = m_library->addComment(c, target.anchor, WikiLinkChooser::ask(*m_library, {}, body, this));
        if (added) {
            posted = *added;
        } else {
            status = added.error();
        }
    }
    if (!status) {
        m_editor->showError(status.error().message);
        return;
    }
    m_editor->finish();
    m_view->setFocus(Qt::OtherFocusReason);
    if (!showComment(posted)) {
        Q_EMIT message(tr("Your comment is in the discussion of the article you began it on."));
    }
}

void ThreadPane::activate(const QUrl &url)
{
    const auto link = ThreadHtml::parse(url);
    if (!link) {
        // A [[wiki link]] opens its article in the window; the thread does not open the web.
        if (Render::NoteHtml::parseArticleUrl(url.toString())) {
            Q_EMIT articleLinkClicked(url.toString());
        }
        return;
    }
    using A = ThreadHtml::Action;
    const QString &id = link->id;
    Store::Status status;
    switch (link->action) {
    case A::Reply:
        if (const auto c = m_library->comment(id)) {
            const QString author = c->author;
            withAuthor([this, id, author] {
                m_writingFor = m_article;
                m_editor->startReply(id, author);
            });
        }
        break;
    case A::Edit:
        if (const auto c = m_library->comment(id)) {
            m_writingFor = m_article;
            m_editor->startEdit(id, c->body);
        }
        break;
    case A::Delete:
        status = m_library->deleteComment(id);
        break;
    case A::VoteUp:
    case A::VoteDown: {
        const auto vote = m_library->voteComment(id, m_library->localAuthorName(),
            link->action == A::VoteUp ? Library::CommentVote::Up : Library::CommentVote::Down);
        if (!vote) {
            status = vote.error();
        }
        break;
    }
    case A::Resolve:
    case A::Reopen:
        status = m_library->setCommentResolved(id, link->action == A::Resolve);
        if (status && link->action == A::Resolve) {
            m_expanded.remove(id); // it folds away
        }
        break;
    case A::Expand:
        m_expanded.insert(id);
        refreshNow();
        break;
    case A::Fold:
        m_expanded.remove(id);
        refreshNow();
        break;
    case A::AllReplies:
        m_allReplies.insert(id);
        refreshNow();
        break;
    case A::More:
        m_limit += PageSize;
        refreshNow();
        break;
    case A::History:
        showHistory(id);
        break;
    case A::Passage:
        Q_EMIT passageRequested(id);
        break;
    case A::Watch:
    case A::Unwatch:
        status = m_library->watchComment(id, link->action == A::Watch);
        break;
    case A::WatchThread:
    case A::UnwatchThread:
        status = m_library->watchArticleThread(id, link->action == A::WatchThread);
        break;
    case A::MarkRead:
        m_unreadSeen = true;
        markRead();
        break;
    }
    if (!status) {
        report(status.error().message);
    }
}

void ThreadPane::showHistory(const QString &commentId)
{
    const auto comment = m_library->comment(commentId);
    if (!comment) {
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("commentHistory"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Earlier Versions of %1's Comment").arg(comment->author));
    auto *text = new QTextBrowser(dialog);
    text->setAccessibleName(tr("Earlier versions"));
    text->setOpenLinks(false);
    ThreadHtml::Options o;
    o.colors.muted = cssColor(palette().color(QPalette::PlaceholderText));
    text->setHtml(ThreadHtml::history(*comment, m_library->commentEdits(commentId), o));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(480, 360);
    dialog->open();
}

void ThreadPane::report(const QString &failure)
{
    Q_EMIT message(failure);
}

void ThreadPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

} // namespace Glossa::Ui
