// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadcommand.h"

#include "cli.h"
#include "command.h"
#include "jsonview.h"
#include "library/library.h"
#include "librarycommands.h"
#include "model/elide.h"
#include "store/commentrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Glossa::Cli {

namespace {

QString threadUsage()
{
    return Cli::tr("Usage: glossa thread ARTICLE [--sort oldest|newest|votes] [--filter all|open|resolved|passages] "
                   "[--json] [--mark-read] [--library DIR]\n");
}

void printNode(QTextStream &o, const Thread::Node &n, const QHash<QString, QString> &quotes,
    const QSet<QString> &unread, int depth)
{
    const QString indent(depth * 4, u' ');
    const Model::Comment &c = n.comment;
    if (c.deleted) {
        o << indent << QStringLiteral("- ") << Cli::tr("[deleted]") << u'\n';
    } else {
        // Votes can be below zero, which %n does not print.
        QStringList traits {Cli::tr("votes: %1").arg(c.votes)};
        if (c.resolved) {
            traits << Cli::tr("resolved");
        }
        if (c.edited.isValid()) {
            traits << Cli::tr("edited");
        }
        if (unread.contains(c.id)) {
            traits << Cli::tr("unread");
        }
        o << indent << QStringLiteral("- ") << c.author << QStringLiteral(", ")
          << c.created.toUTC().toString(Qt::ISODate) << QStringLiteral(" (") << traits.join(QStringLiteral(", "))
          << QStringLiteral(")\n");
    }
    if (n.parentMissing) {
        o << indent << QStringLiteral("  ") << Cli::tr("in reply to a comment you don't have") << u'\n';
    }
    if (!c.annotationId.isEmpty()) {
        const QString quote = quotes.value(c.annotationId);
        o << indent << QStringLiteral("  ")
          << (quote.isEmpty() ? Cli::tr("on a passage that was removed")
                              : Cli::tr("on “%1”").arg(Model::elided(quote.simplified(), 80)))
          << u'\n';
    }
    if (!c.deleted) {
        for (const QString &line : c.body.trimmed().split(u'\n')) {
            o << indent << QStringLiteral("  | ") << line << u'\n';
        }
    }
    o << indent << QStringLiteral("  id: ") << c.id << u'\n';
    for (const Thread::Node &r : n.replies) {
        printNode(o, r, quotes, unread, depth + 1);
    }
}

} // namespace

QJsonArray threadJson(const QList<Thread::Node> &tree, const QHash<QString, QString> &quotes,
    const QHash<QString, QJsonArray> &histories, const QSet<QString> &unread)
{
    QJsonArray out;
    for (const Thread::Node &n : tree) {
        QJsonObject o = JsonView::comment(n.comment);
        o.insert(u"quote",
            n.comment.annotationId.isEmpty() ? QJsonValue() : QJsonValue(quotes.value(n.comment.annotationId)));
        o.insert(u"parentMissing", n.parentMissing);
        o.insert(u"history", histories.value(n.comment.id));
        o.insert(u"unread", unread.contains(n.comment.id));
        o.insert(u"replies", threadJson(n.replies, quotes, histories, unread));
        out.append(o);
    }
    return out;
}

int runThread(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    bool json = false;
    bool markRead = false;
    Thread::Sort sort = Thread::Sort::Oldest;
    Thread::Filter filter = Thread::Filter::All;
    QString key;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--json") {
            json = true;
        } else if (a == u"--mark-read") {
            markRead = true;
        } else if (a == u"--sort") {
            const QString name = i + 1 < args.size() ? args[++i] : QString();
            const auto s = Thread::sortFromName(name);
            if (!s) {
                err() << Cli::tr("glossa thread: --sort is oldest, newest or votes, not '%1'.\n").arg(name)
                      << threadUsage();
                return ExitUsage;
            }
            sort = *s;
        } else if (a == u"--filter") {
            const QString name = i + 1 < args.size() ? args[++i] : QString();
            const auto f = Thread::filterFromName(name);
            if (!f) {
                err() << Cli::tr("glossa thread: --filter is all, open, resolved or passages, not '%1'.\n").arg(name)
                      << threadUsage();
                return ExitUsage;
            }
            filter = *f;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            err() << Cli::tr("glossa thread: unknown option '%1'.\n").arg(a) << threadUsage();
            return ExitUsage;
        } else if (key.isEmpty()) {
            key = a;
        } else {
            err() << Cli::tr("glossa thread: name one article, not '%1' and '%2'.\n").arg(key, a) << threadUsage();
            return ExitUsage;
        }
    }
    if (key.isEmpty()) {
        err() << Cli::tr("glossa thread: which article? Name one (its id or title).\n") << threadUsage();
        return ExitUsage;
    }
    Library library;
    const auto article = LibraryAccess::openArticle(library, dir, key, QStringLiteral("thread"),
        markRead ? LibraryAccess::Access::ReadWrite : LibraryAccess::Access::ReadOnly);
    if (!article) {
        return ExitFailure;
    }
    const auto comments = library.readComments(article->id);
    const auto annotations = library.readAnnotations(article->id);
    const auto unread = library.unreadComments(article->id);
    const auto watching = library.isWatchingArticleThread(article->id);
    if (!comments || !annotations || !unread || !watching) {
        err() << QStringLiteral("glossa thread: ")
              << (!comments             ? comments.error().message
                         : !annotations ? annotations.error().message
                         : !unread      ? unread.error().message
                                        : watching.error().message)
              << u'\n';
        return ExitFailure;
    }
    // Printed as they were, then read.
    if (markRead && !unread->isEmpty()) {
        if (const Store::Status s = library.markThreadRead(article->id); !s) {
            err() << QStringLiteral("glossa thread: ") << s.error().message << u'\n';
            return ExitFailure;
        }
    }
    QHash<QString, QString> quotes;
    for (const Model::Annotation &a : *annotations) {
        quotes.insert(a.id, a.selector.exact);
    }
    const QList<Thread::Node> tree = Thread::build(*comments, sort, filter);
    if (json) {
        QHash<QString, QJsonArray> histories;
        for (const Model::Comment &c : *comments) {
            const auto edits = library.readCommentEdits(c.id);
            if (!edits) {
                err() << QStringLiteral("glossa thread: ") << edits.error().message << u'\n';
                return ExitFailure;
            }
            QJsonArray history;
            for (const Store::CommentEdit &e : *edits) {
                history.append(
                    QJsonObject {{u"body"_s, e.body}, {u"replaced"_s, e.replaced.toString(Qt::ISODateWithMs)}});
            }
            histories.insert(c.id, history);
        }
        const QJsonObject o {
            {u"article"_s, article->id},
            {u"title"_s, article->title},
            {u"sort"_s, Thread::sortName(sort)},
            {u"filter"_s, Thread::filterName(filter)},
            {u"count"_s, Thread::count(tree)},
            {u"watching"_s, *watching},
            {u"unread"_s, int(unread->size())},
            {u"comments"_s, threadJson(tree, quotes, histories, *unread)},
        };
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream &o = out();
    o << LibraryAccess::titleOf(*article) << u'\n' << LibraryAccess::tr("%n comment(s)", nullptr, Thread::count(tree));
    if (!unread->isEmpty()) {
        o << QStringLiteral(", ") << Cli::tr("%n unread", nullptr, int(unread->size()));
    }
    if (*watching) {
        o << QStringLiteral(", ") << Cli::tr("watched");
    }
    o << u'\n';
    for (const Thread::Node &n : tree) {
        o << u'\n';
        printNode(o, n, quotes, *unread, 0);
    }
    return ExitOk;
}

} // namespace Glossa::Cli
