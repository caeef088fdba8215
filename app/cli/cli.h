// SPDX-License-Identifier: GPL-3.0-or-later
// The headless side of the `glossa` executable: sub-commands (`glossa list`, `glossa show`, …) and
// `--version`. They need no display, print JSON with --json, and report errors on stderr with a
// non-zero exit code and a sentence the user can act on.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Glossa::Ingest {
class HtmlExtractorProvider;
}
namespace Glossa::Export {
class PdfPrinter;
}

namespace Glossa::Cli {

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Cli::Cli)

public:
    // True when these arguments (argv without the program name) ask for a headless command rather
    // than the window: a sub-command name, --version or --help.
    static bool isHeadless(const QStringList &args);

    // True when the command these arguments name needs the web engine (e.g. extracting an HTML file).
    static bool needsWebEngine(const QStringList &args);
    // The arguments with the options every command takes (--library DIR, --library=DIR, --json) moved
    // from before the command's name to after it: `glossa --library DIR --json list` is
    // `glossa list --library DIR --json`. isHeadless, needsWebEngine and run all read this.
    static QStringList normalized(const QStringList &args);

    // Runs the command and returns the process exit code. Needs a QCoreApplication (a QApplication
    // when needsWebEngine()). `html` reads HTML pages and `pdf` prints annotated PDFs; without
    // them, HTML and PDF are refused with a sentence.
    static int run(
        const QStringList &args, Ingest::HtmlExtractorProvider *html = nullptr, Export::PdfPrinter *pdf = nullptr);

    // Organisation, name and version, before any application object exists (both executables).
    static void setApplicationInfo();
    // Qt's own strings and Glossa's, in the user's language (embedded under :/i18n).
    static void installTranslations(QCoreApplication &app);

    static QString usage();
    // What a [[wiki link]] in a note or comment does, and how to name one of several articles with a
    // title (annotate --note and comment --body say it in their usage).
    static QString wikiLinkHelp();
};

} // namespace Glossa::Cli
