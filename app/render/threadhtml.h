// SPDX-License-Identifier: GPL-3.0-or-later
// An article's discussion as HTML for the window's thread view (a QTextBrowser): each comment with
// its author, relative date (the exact one as a tool tip), Markdown body (NoteHtml), votes, state
// and action links in the glossa-thread: scheme, which the view turns into actions. GUI-free, so it
// is tested without a display; colours come in from the view's palette.
#pragma once

#include "model/comment.h"
#include "thread/thread.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace Glossa::Store {
struct CommentEdit;
}

namespace Glossa::Render {

class ThreadHtml
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Render::ThreadHtml)

public:
    // What a link in the thread asks for, with the comment (or annotation, for Passage) it is on.
    enum class Action {
        Reply,
        Edit,
        Delete,
        VoteUp,
        VoteDown,
        Resolve,
        Reopen,
        Expand, // unfold a resolved comment
        Fold, // fold it again
        AllReplies, // "show all N replies"
        More, // the next top-level comments of a long thread
        History, // "edited": the earlier texts
        Passage, // the quoted passage of an inline comment: jump to it in the article
        Watch, // mark what a merge brings below this comment as new
        Unwatch,
        WatchThread, // the same for the article's whole discussion (the id is the article's)
        UnwatchThread,
        MarkRead, // take the "new" mark off the article's comments (the id is the article's)
    };
    struct Link {
        Action action = Action::Reply;
        QString id;
    };
    static constexpr QLatin1StringView Scheme {"glossa-thread"};
    static QUrl url(Action action, const QString &id);
    // The link's action, or nullopt for any other URL (a link in a comment's text).
    static std::optional<Link> parse(const QUrl &url);
    // The name the view scrolls to for a comment (an <a name> before it).
    static QString anchorName(const QString &commentId);

    // The passage an inline comment is on, by annotation id.
    struct Passage {
        QString quote;
        bool found = true; // false: an orphan, its text is no longer in the article
    };
    // Colours as CSS names (#rrggbb), from the view's palette so light and dark both read well.
    struct Colors {
        QString muted = QStringLiteral("#7f8c8d"); // dates, "in reply to", tombstones
        QString accent = QStringLiteral("#3daee9"); // the reader's own vote, the "new" badge
        QString accentText = QStringLiteral("#ffffff");
        QString marked = QStringLiteral("#fdbc4b"); // the comment showComment() points at
    };
    struct Options {
        Thread::Sort sort = Thread::Sort::Oldest;
        Thread::Filter filter = Thread::Filter::All;
        QSet<QString> expanded; // resolved top-level comments shown unfolded
        QSet<QString> allReplies; // comments whose every reply is shown
        // How many top-level comments are shown (with their replies); the rest wait behind "show
        // more comments". 0: all of them. A long thread is laid out only as far as it is read.
        int topLevelLimit = 0;
        QString localAuthor; // whose votes show as pressed
        QSet<QString> unread; // comments shown with a "new" badge
        QSet<QString> watched; // comments watched for replies ("Stop watching" instead of "Watch")
        // With an article, the thread starts with a line to watch it (or stop) and, when some are
        // new, to mark them read.
        QString articleId;
        bool articleWatched = false;
        QString marked; // a comment briefly marked (showComment)
        // A library open read-only: no link that would change it (reply, edit, vote, resolve,
        // watch…); reading ones (passages, history, folding) stay.
        bool readOnly = false;
        QHash<QString, Passage> passages; // by annotation id
        QDateTime now = QDateTime::currentDateTimeUtc(); // what "3 days ago" counts from
        Colors colors;
        // A comment's body as HTML (PageItems::noteHtml, resolving its `[[ ]]`); without it,
        // NoteHtml::fromMarkdown. Its wiki links become links the pane opens (glossa:article/…).
        std::function<QString(const Model::Comment &)> body;
    };

    // A comment's replies beyond these (the older ones) wait behind "show all N replies".
    static constexpr int ShownReplies = 3;
    // Replies indent up to this depth; deeper ones stay at it, saying whom they answer.
    static constexpr int MaxIndent = 4;
    static constexpr int IndentPx = 22;

    // The whole thread of `comments` (one article's, any order), sorted and filtered per `options`.
    static QString render(const QList<Model::Comment> &comments, const Options &options);
    // The same from a tree Thread::build made.
    static QString render(const QList<Thread::Node> &tree, const Options &options);
    // A comment's earlier texts, newest first, above its current one.
    static QString history(
        const Model::Comment &comment, const QList<Store::CommentEdit> &edits, const Options &options);

    // "just now", "5 minutes ago", "3 days ago", "2 years ago"; a time after `now` (another
    // computer's clock) is "just now".
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    // The exact date and time, in the user's locale and time zone.
    static QString exactTime(const QDateTime &when);
};

} // namespace Glossa::Render
