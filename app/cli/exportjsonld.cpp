// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa export ARTICLE --format jsonld -o FILE [--include-private] [--json]`: the article's
// annotations as W3C Web Annotations (Export::WebAnnotationExport), written whole or not at all.
#include "cli.h"
#include "command.h"
#include "export/savefile.h"
#include "export/webannotationexport.h"
#include "exportcommand.h"
#include "library/library.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

int exportJsonLd(Library &library, const Model::Article &article, const ExportRequest &request)
{
    const auto json = Export::WebAnnotationExport::write(library, article.id,
        Export::WebAnnotationOptions {.includePrivate = request.includePrivate,
            .includeDiscussion = request.includeDiscussion,
            .includeLinks = request.includeLinks});
    if (!json) {
        err() << Cli::tr("glossa export: %1\n").arg(json.error().message);
        return ExitFailure;
    }
    const QString path = QDir::toNativeSeparators(request.output);
    if (const Status saved = Export::SaveFile::write(request.output, *json); !saved) {
        err() << Cli::tr("glossa export: could not write the file: %1. Check that the folder exists, that you may "
                         "write there and that the disk has room.\n")
                     .arg(saved.error().message);
        return ExitFailure;
    }
    const auto [total, comments, links] = Export::WebAnnotationExport::counts(*json);
    if (request.json) {
        out() << QString::fromUtf8(QJsonDocument(QJsonObject {
                                                     {QStringLiteral("file"), request.output},
                                                     {QStringLiteral("article"), article.id},
                                                     {QStringLiteral("format"), QStringLiteral("jsonld")},
                                                     {QStringLiteral("annotations"), total},
                                                     {QStringLiteral("comments"), comments},
                                                     {QStringLiteral("links"), links},
                                                 })
                .toJson(QJsonDocument::Indented));
    } else {
        out() << Cli::tr("%1: %n annotation(s) of \"%2\" as W3C Web Annotations\n", nullptr, total)
                     .arg(path, article.title);
        if (comments > 0) {
            out() << Cli::tr("with the discussion's %n comment(s)\n", nullptr, comments);
        }
        if (links > 0) {
            out() << Cli::tr("and the article's %n link(s)\n", nullptr, links);
        }
    }
    return ExitOk;
}

} // namespace Glossa::Cli
