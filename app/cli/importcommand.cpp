// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "cli.h"
#include "command.h"
#include "ingest/importer.h"
#include "ingest/inputfile.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "librarycommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

namespace {

struct Options {
    QStringList files;
    bool json = false;
    bool update = false;
    bool asNew = false;
    QString error; // a usage error, ready to print
};

Options parse(const QStringList &args)
{
    Options o;
    bool filesOnly = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!filesOnly && a == u"--library") {
            ++i; // the folder: runImport takes it (and reports a missing one)
        } else if (!filesOnly && a.startsWith(u"--library=")) {
            continue;
        } else if (filesOnly) {
            o.files << a;
        } else if (a == u"--") {
            filesOnly = true;
        } else if (a == u"--json") {
            o.json = true;
        } else if (a == u"--update") {
            o.update = true;
        } else if (a == u"--as-new") {
            o.asNew = true;
        } else if (a.startsWith(u'-')) {
            o.error = Cli::tr("glossa import: unknown option '%1'. Usage: glossa import FILE… [--json] [--update | "
                              "--as-new] [--library DIR]\n")
                          .arg(a);
            return o;
        } else {
            o.files << a;
        }
    }
    return o;
}

QString counts(const ImportedArticle &r)
{
    return Cli::tr("%1 exact, %2 moved or changed, %3 orphaned").arg(r.exact).arg(r.fuzzy).arg(r.orphaned);
}

QJsonObject toJson(const QString &file, const ImportResult &result)
{
    // A failed import reports the same fields, empty.
    const ImportedArticle r = result.valueOr({});
    QJsonObject o {
        {QStringLiteral("file"), file},
        {QStringLiteral("ok"), result.ok()},
        {QStringLiteral("id"), r.articleId.isEmpty() ? QJsonValue() : QJsonValue(r.articleId)},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("updated"), r.updated},
        {QStringLiteral("unchanged"), r.unchanged},
        {QStringLiteral("exact"), r.exact},
        {QStringLiteral("fuzzy"), r.fuzzy},
        {QStringLiteral("orphaned"), r.orphaned},
        {QStringLiteral("error"), result ? QJsonValue() : QJsonValue(result.error().message)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)},
    };
    if (result && r.existing) {
        // Nothing stored: the file's text is the article `id` already.
        o.insert(QStringLiteral("ok"), false);
        o.insert(QStringLiteral("existing"), true);
        o.insert(QStringLiteral("error"),
            Cli::tr("The text is already in the library as %1; use --update or --as-new.").arg(r.articleId));
    }
    return o;
}

} // namespace

bool importNeedsWebEngine(const QStringList &args)
{
    const Options o = parse(args);
    if (!o.error.isEmpty()) {
        return false;
    }
    for (const QString &file : o.files) {
        // A stream can be read only once: unless its name says its format, the executable with the web
        // engine reads it, whatever it holds.
        const Ingest::Format format = Ingest::InputFile::isStream(file)
            ? Ingest::Importers::formatFromSuffix(file).value_or(Ingest::Format::Html)
            : Ingest::Importers::detect(Ingest::InputFile::head(file, 4096), file);
        if (format == Ingest::Format::Html) {
            return true;
        }
    }
    return false;
}

int runImport(const QStringList &arguments, const Context &context)
{
    QStringList args = arguments;
    bool ok = true;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const Options o = parse(args);
    if (!o.error.isEmpty()) {
        err() << o.error;
        return ExitUsage;
    }
    if (o.files.isEmpty()) {
        err() << Cli::tr(
            "glossa import: which files? Usage: glossa import FILE… [--json] [--update | --as-new] [--library DIR]\n");
        return ExitUsage;
    }

    if (o.update && o.asNew) {
        err() << Cli::tr("glossa import: --update and --as-new contradict each other; choose one.\n");
        return ExitUsage;
    }

    // Read-write, created when the folder is new (empty: samples are for the window's first run).
    Library library;
    Store::OpenOptions options = LibraryAccess::writableOptions();
    options.create = true;
    const Store::OpenFailure failure = library.open(dir, options);
    if (failure.failed()) {
        err() << QStringLiteral("glossa import: ") << LibraryAccess::describe(failure, dir) << u'\n';
        return ExitFailure;
    }

    LibraryImport import(&library, context.html);
    const WhenAlreadyImported when = o.update ? WhenAlreadyImported::UpdateExisting
        : o.asNew                             ? WhenAlreadyImported::ImportAsNew
                                              : WhenAlreadyImported::RefuseSameText;
    QJsonArray results;
    int failed = 0;
    for (const QString &file : o.files) {
        const ImportResult result = import.importFile(file, Ingest::Format::Auto, when);
        if (!result || result->existing) {
            ++failed;
        }
        if (o.json) {
            results.append(toJson(file, result));
            continue;
        }
        if (result && result->existing) {
            err() << Cli::tr("glossa import: %1 is already in the library as %2 \"%3\"; nothing was imported. "
                             "Use --update to update that article, or --as-new to import it again as a second "
                             "one.\n")
                         .arg(file, result->articleId, result->title);
            continue;
        }
        if (!result) {
            err() << Cli::tr("glossa import: %1: %2 Nothing was stored for it.\n").arg(file, result.error().message);
            continue;
        }
        const ImportedArticle &r = *result;
        for (const QString &warning : r.warnings) {
            err() << Cli::tr("glossa import: %1: %2.\n").arg(file, warning);
        }
        if (r.unchanged) {
            out() << Cli::tr("%1: unchanged %2 \"%3\"\n").arg(file, r.articleId, r.title);
        } else if (r.updated) {
            out() << Cli::tr("%1: updated %2 \"%3\" (%4)\n").arg(file, r.articleId, r.title, counts(r));
        } else {
            out() << Cli::tr("%1: imported %2 \"%3\"\n").arg(file, r.articleId, r.title);
        }
        // Said as soon as it is stored: an import interrupted later still tells what it stored.
        flushOutput();
    }
    if (o.json) {
        out() << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    }
    return failed == 0 ? ExitOk : ExitFailure;
}

} // namespace Glossa::Cli
