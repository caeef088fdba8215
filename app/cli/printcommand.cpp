// SPDX-License-Identifier: GPL-3.0-or-later
#include "printcommand.h"

#include "cli.h"
#include "command.h"
#include "export/pdfprinter.h"
#include "export/savefile.h"
#include "library/library.h"
#include "librarycommands.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

namespace {

QString usageLine()
{
    return Cli::tr("Usage: glossa print ARTICLE -o FILE.pdf [--page-size A4|Letter] [--json] [--library DIR]\n");
}

struct PrintRequest {
    QString key;
    QString output;
    QString pageSize;
    bool json = false;
};

// Fills `request` from args; returns an error sentence, empty when they are right.
QString parse(const QStringList &args, PrintRequest &request)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"-o" || a == u"--output") {
            if (i + 1 >= args.size()) {
                return Cli::tr("glossa print: -o needs the PDF file to write.\n");
            }
            request.output = args[++i];
        } else if (a == u"--page-size") {
            if (i + 1 >= args.size()) {
                return Cli::tr("glossa print: --page-size needs A4 or Letter.\n");
            }
            request.pageSize = args[++i];
        } else if (a == u"--json") {
            request.json = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return Cli::tr("glossa print: unknown option '%1'.\n").arg(a);
        } else if (request.key.isEmpty()) {
            request.key = a;
        } else {
            return Cli::tr("glossa print: name one article, not '%1' and '%2'.\n").arg(request.key, a);
        }
    }
    if (request.key.isEmpty()) {
        return Cli::tr("glossa print: which article? Name one (its id or title).\n");
    }
    if (request.output.isEmpty()) {
        return Cli::tr("glossa print: where to? Give -o FILE.pdf (then print it with lp or any PDF viewer).\n");
    }
    if (!request.pageSize.isEmpty() && !Export::pageSizeFromName(request.pageSize)) {
        return Cli::tr("glossa print: '%1' is not a page size Glossa knows; use A4 or Letter.\n").arg(request.pageSize);
    }
    return {};
}

} // namespace

int runPrint(const QStringList &arguments, const Context &context)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    PrintRequest request;
    if (const QString error = parse(args, request); !error.isEmpty()) {
        err() << error << usageLine();
        return ExitUsage;
    }
    if (!context.pdf) {
        err() << Cli::tr("glossa print: this program cannot print (it has no web engine); run 'glossa print', "
                         "which hands printing to glossa-window.\n");
        return ExitFailure;
    }
    Library library;
    const std::optional<Model::Article> article = LibraryAccess::openArticle(
        library, dir, request.key, QStringLiteral("print"), LibraryAccess::Access::ReadOnly);
    if (!article) {
        return ExitFailure;
    }
    if (const Status target = Export::SaveFile::checkTarget(request.output); !target) {
        err() << Cli::tr("glossa print: %1.\n").arg(target.error().message);
        return ExitFailure;
    }
    const auto revision = library.readCurrentRevision(article->id);
    const auto annotations = library.readAnnotations(article->id);
    if (!revision || !annotations) {
        err() << Cli::tr("glossa print: the library could not be read: %1\n")
                     .arg(!revision ? revision.error().message : annotations.error().message);
        return ExitFailure;
    }
    if (!revision->has_value()) {
        err() << Cli::tr("glossa print: “%1” has no text to print.\n").arg(LibraryAccess::titleOf(*article));
        return ExitFailure;
    }
    const Export::PdfPrintOptions options {
        .pageSize = Export::pageSizeFromName(request.pageSize).value_or(Export::defaultPageSize()),
        .forPrinting = true};
    const Result<Export::PdfPrint> printed = context.pdf->print(
        *article, **revision, Export::annotationsToExport(*annotations, true), library.palette(), options);
    if (!printed) {
        err() << Cli::tr("glossa print: the article could not be printed: %1.\n").arg(printed.error().message);
        return ExitFailure;
    }
    if (const Status written = Export::SaveFile::write(request.output, printed->pdf); !written) {
        err() << Cli::tr("glossa print: %1.\n").arg(written.error().message);
        return ExitFailure;
    }
    const QString file = QDir::toNativeSeparators(QFileInfo(request.output).absoluteFilePath());
    if (request.json) {
        const QJsonObject o {
            {QStringLiteral("file"), file},
            {QStringLiteral("article"), article->id},
            {QStringLiteral("title"), article->title},
            {QStringLiteral("pageSize"), Export::pageSizeName(options.pageSize)},
            {QStringLiteral("bytes"), qint64(printed->pdf.size())},
        };
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out() << Cli::tr("Printed “%1” to %2 (%3).\n")
                 .arg(LibraryAccess::titleOf(*article), file, Export::pageSizeName(options.pageSize));
    return ExitOk;
}

} // namespace Glossa::Cli
