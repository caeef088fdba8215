// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"
#include "linkcommand.h"

namespace Glossa::Cli {

int runUnlink(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    if (args.size() != 1 || args.first().startsWith(u'-')) {
        err() << (args.size() == 1 ? Cli::tr("glossa unlink: unknown option '%1'.\n").arg(args.first())
                                   : Cli::tr("glossa unlink: name one link by its id ('glossa links ARTICLE' lists "
                                             "them).\n"))
              << Cli::tr("Usage: glossa unlink LINK [--library DIR]\n");
        return ExitUsage;
    }
    Library library;
    if (!LibraryAccess::openWritable(library, dir, QStringLiteral("unlink"))) {
        return ExitFailure;
    }
    const QString &id = args.first();
    if (const Store::Status s = library.removeLink(id); !s) {
        err() << QStringLiteral("glossa unlink: ") << s.error().message
              << Cli::tr(" 'glossa links ARTICLE' lists an article's links with their ids.") << u'\n';
        return ExitFailure;
    }
    out() << Cli::tr("Link %1 is removed.").arg(id) << u'\n';
    return ExitOk;
}

} // namespace Glossa::Cli
