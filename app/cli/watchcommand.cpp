// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchcommand.h"

#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Glossa::Cli {

namespace {

QString watchUsage()
{
    return Cli::tr("Usage: glossa watch ARTICLE [--comment COMMENT] [--stop] [--json] [--library DIR]\n");
}

} // namespace

int runWatch(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    bool json = false;
    bool stop = false;
    QString key;
    QString commentId;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--json") {
            json = true;
        } else if (a == u"--stop") {
            stop = true;
        } else if (a == u"--comment") {
            commentId = i + 1 < args.size() ? args[++i] : QString();
            if (commentId.isEmpty()) {
                err() << Cli::tr("glossa watch: --comment needs a comment's id ('glossa thread ARTICLE' lists them).\n")
                      << watchUsage();
                return ExitUsage;
            }
        } else if (a.startsWith(u'-') && a.size() > 1) {
            err() << Cli::tr("glossa watch: unknown option '%1'.\n").arg(a) << watchUsage();
            return ExitUsage;
        } else if (key.isEmpty()) {
            key = a;
        } else {
            err() << Cli::tr("glossa watch: name one article, not '%1' and '%2'.\n").arg(key, a) << watchUsage();
            return ExitUsage;
        }
    }
    if (key.isEmpty()) {
        err() << Cli::tr("glossa watch: which article? Name one (its id or title).\n") << watchUsage();
        return ExitUsage;
    }
    Library library;
    const auto article
        = LibraryAccess::openArticle(library, dir, key, QStringLiteral("watch"), LibraryAccess::Access::ReadWrite);
    if (!article) {
        return ExitFailure;
    }
    const QString title = LibraryAccess::titleOf(*article);
    Store::Status done;
    if (commentId.isEmpty()) {
        done = library.watchArticleThread(article->id, !stop);
    } else {
        const auto comment = library.readComment(commentId);
        if (comment && (!*comment || (*comment)->articleId != article->id)) {
            err() << Cli::tr("glossa watch: “%1” has no comment %2 ('glossa thread ARTICLE' lists its comments).\n")
                         .arg(title, commentId);
            return ExitFailure;
        }
        done = comment ? library.watchComment(commentId, !stop) : Store::Status(comment.error());
    }
    if (!done) {
        err() << QStringLiteral("glossa watch: ") << done.error().message << u'\n';
        return ExitFailure;
    }
    if (json) {
        const QJsonObject o {{u"article"_s, article->id}, {u"title"_s, article->title},
            {u"comment"_s, commentId.isEmpty() ? QJsonValue() : QJsonValue(commentId)}, {u"watching"_s, !stop}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (commentId.isEmpty()) {
        out() << (stop
                ? Cli::tr("You no longer watch the discussion of “%1”.").arg(title)
                : Cli::tr("You watch the discussion of “%1”: comments a merge brings are marked unread.").arg(title));
    } else {
        out() << (stop ? Cli::tr("You no longer watch comment %1.").arg(commentId)
                       : Cli::tr("You watch comment %1: replies a merge brings are marked unread.").arg(commentId));
    }
    out() << u'\n';
    return ExitOk;
}

} // namespace Glossa::Cli
