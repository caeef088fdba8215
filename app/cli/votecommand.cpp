// SPDX-License-Identifier: GPL-3.0-or-later
#include "votecommand.h"

#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"

namespace Glossa::Cli {

namespace {

QString voteUsage()
{
    return Cli::tr("Usage: glossa vote COMMENT [--down|--clear] [--author NAME] [--library DIR]\n");
}

} // namespace

int runVote(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    Library::CommentVote vote = Library::CommentVote::Up;
    QString author;
    QString commentId;
    bool down = false;
    bool clear = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--down") {
            down = true;
        } else if (a == u"--clear") {
            clear = true;
        } else if (a == u"--up") {
            // the default, accepted for symmetry
        } else if (a == u"--author") {
            author = i + 1 < args.size() ? args[++i].trimmed() : QString();
            if (author.isEmpty()) {
                err() << Cli::tr("glossa vote: --author needs a name.\n") << voteUsage();
                return ExitUsage;
            }
        } else if (a.startsWith(u'-') && a.size() > 1) {
            err() << Cli::tr("glossa vote: unknown option '%1'.\n").arg(a) << voteUsage();
            return ExitUsage;
        } else if (commentId.isEmpty()) {
            commentId = a;
        } else {
            err() << Cli::tr("glossa vote: name one comment, not '%1' and '%2'.\n").arg(commentId, a) << voteUsage();
            return ExitUsage;
        }
    }
    if (commentId.isEmpty()) {
        err() << Cli::tr("glossa vote: which comment? Give its id ('glossa thread ARTICLE' lists them).\n")
              << voteUsage();
        return ExitUsage;
    }
    if (down && clear) {
        err() << Cli::tr("glossa vote: give --down or --clear, not both.\n") << voteUsage();
        return ExitUsage;
    }
    if (down) {
        vote = Library::CommentVote::Down;
    } else if (clear) {
        vote = Library::CommentVote::Clear;
    }
    Library library;
    if (!LibraryAccess::openWritable(library, dir, QStringLiteral("vote"))) {
        return ExitFailure;
    }
    if (author.isEmpty()) {
        const auto local = library.readLocalAuthorName();
        if (!local) {
            err() << QStringLiteral("glossa vote: ") << local.error().message << u'\n';
            return ExitFailure;
        }
        author = *local;
    }
    const Store::Result<int> now = library.voteComment(commentId, author, vote);
    if (!now) {
        err() << QStringLiteral("glossa vote: ") << now.error().message
              << Cli::tr(" 'glossa thread ARTICLE' lists an article's comments with their ids.") << u'\n';
        return ExitFailure;
    }
    const auto stored = library.readComment(commentId);
    if (!stored || !*stored) {
        err() << QStringLiteral("glossa vote: ")
              << (stored ? Cli::tr("comment %1 could not be read back.").arg(commentId) : stored.error().message)
              << u'\n';
        return ExitFailure;
    }
    const QString yours = *now > 0 ? Cli::tr("%1 votes it up").arg(author)
        : *now < 0                 ? Cli::tr("%1 votes it down").arg(author)
                                   : Cli::tr("%1 has no vote on it").arg(author);
    out() << Cli::tr("votes: %1; %2").arg((*stored)->votes).arg(yours) << u'\n';
    return ExitOk;
}

} // namespace Glossa::Cli
