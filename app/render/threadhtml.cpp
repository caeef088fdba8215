// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadhtml.h"

#include "model/elide.h"
#include "notehtml.h"
#include "notetext.h"
#include "store/commentrepository.h"

#include <QLocale>

namespace Glossa::Render {

namespace {

using Action = ThreadHtml::Action;

struct ActionName {
    Action action = Action::Reply;
    QLatin1StringView name;
};
constexpr ActionName kActions[] = {
    {Action::Reply, QLatin1StringView("reply")},
    {Action::Edit, QLatin1StringView("edit")},
    {Action::Delete, QLatin1StringView("delete")},
    {Action::VoteUp, QLatin1StringView("up")},
    {Action::VoteDown, QLatin1StringView("down")},
    {Action::Resolve, QLatin1StringView("resolve")},
    {Action::Reopen, QLatin1StringView("reopen")},
    {Action::Expand, QLatin1StringView("expand")},
    {Action::Fold, QLatin1StringView("fold")},
    {Action::AllReplies, QLatin1StringView("replies")},
    {Action::More, QLatin1StringView("more")},
    {Action::History, QLatin1StringView("history")},
    {Action::Passage, QLatin1StringView("passage")},
    {Action::Watch, QLatin1StringView("watch")},
    {Action::Unwatch, QLatin1StringView("unwatch")},
    {Action::WatchThread, QLatin1StringView("watch-thread")},
    {Action::UnwatchThread, QLatin1StringView("unwatch-thread")},
    {Action::MarkRead, QLatin1StringView("read")},
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString link(Action action, const QString &id, const QString &text, const QString &title = {})
{
    // Not underlined: a row of actions under each comment reads as controls, not as text.
    QString out = QStringLiteral("<a style=\"text-decoration:none\" href=\"")
        + esc(ThreadHtml::url(action, id).toString(QUrl::FullyEncoded)) + u'"';
    if (!title.isEmpty()) {
        out += QStringLiteral(" title=\"") + esc(title) + u'"';
    }
    return out + u'>' + text + QStringLiteral("</a>");
}

QString muted(const ThreadHtml::Options &o, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(o.colors.muted, html);
}

QString badge(const ThreadHtml::Options &o, const QString &text)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
        .arg(o.colors.accent, o.colors.accentText, esc(text).replace(u' ', QStringLiteral("&nbsp;")));
}

constexpr QLatin1StringView kSeparator(" &nbsp;&middot;&nbsp; ");

class Writer
{
public:
    explicit Writer(const ThreadHtml::Options &options)
        : o(options)
    {
    }

    QString html;

    void node(const Thread::Node &n, int depth, const QString &parentAuthor)
    {
        const Model::Comment &c = n.comment;
        const int indent = std::min(depth, ThreadHtml::MaxIndent) * ThreadHtml::IndentPx;
        if (depth == 0 && c.resolved && !c.deleted && !o.expanded.contains(c.id)) {
            folded(n, indent);
            return;
        }
        html += QStringLiteral("<div style=\"margin-left:%1px; margin-top:%2px\">")
                    .arg(indent)
                    .arg(depth == 0 ? 20 : 10);
        header(c);
        if (n.parentMissing) {
            html += QStringLiteral("<p style=\"margin:0\">")
                + muted(o, esc(ThreadHtml::tr("in reply to a comment you don't have"))) + QStringLiteral("</p>");
        } else if (depth > ThreadHtml::MaxIndent) {
            html += QStringLiteral("<p style=\"margin:0\">")
                + muted(o, esc(ThreadHtml::tr("in reply to %1").arg(parentAuthor))) + QStringLiteral("</p>");
        }
        if (!c.annotationId.isEmpty()) {
            passage(c.annotationId);
        }
        if (c.deleted) {
            html += QStringLiteral("<p style=\"margin:2px 0 0 0\">")
                + muted(o,
                    QStringLiteral("<i>") + esc(ThreadHtml::tr("This comment was deleted.")) + QStringLiteral("</i>"))
                + QStringLiteral("</p>");
        } else {
            // The pane is a text browser that opens nothing itself: a wiki link gets an href it hands
            // to the window (ThreadPane::articleLinkClicked).
            html += o.body ? QString(o.body(c)).replace(QLatin1StringView("<a class=\"wikilink\" data-href="),
                                 QLatin1StringView("<a class=\"wikilink\" href="))
                           : NoteHtml::fromMarkdown(c.body);
            actions(n, depth);
        }
        html += QStringLiteral("</div>");
        replies(n, depth);
    }

