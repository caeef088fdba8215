// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorcommand.h"

#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Glossa::Cli {

namespace {
QString usage()
{
    return Cli::tr("Usage: glossa author [--name NAME] [--email EMAIL] [--json] [--library DIR]\n");
}
} // namespace

int runAuthor(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    std::optional<QString> name;
    std::optional<QString> email;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if ((a == u"--name" || a == u"--email") && i + 1 < args.size()) {
            (a == u"--name" ? name : email) = args[++i];
        } else {
            err() << Cli::tr("glossa author: unexpected argument '%1'.\n").arg(a) << usage();
            return ExitUsage;
        }
    }
    if (name && name->simplified().isEmpty()) {
        err() << Cli::tr("glossa author: --name needs a name (notes and comments are signed with it).\n") << usage();
        return ExitUsage;
    }

    Library library;
    const bool changing = name || email;
    if (changing ? !LibraryAccess::openWritable(library, dir, QStringLiteral("author"))
                 : !LibraryAccess::openReadOnly(library, dir)) {
        return ExitFailure;
    }
    if (changing) {
        const Library::AuthorProfile before = library.authorProfile();
        if (const Store::Status s = library.setAuthorProfile(name.value_or(before.name), email.value_or(before.email));
            !s) {
            err() << Cli::tr("glossa author: the profile could not be saved: %1\n").arg(s.error().message);
            return ExitFailure;
        }
    }
    const Library::AuthorProfile profile = library.authorProfile();
    if (json) {
        out() << QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("name"), profile.name},
                                                     {QStringLiteral("email"), profile.email}})
                                       .toJson(QJsonDocument::Compact))
              << u'\n';
    } else if (changing) {
        out() << Cli::tr("Notes, comments and votes are signed “%1” from now on, and so are the notes signed "
                         "with the previous name.\n")
                     .arg(profile.name);
    } else {
        out() << profile.name;
        if (!profile.email.isEmpty()) {
            out() << QStringLiteral(" <") << profile.email << u'>';
        }
        out() << u'\n';
    }
    return ExitOk;
}

} // namespace Glossa::Cli
