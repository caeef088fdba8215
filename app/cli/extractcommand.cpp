// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractcommand.h"

#include "cli.h"
#include "command.h"
#include "ingest/inputfile.h"
#include "jsonview.h"
#include "ingest/importer.h"
#include "model/revision.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

namespace {

using Ingest::Format;

QJsonObject toJson(const Ingest::Extraction &e, const Model::Revision &revision)
{
    QJsonArray blocks;
    for (const Model::Block &b : revision.blocks()) {
        QJsonObject o {{QStringLiteral("type"), Model::blockTypeName(b.type)}};
        if (b.type == Model::BlockType::Heading || b.type == Model::BlockType::ListItem
            || (b.type == Model::BlockType::TableRow && b.level > 0)) {
            o.insert(QStringLiteral("level"), b.level);
        }
        if (b.ordinal > 0) {
            o.insert(QStringLiteral("ordinal"), b.ordinal);
        }
        if (b.type == Model::BlockType::Code && !b.language.isEmpty()) {
            o.insert(QStringLiteral("language"), b.language);
        }
        o.insert(QStringLiteral("text"), b.text);
        if (!b.marks.isEmpty()) {
            o.insert(QStringLiteral("marks"), JsonView::marks(b.marks));
        }
        blocks.append(o);
    }
    QJsonObject o {
        {QStringLiteral("title"), e.title},
        {QStringLiteral("byline"), e.byline},
        {QStringLiteral("site"), e.site},
        {QStringLiteral("lang"), e.language},
        {QStringLiteral("excerpt"), e.excerpt},
        {QStringLiteral("text"), revision.canonicalText()},
        {QStringLiteral("blocks"), blocks},
    };
    if (!e.published.isEmpty()) {
        o.insert(QStringLiteral("published"), e.published);
    }
    if (!e.authorBio.isEmpty()) {
        o.insert(QStringLiteral("bio"), e.authorBio);
    }
    return o;
}

struct Options {
    QString file;
    QString formatName = QStringLiteral("auto");
    bool json = false;
    QString error; // a usage error, ready to print
};

Options parse(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--json") {
            o.json = true;
        } else if (a == u"--format" && i + 1 < args.size()) {
            o.formatName = args[++i];
        } else if (a.startsWith(QStringLiteral("--format="))) {
            o.formatName = a.mid(9);
        } else if (a.startsWith(u'-') && a != u"-") {
            o.error = Cli::tr("glossa extract: unknown option '%1'. Usage: glossa extract FILE [--format "
                              "auto|text|html|markdown] [--json]\n")
                          .arg(a);
        } else if (o.file.isEmpty()) {
            o.file = a;
        } else {
            o.error = Cli::tr("glossa extract: give one file at a time ('%1' is a second one).\n").arg(a);
        }
    }
    return o;
}

} // namespace

bool extractNeedsWebEngine(const QStringList &args)
{
    const Options o = parse(args);
    const std::optional<Format> format = Ingest::formatFromName(o.formatName);
    if (!o.error.isEmpty() || o.file.isEmpty() || !format) {
        return false; // a usage error is reported without starting anything
    }
    if (*format != Format::Auto) {
        return *format == Format::Html;
    }
    // A stream can be read only once: unless its name says its format, the executable with the web
    // engine reads it, whatever it holds.
    if (Ingest::InputFile::isStream(o.file)) {
        return Ingest::Importers::formatFromSuffix(o.file).value_or(Format::Html) == Format::Html;
    }
    return Ingest::Importers::detect(Ingest::InputFile::head(o.file, 4096), o.file) == Format::Html;
}

int runExtract(const QStringList &args, const Context &context)
{
    const Options o = parse(args);
    if (!o.error.isEmpty()) {
        err() << o.error;
        return ExitUsage;
    }
    const QString &file = o.file;
    const QString &formatName = o.formatName;
    const bool json = o.json;
    if (file.isEmpty()) {
        err() << Cli::tr("glossa extract: which file? Usage: glossa extract FILE [--format "
                         "auto|text|html|markdown] [--json]\n");
        return ExitUsage;
    }
    const std::optional<Format> format = Ingest::formatFromName(formatName);
    if (!format) {
        err() << Cli::tr("glossa extract: unknown format '%1'; use auto, text, html or markdown.\n").arg(formatName);
        return ExitUsage;
    }
    if (!Ingest::InputFile::exists(file)) {
        err() << Cli::tr("glossa extract: %1: no such file.\n").arg(file);
        return ExitFailure;
    }

    const Ingest::ExtractionResult result = Ingest::Importers::extractFile(file, *format, context.html);
    if (!result) {
        err() << Cli::tr("glossa extract: %1: %2.\n").arg(file, result.error().message);
        return ExitFailure;
    }
    const Ingest::Extraction &e = *result;
    for (const QString &warning : e.warnings) {
        err() << Cli::tr("glossa extract: %1: %2.\n").arg(file, warning);
    }
    const Model::Revision revision = Model::Revision::fromBlocks(e.blocks);
    if (json) {
        out() << QString::fromUtf8(QJsonDocument(toJson(e, revision)).toJson(QJsonDocument::Indented));
    } else {
        out() << Cli::tr("Title: %1\n").arg(e.title) << Cli::tr("Byline: %1\n").arg(e.byline)
              << Cli::tr("Language: %1\n").arg(e.language) << u'\n' << revision.canonicalText() << u'\n';
    }
    return ExitOk;
}

} // namespace Glossa::Cli
