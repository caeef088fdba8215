// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolvecommand.h"

#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"

namespace Glossa::Cli {

int runResolve(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const bool reopen = args.removeAll(QStringLiteral("--reopen")) > 0;
    if (args.size() != 1 || args.first().startsWith(u'-')) {
        err() << (args.size() == 1 ? Cli::tr("glossa resolve: unknown option '%1'.\n").arg(args.first())
                                   : Cli::tr("glossa resolve: name one comment by its id ('glossa thread ARTICLE' "
                                             "lists them).\n"))
              << Cli::tr("Usage: glossa resolve COMMENT [--reopen] [--library DIR]\n");
        return ExitUsage;
    }
    Library library;
    if (!LibraryAccess::openWritable(library, dir, QStringLiteral("resolve"))) {
        return ExitFailure;
    }
    const QString &id = args.first();
    if (const Store::Status s = library.setCommentResolved(id, !reopen); !s) {
        err() << QStringLiteral("glossa resolve: ") << s.error().message
              << Cli::tr(" 'glossa thread ARTICLE' lists an article's comments with their ids.") << u'\n';
        return ExitFailure;
    }
    out() << (reopen ? Cli::tr("Comment %1 is open again.").arg(id) : Cli::tr("Comment %1 is resolved.").arg(id))
          << u'\n';
    return ExitOk;
}

} // namespace Glossa::Cli