    void empty()
    {
        html += QStringLiteral("<p style=\"margin-top:14px\">")
            + muted(o,
                esc(o.filter == Thread::Filter::All ? ThreadHtml::tr("No comments on this article yet.")
                                                    : ThreadHtml::tr("No comments match this filter.")))
            + QStringLiteral("</p>");
    }

private:
    const ThreadHtml::Options &o;

    QString anchor(const QString &id) const
    {
        return QStringLiteral("<a name=\"") + esc(ThreadHtml::anchorName(id)) + QStringLiteral("\"></a>");
    }

    QString authorName(const Model::Comment &c) const
    {
        QString out = QStringLiteral("<b>") + esc(c.author) + QStringLiteral("</b>");
        if (!o.localAuthor.isEmpty() && c.author == o.localAuthor) {
            out += u' ' + muted(o, esc(ThreadHtml::tr("(you)")));
        }
        return out;
    }

    QString date(const QDateTime &when) const
    {
        return QStringLiteral("<span style=\"color:%1\" title=\"%2\">%3</span>")
            .arg(o.colors.muted, esc(ThreadHtml::exactTime(when)), esc(ThreadHtml::relativeTime(when, o.now)));
    }

    void header(const Model::Comment &c)
    {
        html += c.id == o.marked ? QStringLiteral("<p style=\"margin:0; background-color:%1\">").arg(o.colors.marked)
                                 : QStringLiteral("<p style=\"margin:0\">");
        html += anchor(c.id);
        if (c.deleted) {
            html += muted(o, QStringLiteral("<i>") + esc(ThreadHtml::tr("deleted")) + QStringLiteral("</i>"));
        } else {
            html += authorName(c);
        }
        html += kSeparator + date(c.created);
        if (c.edited.isValid() && !c.deleted) {
            html += kSeparator
                + link(Action::History, c.id, esc(ThreadHtml::tr("edited")),
                    ThreadHtml::tr("Edited %1: show the earlier text").arg(ThreadHtml::exactTime(c.edited)));
        }
        if (c.resolved) {
            html += kSeparator + muted(o, esc(ThreadHtml::tr("✓ resolved")));
        }
        if (o.unread.contains(c.id)) {
            html += u' ' + badge(o, ThreadHtml::tr("new"));
        }
        html += QStringLiteral("</p>");
    }

    void passage(const QString &annotationId)
    {
        const auto it = o.passages.constFind(annotationId);
        const QString quote = it == o.passages.cend() ? QString() : it->quote.simplified();
        const bool found = it != o.passages.cend() && it->found && !quote.isEmpty();
        html += QStringLiteral("<p style=\"margin:2px 0 2px 0\">");
        const QString shown = quote.isEmpty()
            ? QString()
            : QStringLiteral("<i>«") + esc(Model::elidedAtWord(quote, 160)) + QStringLiteral("»</i>");
        if (found) {
            html += muted(o, esc(ThreadHtml::tr("On the passage"))) + u' '
                + link(Action::Passage, annotationId, shown, ThreadHtml::tr("Show this passage in the article"));
        } else {
            html += muted(o,
                shown + (shown.isEmpty() ? QString() : QStringLiteral(" "))
                    + esc(ThreadHtml::tr("(passage not found)")));
        }
        html += QStringLiteral("</p>");
    }

