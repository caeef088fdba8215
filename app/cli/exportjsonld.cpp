// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa export ARTICLE --format jsonld -o FILE [--include-private] [--json]`: the article's
// annotations as W3C Web Annotations (Export::WebAnnotationExport), written whole or not at all.
#include "cli.h"
#include "command.h"
#include "export/webannotationexport.h"
#include "exportcommand.h"
#include "library/library.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Glossa::Cli {

int exportJsonLd(Library &library, const Model::Article &article, const ExportRequest &request)
{
    const auto json = Export::WebAnnotationExport::write(
        library, article.id, Export::WebAnnotationOptions {.includePrivate = request.includePrivate});
    if (!json) {
        err() << Cli::tr("glossa export: %1\n").arg(json.error().message);
        return ExitFailure;
    }
    const QString path = QDir::toNativeSeparators(request.output);
    QSaveFile file(request.output);
    if (!file.open(QIODevice::WriteOnly) || file.write(*json) != json->size() || !file.commit()) {
        err() << Cli::tr("glossa export: cannot write %1 (%2). Check the folder exists and that you may write there.\n")
                     .arg(path, file.errorString());
        return ExitFailure;
    }
    const int total = QJsonDocument::fromJson(*json).object().value(u"total").toInt();
    if (request.json) {
        out() << QString::fromUtf8(QJsonDocument(QJsonObject {
                                                     {QStringLiteral("file"), request.output},
                                                     {QStringLiteral("article"), article.id},
                                                     {QStringLiteral("format"), QStringLiteral("jsonld")},
                                                     {QStringLiteral("annotations"), total},
                                                 })
                .toJson(QJsonDocument::Indented));
    } else {
        out() << Cli::tr("%1: %n annotation(s) of \"%2\" as W3C Web Annotations\n", nullptr, total)
                     .arg(path, article.title);
    }
    return ExitOk;
}

} // namespace Glossa::Cli
