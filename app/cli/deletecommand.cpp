// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletecommand.h"

#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

int runDelete(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const QString usage = Cli::tr("Usage: glossa delete ARTICLE… [--json] [--library DIR]\n");
    bool json = false;
    QStringList keys;
    for (const QString &a : std::as_const(args)) {
        if (a == u"--json") {
            json = true;
        } else if (a.startsWith(u'-')) {
            err() << Cli::tr("glossa delete: unknown option '%1'.\n").arg(a) << usage;
            return ExitUsage;
        } else {
            keys << a;
        }
    }
    if (keys.isEmpty()) {
        err() << Cli::tr("glossa delete: which articles? Name each by its id or title ('glossa list' shows them).\n")
              << usage;
        return ExitUsage;
    }
    Library library;
    if (!LibraryAccess::openWritable(library, dir, QStringLiteral("delete"))) {
        return ExitFailure;
    }
    const auto articles = library.readArticles();
    const auto counts = library.readArticleCounts();
    if (!articles || !counts) {
        err() << QStringLiteral("glossa delete: ") << (!articles ? articles.error() : counts.error()).message << u'\n';
        return ExitFailure;
    }
    QList<Model::Article> chosen;
    QStringList ids;
    for (const QString &key : std::as_const(keys)) {
        const std::optional<Model::Article> a = LibraryAccess::findArticle(*articles, key, QStringLiteral("delete"));
        if (!a) {
            err() << Cli::tr("glossa delete: nothing was deleted.\n");
            return ExitFailure;
        }
        if (!ids.contains(a->id)) {
            ids << a->id;
            chosen << *a;
        }
    }
    if (const Store::Status s = library.deleteArticles(ids); !s) {
        err() << QStringLiteral("glossa delete: ") << s.error().message << u'\n'
              << Cli::tr("glossa delete: nothing was deleted.\n");
        return ExitFailure;
    }
    QJsonArray deleted;
    for (const Model::Article &a : std::as_const(chosen)) {
        const Store::ArticleOverview::Counts c = counts->value(a.id);
        if (json) {
            deleted.append(QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("title"), a.title},
                {QStringLiteral("annotations"), c.annotations}, {QStringLiteral("comments"), c.comments}});
        } else {
            out() << Cli::tr("Deleted %1 \"%2\" with %3 annotation(s) and %4 comment(s).\n")
                         .arg(a.id, LibraryAccess::titleOf(a))
                         .arg(c.annotations)
                         .arg(c.comments);
        }
    }
    if (json) {
        out() << QString::fromUtf8(QJsonDocument(deleted).toJson(QJsonDocument::Indented));
    }
    return ExitOk;
}

} // namespace Glossa::Cli