    void actions(const Thread::Node &n, int depth)
    {
        const Model::Comment &c = n.comment;
        const int mine = o.localAuthor.isEmpty() ? 0 : c.ballots.value(o.localAuthor, 0);
        auto arrow = [&](Action action, const QString &glyph, bool pressed, const QString &title) {
            const QString text = pressed
                ? QStringLiteral("<span style=\"background-color:%1; color:%2\">&nbsp;%3&nbsp;</span>")
                      .arg(o.colors.accent, o.colors.accentText, glyph)
                : QStringLiteral("&nbsp;") + glyph + QStringLiteral("&nbsp;");
            return link(action, c.id, text, title);
        };
        if (o.readOnly) {
            // Nothing that would change the library: the score stays, and folding a resolved comment.
            html += QStringLiteral("<p style=\"margin:3px 0 0 0\"><b title=\"%1\">%2</b>")
                        .arg(esc(ThreadHtml::tr("Score: %n vote(s) in all", nullptr, c.votes)))
                        .arg(c.votes);
            if (c.resolved && depth == 0) {
                html += kSeparator + link(Action::Fold, c.id, esc(ThreadHtml::tr("Fold")));
            }
            html += QStringLiteral("</p>");
            return;
        }
        html += QStringLiteral("<p style=\"margin:3px 0 0 0\">");
        html += arrow(Action::VoteUp, QStringLiteral("▲"), mine > 0,
            mine > 0 ? ThreadHtml::tr("You voted this up; click to take your vote back") : ThreadHtml::tr("Vote up"));
        html += QStringLiteral(" <b title=\"%1\">%2</b> ")
                    .arg(esc(ThreadHtml::tr("Score: %n vote(s) in all", nullptr, c.votes)))
                    .arg(c.votes);
        html += arrow(Action::VoteDown, QStringLiteral("▼"), mine < 0,
            mine < 0 ? ThreadHtml::tr("You voted this down; click to take your vote back")
                     : ThreadHtml::tr("Vote down"));
        html += kSeparator + link(Action::Reply, c.id, esc(ThreadHtml::tr("Reply")));
        // Everyone's copy of the thread is their own, so any comment can be edited or deleted; the
        // tool tip says whose it is.
        const bool own = !o.localAuthor.isEmpty() && c.author == o.localAuthor;
        html += kSeparator
            + link(Action::Edit, c.id, esc(ThreadHtml::tr("Edit")),
                own ? QString() : ThreadHtml::tr("Edit %1's comment in your copy of the thread").arg(c.author));
        html += kSeparator
            + link(Action::Delete, c.id, esc(ThreadHtml::tr("Delete")),
                own ? QString() : ThreadHtml::tr("Delete %1's comment from your copy of the thread").arg(c.author));
        if (c.resolved) {
            html += kSeparator + link(Action::Reopen, c.id, esc(ThreadHtml::tr("Reopen")));
            if (depth == 0) {
                html += kSeparator + link(Action::Fold, c.id, esc(ThreadHtml::tr("Fold")));
            }
        } else {
            html += kSeparator + link(Action::Resolve, c.id, esc(ThreadHtml::tr("Resolve")));
        }
        html += kSeparator
            + (o.watched.contains(c.id)
                    ? link(Action::Unwatch, c.id, esc(ThreadHtml::tr("Stop watching")),
                          ThreadHtml::tr("Replies merged in from others' files will no longer be marked new"))
                    : link(Action::Watch, c.id, esc(ThreadHtml::tr("Watch")),
                          ThreadHtml::tr("Mark the replies merged in from others' files as new")));
        html += QStringLiteral("</p>");
    }

    void folded(const Thread::Node &n, int indent)
    {
        const Model::Comment &c = n.comment;
        const int replies = n.count() - 1;
        html += QStringLiteral("<p style=\"margin:14px 0 0 %1px\">").arg(indent);
        html += anchor(c.id);
        QString line = esc(ThreadHtml::tr("✓ Resolved")) + kSeparator + QStringLiteral("<b>") + esc(c.author)
            + QStringLiteral("</b>: ") + esc(Model::elidedAtWord(NoteText::plain(c.body).simplified(), 80));
        if (replies > 0) {
            line += u' ' + esc(ThreadHtml::tr("(%n reply(ies))", nullptr, replies));
        }
        html += muted(o, line) + kSeparator
            + link(Action::Expand, c.id, esc(ThreadHtml::tr("Show")), ThreadHtml::tr("Show the resolved comment"));
        if (o.unread.contains(c.id)) {
            html += u' ' + badge(o, ThreadHtml::tr("new"));
        }
        html += QStringLiteral("</p>");
    }

