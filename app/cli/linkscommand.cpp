// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "command.h"
#include "jsonview.h"
#include "library/library.h"
#include "librarycommands.h"
#include "linkcommand.h"
#include "links/linkstatus.h"
#include "model/elide.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Glossa::Cli {

namespace {

// "“quote” in Title", "Title (whole article)", or "[dangling] what it said".
QString describeEnd(const Links::LinkEndState &e)
{
    const QString title = e.articleExists ? e.articleTitle : Cli::tr("a deleted article");
    const QString where = e.isWholeArticle()
        ? Cli::tr("“%1” (whole article)").arg(title)
        : Cli::tr("“%1” in “%2”").arg(Model::elided(e.quote().simplified(), 80), title);
    return e.status == Links::LinkStatus::Ok ? where
                                             : QStringLiteral("%1 [%2]").arg(where, Links::linkStatusLabel(e.status));
}

// The links grouped by relation, in the order each relation first appears.
void printGroup(QTextStream &o, const QString &heading, const QList<Links::LinkView> &links, bool outgoing)
{
    o << heading << u'\n';
    if (links.isEmpty()) {
        o << Cli::tr("  (none)") << u'\n';
        return;
    }
    QStringList relations;
    for (const Links::LinkView &v : links) {
        if (!relations.contains(v.link.relation)) {
            relations << v.link.relation;
        }
    }
    for (const QString &relation : std::as_const(relations)) {
        o << QStringLiteral("  %1:\n").arg(relation);
        for (const Links::LinkView &v : links) {
            if (v.link.relation != relation) {
                continue;
            }
            const Links::LinkEndState &here = outgoing ? v.from : v.to;
            const Links::LinkEndState &there = outgoing ? v.to : v.from;
            o << QStringLiteral("    %1  %2 %3 %4\n")
                     .arg(v.link.id, describeEnd(here), outgoing ? QStringLiteral("→") : QStringLiteral("←"),
                         describeEnd(there));
            if (!v.link.note.isEmpty()) {
                o << QStringLiteral("        %1\n").arg(Model::elided(v.link.note.simplified(), 100));
            }
        }
    }
}

} // namespace

int runLinks(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (args.size() != 1 || args.first().startsWith(u'-')) {
        err() << Cli::tr("glossa links: name one article (its id or title). "
                         "Usage: glossa links ARTICLE [--json] [--library DIR]\n");
        return ExitUsage;
    }
    Library library;
    const auto article = LibraryAccess::openArticle(
        library, dir, args.first(), QStringLiteral("links"), LibraryAccess::Access::ReadOnly);
    if (!article) {
        return ExitFailure;
    }
    const auto links = Links::LinkReader::read(library, article->id);
    if (!links) {
        err() << QStringLiteral("glossa links: ") << links.error().message << u'\n';
        return ExitFailure;
    }
    if (json) {
        QJsonArray outgoing;
        for (const Links::LinkView &v : links->outgoing) {
            outgoing.append(JsonView::linkView(v));
        }
        QJsonArray incoming;
        for (const Links::LinkView &v : links->incoming) {
            incoming.append(JsonView::linkView(v));
        }
        const QJsonObject o {{QStringLiteral("outgoing"), outgoing}, {QStringLiteral("incoming"), incoming}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    QTextStream &o = out();
    o << LibraryAccess::titleOf(*article) << u'\n';
    printGroup(o, Cli::tr("Links from it (%n):", nullptr, int(links->outgoing.size())), links->outgoing, true);
    printGroup(o, Cli::tr("Links to it (%n):", nullptr, int(links->incoming.size())), links->incoming, false);
    return ExitOk;
}

} // namespace Glossa::Cli
