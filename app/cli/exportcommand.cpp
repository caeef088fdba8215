// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"

namespace Glossa::Cli {

namespace {

QString usageLine()
{
    return Cli::tr(
        "Usage: glossa export ARTICLE --format pdf|markdown|jsonld -o FILE [--include-private] [--no-discussion] "
        "[--no-links] [--page-size A4|Letter] [--json] [--library DIR]\n"
        "       glossa export --all --format markdown -o FOLDER [--include-private] [--no-discussion] [--no-links] "
        "[--json] [--library DIR]\n");
}

// Fills `request` and `key` from args; returns an error sentence, empty when they are right.
QString parse(const QStringList &args, ExportRequest &request, QString &key)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString &into) {
            if (i + 1 >= args.size()) {
                return false;
            }
            into = args[++i];
            return true;
        };
        if (a == u"--format" || a == u"-f") {
            if (!value(request.format)) {
                return Cli::tr("glossa export: --format needs pdf, markdown or jsonld.\n");
            }
        } else if (a.startsWith(u"--format=")) {
            request.format = a.mid(9);
        } else if (a == u"-o" || a == u"--output") {
            if (!value(request.output)) {
                return Cli::tr("glossa export: -o needs the file (or, with --all, the folder) to write.\n");
            }
        } else if (a == u"--page-size") {
            if (!value(request.pageSize)) {
                return Cli::tr("glossa export: --page-size needs A4 or Letter.\n");
            }
        } else if (a == u"--include-private") {
            request.includePrivate = true;
        } else if (a == u"--no-discussion") {
            request.includeDiscussion = false;
        } else if (a == u"--no-links") {
            request.includeLinks = false;
        } else if (a == u"--all") {
            request.all = true;
        } else if (a == u"--json") {
            request.json = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return Cli::tr("glossa export: unknown option '%1'.\n").arg(a);
        } else if (key.isEmpty()) {
            key = a;
        } else {
            return Cli::tr("glossa export: name one article, not '%1' and '%2'.\n").arg(key, a);
        }
    }
    request.format = request.format.toLower();
    if (request.format == u"md") {
        request.format = QStringLiteral("markdown");
    } else if (request.format == u"json-ld" || request.format == u"w3c") {
        request.format = QStringLiteral("jsonld");
    }
    if (request.format.isEmpty()) {
        return Cli::tr("glossa export: which format? Give --format pdf, markdown or jsonld.\n");
    }
    if (request.format != u"pdf" && request.format != u"markdown" && request.format != u"jsonld") {
        return Cli::tr("glossa export: '%1' is not a format Glossa exports; use pdf, markdown or jsonld.\n")
            .arg(request.format);
    }
    if (request.output.isEmpty()) {
        return Cli::tr("glossa export: where to? Give -o FILE.\n");
    }
    if (request.all && !key.isEmpty()) {
        return Cli::tr("glossa export: give either an article or --all, not both.\n");
    }
    if (!request.all && key.isEmpty()) {
        return Cli::tr("glossa export: which article? Name one (its id or title), or give --all.\n");
    }
    if (request.all && request.format != u"markdown") {
        return Cli::tr("glossa export: --all writes Markdown files only; export other formats one article at a "
                       "time.\n");
    }
    if (!request.pageSize.isEmpty()) {
        if (request.format != u"pdf") {
            return Cli::tr("glossa export: --page-size is for --format pdf.\n");
        }
        const QString size = request.pageSize.toLower();
        if (size != u"a4" && size != u"letter") {
            return Cli::tr("glossa export: '%1' is not a page size Glossa knows; use A4 or Letter.\n")
                .arg(request.pageSize);
        }
        request.pageSize = size == u"a4" ? QStringLiteral("A4") : QStringLiteral("Letter");
    }
    return {};
}

} // namespace

bool exportNeedsWebEngine(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if ((args[i] == u"--format" || args[i] == u"-f") && i + 1 < args.size()) {
            return args[i + 1].compare(u"pdf", Qt::CaseInsensitive) == 0;
        }
        if (args[i].startsWith(u"--format=")) {
            return args[i].mid(9).compare(u"pdf", Qt::CaseInsensitive) == 0;
        }
    }
    return false;
}

int runExport(const QStringList &arguments, const Context &context)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    ExportRequest request;
    QString key;
    const QString error = parse(args, request, key);
    if (!error.isEmpty()) {
        err() << error << usageLine();
        return ExitUsage;
    }
    Library library;
    const auto articles = LibraryAccess::openArticles(library, dir, QStringLiteral("export"));
    if (!articles) {
        return ExitFailure;
    }
    if (request.all) {
        return exportMarkdown(library, *articles, request);
    }
    const std::optional<Model::Article> article = LibraryAccess::findArticle(*articles, key, QStringLiteral("export"));
    if (!article) {
        return ExitFailure;
    }
    if (request.format == u"markdown") {
        return exportMarkdown(library, {*article}, request);
    }
    if (request.format == u"jsonld") {
        return exportJsonLd(library, *article, request);
    }
    return exportPdf(library, *article, request, context);
}

} // namespace Glossa::Cli