    void replies(const Thread::Node &n, int depth)
    {
        const qsizetype total = n.replies.size();
        qsizetype first = 0;
        if (total > ThreadHtml::ShownReplies && !o.allReplies.contains(n.comment.id)) {
            first = total - ThreadHtml::ShownReplies;
            const int indent = std::min(depth + 1, ThreadHtml::MaxIndent) * ThreadHtml::IndentPx;
            html += QStringLiteral("<p style=\"margin:8px 0 0 %1px\">").arg(indent)
                + link(Action::AllReplies, n.comment.id,
                    esc(ThreadHtml::tr("Show all %n replies", nullptr, int(total))),
                    ThreadHtml::tr("%n older reply(ies) not shown", nullptr, int(first)))
                + QStringLiteral("</p>");
        }
        const QString author = n.comment.deleted ? ThreadHtml::tr("a deleted comment") : n.comment.author;
        for (qsizetype i = first; i < total; ++i) {
            node(n.replies[i], depth + 1, author);
        }
    }
};

} // namespace

QUrl ThreadHtml::url(Action action, const QString &id)
{
    for (const ActionName &a : kActions) {
        if (a.action == action) {
            QUrl u;
            u.setScheme(QString(Scheme));
            u.setPath(QString(a.name) + u'/' + id);
            return u;
        }
    }
    return {};
}

std::optional<ThreadHtml::Link> ThreadHtml::parse(const QUrl &url)
{
    if (url.scheme() != Scheme) {
        return std::nullopt;
    }
    const QString path = url.path(QUrl::FullyDecoded);
    const qsizetype slash = path.indexOf(u'/');
    if (slash <= 0 || slash == path.size() - 1) {
        return std::nullopt;
    }
    const QStringView name = QStringView(path).left(slash);
    for (const ActionName &a : kActions) {
        if (name == a.name) {
            return Link {a.action, path.mid(slash + 1)};
        }
    }
    return std::nullopt;
}

QString ThreadHtml::anchorName(const QString &commentId)
{
    return QStringLiteral("comment-") + commentId;
}

QString ThreadHtml::render(const QList<Model::Comment> &comments, const Options &options)
{
    return render(Thread::build(comments, options.sort, options.filter), options);
}

QString ThreadHtml::render(const QList<Thread::Node> &tree, const Options &options)
{
    Writer w(options);
    w.html.reserve(1024 + 800 * tree.size());
    w.html += QStringLiteral("<html><body>");
    if (!options.articleId.isEmpty() && !options.readOnly) {
        // "Sottoscrivi / Notificami", offline: what a merged file brings into a watched thread is new.
        const QString &id = options.articleId;
        QString line = options.articleWatched ? esc(tr("Watching this discussion")) + kSeparator
                + link(Action::UnwatchThread, id, esc(tr("Stop watching")),
                    tr("Comments merged in from others' files will no longer be marked new"))
                                              : link(Action::WatchThread, id, esc(tr("Watch this discussion")),
                                                    tr("Mark the comments merged in from others' files as new"));
        if (!options.unread.isEmpty()) {
            line += kSeparator + badge(options, tr("%n new", nullptr, int(options.unread.size()))) + kSeparator
                + link(Action::MarkRead, id, esc(tr("Mark as read")));
        }
        w.html += QStringLiteral("<p style=\"margin:0 0 10px 0\">") + muted(options, line) + QStringLiteral("</p>");
    }
    if (tree.isEmpty()) {
        w.empty();
    }
    const qsizetype shown
        = options.topLevelLimit > 0 ? std::min<qsizetype>(options.topLevelLimit, tree.size()) : tree.size();
    for (qsizetype i = 0; i < shown; ++i) {
        w.node(tree[i], 0, {});
    }
    if (shown < tree.size()) {
        int rest = 0;
        for (qsizetype i = shown; i < tree.size(); ++i) {
            rest += std::max(1, tree[i].count());
        }
        w.html += QStringLiteral("<p style=\"margin-top:16px\">")
            + link(Action::More, QString::number(shown), esc(tr("Show more comments (%n not shown)", nullptr, rest)))
            + QStringLiteral("</p>");
    }
    w.html += QStringLiteral("</body></html>");
    return w.html;
}

QString ThreadHtml::history(
    const Model::Comment &comment, const QList<Store::CommentEdit> &edits, const Options &options)
{
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<p><b>") + esc(tr("Now")) + QStringLiteral("</b> ")
        + muted(options, esc(exactTime(comment.edited.isValid() ? comment.edited : comment.created)))
        + QStringLiteral("</p>") + NoteHtml::fromMarkdown(comment.body);
    QList<Store::CommentEdit> older = edits;
    std::sort(older.begin(), older.end(),
        [](const Store::CommentEdit &a, const Store::CommentEdit &b) { return a.replaced > b.replaced; });
    for (const Store::CommentEdit &e : older) {
        html += QStringLiteral("<hr/><p><b>") + esc(tr("Until %1").arg(exactTime(e.replaced)))
            + QStringLiteral("</b></p>") + NoteHtml::fromMarkdown(e.body);
    }
    if (older.isEmpty()) {
        html += QStringLiteral("<hr/><p>") + muted(options, esc(tr("No earlier text is kept.")))
            + QStringLiteral("</p>");
    }
    return html + QStringLiteral("</body></html>");
}

QString ThreadHtml::relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60) {
        return tr("just now");
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return tr("%n minute(s) ago", nullptr, int(minutes));
    }
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return tr("%n hour(s) ago", nullptr, int(hours));
    }
    const qint64 days = hours / 24;
    if (days < 30) {
        return tr("%n day(s) ago", nullptr, int(days));
    }
    if (days < 365) {
        return tr("%n month(s) ago", nullptr, int(days / 30));
    }
    return tr("%n year(s) ago", nullptr, int(days / 365));
}

QString ThreadHtml::exactTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace Glossa::Render
