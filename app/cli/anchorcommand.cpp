// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchorcommand.h"

#include "anchor/reanchor.h"
#include "command.h"
#include "ingest/importer.h"
#include "ingest/inputfile.h"
#include "selectorlines.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace Glossa::Cli {

namespace {

// Selectors files are a line per annotation: this is millions of them.
constexpr qint64 MaxSelectorBytes = qint64(256) * 1024 * 1024;

// The translation context of this command's messages.
class AnchorCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Cli::AnchorCommand)
};

// Read once, never more than `limit` bytes (a pipe or /dev/zero says no size beforehand).
std::optional<QByteArray> readFile(const QString &path, qint64 limit, const QString &largest, QString *error)
{
    const Result<QByteArray> bytes = Ingest::InputFile::read(path, limit, largest);
    if (!bytes) {
        *error = AnchorCommand::tr("glossa anchor: cannot read '%1': %2. Check the path and its permissions.\n")
                     .arg(path, bytes.error().message);
        return std::nullopt;
    }
    return *bytes;
}

QString resultLine(const Model::Anchor &a)
{
    if (!a.isAnchored()) {
        return QStringLiteral("{\"start\":null,\"end\":null,\"score\":%1,\"status\":\"orphan\"}\n")
            .arg(a.score, 0, 'f', 4);
    }
    return QStringLiteral("{\"start\":%1,\"end\":%2,\"score\":%3,\"status\":\"%4\"}\n")
        .arg(a.start)
        .arg(a.end)
        .arg(a.score, 0, 'f', 4)
        .arg(Model::anchorStatusName(a.status));
}

} // namespace

int runAnchor(const QStringList &args, const Context &)
{
    QString textPath;
    QString selectorsPath;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--help" || a == u"-h") {
            out() << AnchorCommand::tr(
                "Usage: glossa anchor --text FILE --selectors FILE.jsonl\n"
                "Anchors W3C selectors on a text (for instance a new version of an article) and prints one JSON "
                "line for each line read: {\"start\", \"end\", \"score\", \"status\"}, with status exact, fuzzy or "
                "orphan (start and end null) and offsets in UTF-16 code units of FILE.\n"
                "Each line of FILE.jsonl is a JSON object with its selectors under \"selector\" or, as "
                "glossa show --json writes them, \"selectors\": a TextQuoteSelector {exact, prefix, suffix}, a "
                "TextPositionSelector {start, end}, or an array with both. A line that is not such an object is an "
                "error naming the line, and nothing is printed.\n");
            out().flush();
            return ExitOk;
        }
        if ((a == u"--text" || a == u"--selectors") && i + 1 < args.size()) {
            (a == u"--text" ? textPath : selectorsPath) = args[++i];
        } else {
            err() << AnchorCommand::tr("glossa anchor: unexpected argument '%1'.\n"
                                       "Usage: glossa anchor --text FILE --selectors FILE.jsonl\n")
                         .arg(a);
            return ExitUsage;
        }
    }
    if (textPath.isEmpty() || selectorsPath.isEmpty()) {
        err() << AnchorCommand::tr("glossa anchor: both --text FILE and --selectors FILE.jsonl are needed.\n"
                                   "Usage: glossa anchor --text FILE --selectors FILE.jsonl\n");
        return ExitUsage;
    }
    QString error;
    const std::optional<QByteArray> textBytes
        = readFile(textPath, Ingest::Importers::MaxSourceBytes, Ingest::Importers::largestArticle(), &error);
    const std::optional<QByteArray> selectorBytes = textBytes
        ? readFile(
              selectorsPath, MaxSelectorBytes, AnchorCommand::tr("the largest selectors file Glossa reads"), &error)
        : std::nullopt;
    if (!textBytes || !selectorBytes) {
        err() << error;
        return ExitFailure;
    }
    // The text is used exactly as given (a byte-order mark included), so offsets match the caller's.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    const QString text = decoder.decode(*textBytes);

    const SelectorLines lines = readSelectorLines(*selectorBytes, selectorsPath);
    const QList<Model::Selector> &selectors = lines.selectors;
    const QStringList &problems = lines.problems;
    // Nothing is anchored from a file with bad lines: the output would no longer match it line for line.
    if (!problems.isEmpty()) {
        constexpr qsizetype shown = 20;
        for (const QString &p : problems.first(std::min(shown, problems.size()))) {
            err() << p;
        }
        if (problems.size() > shown) {
            err() << AnchorCommand::tr(
                "glossa anchor: %n more unreadable line(s).\n", nullptr, int(problems.size() - shown));
        }
        err() << AnchorCommand::tr("glossa anchor: each line must be a JSON object with its W3C selectors under "
                                   "\"selector\" or \"selectors\" (see glossa anchor --help).\n");
        return ExitFailure;
    }
    const QList<Anchor::Reanchored> results = Anchor::reanchor(text, selectors);
    QTextStream &o = out();
    for (const Anchor::Reanchored &r : results) {
        o << resultLine(r.anchor);
    }
    o.flush();
    return ExitOk;
}

} // namespace Glossa::Cli
