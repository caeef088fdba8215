// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa export ARTICLE --format pdf -o FILE [--include-private] [--page-size A4|Letter] [--json]`:
// the article's print layout with real PDF annotations, printed by the web engine the window
// executable provides (Context::pdf), written all at once or not at all. The discussion thread is
// printed as an appendix (Export::DiscussionHtml) unless --no-discussion, and the links after it
// (Export::LinksHtml) unless --no-links.
#include "cli.h"
#include "command.h"
#include "export/pdfprinter.h"
#include "export/savefile.h"
#include "exportcommand.h"
#include "library/library.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

int exportPdf(Library &library, const Model::Article &article, const ExportRequest &request, const Context &context)
{
    if (!context.pdf) {
        err() << Cli::tr("glossa export: this program cannot print PDFs (it has no web engine); run 'glossa export', "
                         "which hands PDF exports to glossa-window.\n");
        return ExitFailure;
    }
    // A folder that is not there fails now, not after the printing.
    if (const Status target = Export::SaveFile::checkTarget(request.output); !target) {
        err() << Cli::tr("glossa export: %1.\n").arg(target.error().message);
        return ExitFailure;
    }
    const auto revision = library.readCurrentRevision(article.id);
    const auto annotations = library.readAnnotations(article.id);
    if (!revision || !annotations) {
        err() << Cli::tr("glossa export: the library could not be read: %1\n")
                     .arg(!revision ? revision.error().message : annotations.error().message);
        return ExitFailure;
    }
    if (!revision->has_value()) {
        err() << Cli::tr("glossa export: “%1” has no text to print.\n").arg(article.title);
        return ExitFailure;
    }
    const Model::Revision current = revision->value_or(Model::Revision());
    const QList<Model::Annotation> chosen = Export::annotationsToExport(*annotations, request.includePrivate);
    qsizetype privateLeftOut = 0;
    qsizetype orphans = 0;
    for (const Model::Annotation &a : *annotations) {
        if (!a.anchor.isAnchored()) {
            ++orphans;
        } else if (a.isPrivate && !request.includePrivate) {
            ++privateLeftOut;
        }
    }
    Export::PdfPrintOptions options {.pageSize = request.pageSize.isEmpty()
            ? Export::defaultPageSize()
            : Export::pageSizeFromName(request.pageSize).value_or(Export::PageSize::A4)};
    if (request.includeDiscussion) {
        Result<Export::Discussion> discussion = Export::Discussion::read(library, article.id);
        if (!discussion) {
            err() << Cli::tr("glossa export: the library could not be read: %1\n").arg(discussion.error().message);
            return ExitFailure;
        }
        options.discussion = std::move(*discussion);
    }
    if (request.includeLinks) {
        Result<Export::ExportLinks> links = Export::ExportLinks::read(library, article.id);
        if (!links) {
            err() << Cli::tr("glossa export: the library could not be read: %1\n").arg(links.error().message);
            return ExitFailure;
        }
        options.links = std::move(*links);
    }
    const int comments = Thread::count(options.discussion.tree());
    const Result<Export::PdfPrint> printed = context.pdf->print(article, current, chosen, library.palette(), options);
    if (!printed) {
        err() << Cli::tr("glossa export: the PDF could not be made: %1.\n").arg(printed.error().message);
        return ExitFailure;
    }
    if (const Status written = Export::SaveFile::write(request.output, printed->pdf); !written) {
        err() << Cli::tr("glossa export: %1.\n").arg(written.error().message);
        return ExitFailure;
    }
    const Export::PdfAnnotationReport &report = printed->report;
    const QString file = QDir::toNativeSeparators(QFileInfo(request.output).absoluteFilePath());
    if (!report.unplaced.isEmpty()) {
        err() << Cli::tr("glossa export: %n annotation(s) could not be placed on the printed text and carry no "
                         "PDF annotation: %1\n",
            nullptr, int(report.unplaced.size()))
                     .arg(report.unplaced.join(QStringLiteral(", ")));
    }
    if (request.json) {
        const QJsonObject o {
            {QStringLiteral("file"), file},
            {QStringLiteral("format"), QStringLiteral("pdf")},
            {QStringLiteral("article"), article.id},
            {QStringLiteral("title"), article.title},
            {QStringLiteral("pageSize"), Export::pageSizeName(options.pageSize)},
            {QStringLiteral("bytes"), qint64(printed->pdf.size())},
            {QStringLiteral("annotations"), qint64(chosen.size())},
            {QStringLiteral("comments"), comments},
            {QStringLiteral("links"), qint64(options.links.links.size())},
            {QStringLiteral("highlights"), report.highlights},
            {QStringLiteral("underlines"), report.underlines},
            {QStringLiteral("notes"), report.notes},
            {QStringLiteral("unplaced"), QJsonArray::fromStringList(report.unplaced)},
            {QStringLiteral("privateLeftOut"), qint64(privateLeftOut)},
            {QStringLiteral("orphansLeftOut"), qint64(orphans)},
        };
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out() << Cli::tr("Wrote %1 (%2, %n annotation(s)).\n", nullptr, int(chosen.size() - report.unplaced.size()))
                 .arg(file, Export::pageSizeName(options.pageSize));
    if (comments > 0) {
        out() << Cli::tr("The discussion's %n comment(s) are in the appendix.\n", nullptr, comments);
    }
    if (privateLeftOut > 0) {
        out() << Cli::tr(
            "%n private annotation(s) left out (--include-private adds them).\n", nullptr, int(privateLeftOut));
    }
    if (orphans > 0) {
        out() << Cli::tr(
            "%n orphaned annotation(s) left out (their passage is no longer in the article).\n", nullptr, int(orphans));
    }
    return ExitOk;
}

} // namespace Glossa::Cli
