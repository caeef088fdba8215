// SPDX-License-Identifier: GPL-3.0-or-later
// What every `glossa` sub-command shares: its entry in the command table, and the streams it writes.
// A sub-command lives in its own file (e.g. listcommand.cpp) and is added to the table in cli.cpp.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Glossa::Ingest {
class HtmlExtractorProvider;
}
namespace Glossa::Export {
class PdfPrinter;
}

namespace Glossa::Cli {

// What a command gets from whoever runs it, besides its arguments.
struct Context {
    // Reads HTML pages with a web engine. Null in the headless `glossa`, which hands commands that
    // need it (needsWebEngine) to the executable that has one; given none, HTML is refused with a
    // sentence saying why.
    Ingest::HtmlExtractorProvider *html = nullptr;
    // Prints annotated PDFs with a web engine (`glossa export --format pdf`, handed over like
    // `html`); given none, the PDF export says why.
    Export::PdfPrinter *pdf = nullptr;
};

struct Command {
    QStringView name;
    const char *synopsis = nullptr; // one line for `glossa --help`, translated in the "Glossa::Cli::Cli" context
    // args after the command name; returns the exit code
    int (*run)(const QStringList &args, const Context &context) = nullptr;
    // Whether these arguments need the HTML extractor, which runs a web engine: `glossa` then hands
    // over to the window executable, which creates a QApplication (offscreen) and an extractor
    // provider for the command. Null: never.
    bool (*needsWebEngine)(const QStringList &args) = nullptr;
};

// The commands, in the order `glossa --help` lists them.
const QList<Command> &commands();

QTextStream &out(); // stdout, UTF-8
QTextStream &err(); // stderr, UTF-8
// What out() and err() hold, written through to the terminal or pipe now (they are otherwise
// written when the command ends): for a command that reports as it goes, so an interrupted run
// has said what it did.
void flushOutput();

// Exit codes shared by all commands.
inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1; // the command ran and failed (unreadable input, damaged library…)
inline constexpr int ExitUsage = 2; // the command line itself is wrong

} // namespace Glossa::Cli
