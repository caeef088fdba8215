// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa export ARTICLE --format markdown -o FILE.md` and `glossa export --all --format markdown
// -o FOLDER`: one Markdown file per article (Export::MarkdownExport), each written whole or not at
// all (QSaveFile). With --all the folder is created when missing and the files are named by
// Export::ExportFileName ("TITLE (ID8).md", the same on every export of the same article).
// Everything is read from the library before the first file is written.
#include "cli.h"
#include "command.h"
#include "export/exportfilename.h"
#include "export/markdownexport.h"
#include "export/savefile.h"
#include "exportcommand.h"
#include "library/library.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

namespace {

struct Planned {
    QString path; // absolute
    QString articleId;
    Export::MarkdownDocument document;
};

} // namespace

int exportMarkdown(Library &library, const QList<Model::Article> &articles, const ExportRequest &request)
{
    Export::MarkdownOptions options;
    options.includePrivate = request.includePrivate;
    options.includeDiscussion = request.includeDiscussion;
    options.includeLinks = request.includeLinks;
    options.exportedAt = QDateTime::currentDateTimeUtc();
    options.exportedAt.setTime(options.exportedAt.time().addMSecs(-options.exportedAt.time().msec()));

    const QString output = QFileInfo(request.output).absoluteFilePath();
    if (request.all && QFileInfo(output).exists() && !QFileInfo(output).isDir()) {
        err() << Cli::tr("glossa export: %1 is a file; with --all, -o names the folder to write the articles into.\n")
                     .arg(QDir::toNativeSeparators(output));
        return ExitFailure;
    }
    const QHash<QString, QString> names = request.all
        ? Export::ExportFileName::forArticles(articles, QStringLiteral("md"))
        : QHash<QString, QString> {};

    QList<Planned> planned;
    for (const Model::Article &article : articles) {
        Result<Export::MarkdownDocument> doc = Export::MarkdownExport::fromLibrary(library, article, options);
        if (!doc) {
            err() << Cli::tr("glossa export: could not read “%1” from the library: %2\n")
                         .arg(article.title, doc.error().message);
            return ExitFailure;
        }
        const QString path = request.all ? QDir(output).filePath(names.value(article.id)) : output;
        planned.append({path, article.id, std::move(*doc)});
    }

    if (request.all && !QDir().mkpath(output)) {
        err() << Cli::tr("glossa export: could not create the folder %1. Check that its parent folder exists and "
                         "that you may write there.\n")
                     .arg(QDir::toNativeSeparators(output));
        return ExitFailure;
    }
    QJsonArray written;
    for (const Planned &p : std::as_const(planned)) {
        if (const Status saved = Export::SaveFile::write(p.path, p.document.text.toUtf8()); !saved) {
            err() << Cli::tr("glossa export: could not write the file: %1. Check that the folder exists, that you "
                             "may write there and that the disk has room.\n")
                         .arg(saved.error().message);
            return ExitFailure;
        }
        if (request.json) {
            written.append(QJsonObject {{QStringLiteral("file"), QDir::toNativeSeparators(p.path)},
                {QStringLiteral("article"), p.articleId}, {QStringLiteral("format"), QStringLiteral("markdown")},
                {QStringLiteral("annotations"), p.document.annotationCount},
                {QStringLiteral("comments"), p.document.commentCount}});
        } else {
            out() << Cli::tr("%1 (%n annotation(s))", nullptr, p.document.annotationCount)
                         .arg(QDir::toNativeSeparators(p.path));
            if (p.document.commentCount > 0) {
                out() << Cli::tr(", %n comment(s)", nullptr, p.document.commentCount);
            }
            out() << u'\n';
            out().flush();
        }
    }
    if (request.json) {
        // One article: its object; --all: an array of them, in the library's order.
        const QJsonDocument json = request.all ? QJsonDocument(written) : QJsonDocument(written.first().toObject());
        out() << QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    }
    return ExitOk;
}

} // namespace Glossa::Cli
