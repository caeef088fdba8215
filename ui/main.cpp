// SPDX-License-Identifier: GPL-3.0-or-later
// The `glossa-window` executable: the window, and the sub-commands that need the web engine (reading
// HTML). Users start `glossa` (app/cli/main.cpp), which runs the other sub-commands without loading
// Widgets or WebEngine and hands everything else over to this program with the same arguments.
#include "cli/cli.h"
#include "cli/librarycommands.h"
#include "export/webenginepdfprinter.h"
#include "ingest/htmlextractor.h"
#include "ingest/inputfile.h"
#include "library/library.h"
#include "library/libraryopener.h"
#include "mainwindow.h"
#include "preferences/theme.h"
#include "reader/readerview.h"
#include "screenshot.h"
#include "search/searchfacetbar.h"
#include "search/searchpanel.h"
#include "search/searchui.h"
#include "store/backgroundbackup.h"
#include "store/librarystore.h"
#include "web/glossascheme.h"
#include "web/htmlextractor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QLineEdit>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// Headless commands print a result or a one-line reason; the web engine's start-up chatter (GPU,
// sandbox, spell-check dictionaries) would bury it. Glossa's own messages still go through, and
// QT_LOGGING_RULES or GLOSSA_ENGINE_LOG=1 bring the engine's back for debugging.
void quietEngineMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool ours = context.category && std::strncmp(context.category, "glossa", 6) == 0;
    if (!ours && type != QtFatalMsg) {
        return;
    }
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args << Glossa::Ingest::InputFile::fromArgument(argv[i]); // file names in any bytes stay found
    }
    return args;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart; // startup probe (see --print-startup-ms)
    sinceStart.start();
    Glossa::Cli::Cli::setApplicationInfo();
    const QStringList args = argumentsOf(argc, argv);
    if (Glossa::Cli::Cli::isHeadless(args)) {
        if (!Glossa::Cli::Cli::needsWebEngine(args)) {
            QCoreApplication app(argc, argv);
            Glossa::Cli::Cli::installTranslations(app);
            return Glossa::Cli::Cli::run(args);
        }
        // Extracting HTML needs the web engine, hence a QApplication; headless commands
        // never show anything, so it is always offscreen, with or without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("GLOSSA_ENGINE_LOG") && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
            qInstallMessageHandler(quietEngineMessages);
            // Chromium's own log goes straight to stderr; keep only its fatal errors.
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", QByteArray(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + " --log-level=3"));
        }
        Glossa::Ui::registerGlossaScheme(); // the PDF export prints the reader page
        QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        QApplication app(argc, argv);
        Glossa::Cli::Cli::installTranslations(app);
        // The web pages are created only if an HTML page is actually read or a PDF printed, and go
        // before the application does.
        Glossa::Ingest::HtmlExtractorProvider html(&Glossa::Ui::newHtmlPageExtractor);
        Glossa::Ui::WebEnginePdfPrinter pdf;
        return Glossa::Cli::Cli::run(args, &html, &pdf);
    }

    const bool screenshot = args.contains(QStringLiteral("--screenshot"));
    if (screenshot && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a screenshot needs no screen
    }
    Glossa::Ui::registerGlossaScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Glossa"));
    QApplication::setDesktopFileName(QStringLiteral("org.glossa.Glossa"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.glossa.Glossa"), QIcon(QStringLiteral(":/icons/org.glossa.Glossa.svg"))));
    Glossa::Cli::Cli::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Read, annotate and discuss articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
        QCoreApplication::translate("main", "Use the library in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
            "Save a PNG of the window once the article is painted (or, for a FILE ending in .pdf, the article "
            "as it prints), then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption annotationOption(QStringLiteral("annotation"),
        QCoreApplication::translate(
            "main", "With --screenshot, scroll to the Nth highlight of the article in text order (from 1)."),
        QStringLiteral("N"));
    const QCommandLineOption articleOption(QStringLiteral("article"),
        QCoreApplication::translate("main", "Show the Nth article of the library (from 1)."), QStringLiteral("N"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
        QCoreApplication::translate("main", "Use the light or dark theme this time (light, dark or system)."),
        QStringLiteral("THEME"));
    const QCommandLineOption discussionOption(
        QStringLiteral("discussion"), QCoreApplication::translate("main", "Open with the Discussion pane shown."));
    const QCommandLineOption searchOption(QStringLiteral("search"),
        QCoreApplication::translate("main", "Open with the library searched for QUERY."), QStringLiteral("QUERY"));
    const QCommandLineOption searchColorOption(QStringLiteral("search-color"),
        QCoreApplication::translate("main", "With --search: only highlights of this colour (its name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption paneOption(QStringLiteral("pane"),
        QCoreApplication::translate("main", "Open with a pane shown: discussion, links or related."),
        QStringLiteral("NAME"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QCoreApplication::translate("main", "Open the window WIDTHxHEIGHT pixels large (e.g. 683x768)."),
        QStringLiteral("WIDTHxHEIGHT"));
    // For the startup benchmark: print the milliseconds from this program's main() (after `glossa`
    // handed over) to the first painted article, then quit.
    QCommandLineOption startupProbeOption(QStringLiteral("print-startup-ms"));
    startupProbeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // For the documentation and the tests: a PNG of the question asked when another Glossa holds the
    // library (answered Close), as --screenshot pictures the window.
    QCommandLineOption dialogScreenshotOption(QStringLiteral("dialog-screenshot"), QString(), QStringLiteral("FILE"));
    dialogScreenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({libraryOption, screenshotOption, articleOption, annotationOption, themeOption, discussionOption,
        paneOption, searchOption, searchColorOption, sizeOption, startupProbeOption, dialogScreenshotOption});
    parser.process(app);

    // The theme chosen in the preferences, or for this run only with --theme.
    Glossa::Ui::Theme::Choice theme = Glossa::Ui::Theme::stored();
    if (parser.isSet(themeOption)) {
        const QString name = parser.value(themeOption);
        if (name != u"light" && name != u"dark" && name != u"system") {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(
                    QCoreApplication::translate("main", "glossa: --theme takes light, dark or system, not '%1'.")
                        .arg(name)));
            return 2;
        }
        theme = Glossa::Ui::Theme::fromName(name);
    }
    Glossa::Ui::Theme::apply(theme);

    if (parser.isSet(paneOption)
        && !QStringList {QStringLiteral("discussion"), QStringLiteral("links"), QStringLiteral("related")}.contains(
            parser.value(paneOption))) {
        std::fprintf(stderr, "%s\n",
            qUtf8Printable(
                QCoreApplication::translate("main", "glossa: --pane takes discussion, links or related, not '%1'.")
                    .arg(parser.value(paneOption))));
        return 2;
    }

    int articleRow = 0;
    if (parser.isSet(articleOption)) {
        bool ok = false;
        articleRow = parser.value(articleOption).toInt(&ok) - 1;
        if (!ok || articleRow < 0) {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(QCoreApplication::translate("main", "glossa: --article takes a number from 1, not '%1'.")
                        .arg(parser.value(articleOption))));
            return 2;
        }
    }

    QSize windowSize;
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(u'x');
        bool okWidth = false;
        bool okHeight = false;
        if (parts.size() == 2) {
            windowSize = QSize(parts[0].toInt(&okWidth), parts[1].toInt(&okHeight));
        }
        if (!okWidth || !okHeight || windowSize.width() < 200 || windowSize.height() < 200) {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(QCoreApplication::translate(
                    "main", "glossa: --size takes WIDTHxHEIGHT in pixels, each at least 200, not '%1'.")
                        .arg(parser.value(sizeOption))));
            return 2;
        }
    }

    int annotation = 0;
    if (parser.isSet(annotationOption)) {
        bool ok = false;
        annotation = parser.value(annotationOption).toInt(&ok);
        if (!ok || annotation < 1) {
            std::fprintf(stderr, "%s\n",
                qUtf8Printable(
                    QCoreApplication::translate("main", "glossa: --annotation takes a number from 1, not '%1'.")
                        .arg(parser.value(annotationOption))));
            return 2;
        }
    }

    const bool probe = parser.isSet(startupProbeOption);
    auto phase = [&](const char *name) {
        if (probe) {
            std::printf("# %s at %.1f ms\n", name, double(sinceStart.nsecsElapsed()) / 1e6);
        }
    };
    phase("application created");
    Glossa::Library library;
    const QString libraryDir
        = parser.isSet(libraryOption) ? parser.value(libraryOption) : Glossa::Library::defaultDirectory();
    Glossa::Ui::LibraryOpenOptions openOptions;
    openOptions.interactive = !parser.isSet(screenshotOption);
    openOptions.dialogScreenshot = parser.value(dialogScreenshotOption);
    if (!Glossa::Ui::openWindowLibrary(library, libraryDir, openOptions)) {
        return openOptions.dialogScreenshot.isEmpty() ? 1 : 0;
    }
    if (!openOptions.dialogScreenshot.isEmpty()) {
        std::fprintf(stderr, "glossa: no other Glossa holds the library, so there is no question to picture.\n");
        return 1;
    }
    if (articleRow >= library.articles().size()) {
        std::fprintf(stderr, "%s\n",
            qUtf8Printable(QCoreApplication::translate(
                "main", "glossa: the library has only %n article(s).", nullptr, int(library.articles().size()))));
        return 2;
    }

    phase("library open");
    Glossa::Ui::MainWindow window(&library);
    phase("window created");
    if (parser.isSet(screenshotOption)) {
        Glossa::Ui::takeScreenshotWhenPainted(&window, parser.value(screenshotOption), annotation);
    }
    if (probe) {
        QObject::connect(
            window.reader(), &Glossa::Ui::ReaderView::articlePainted, &app,
            [&sinceStart] {
                std::printf("startup_ms %.1f\n", double(sinceStart.nsecsElapsed()) / 1e6);
                std::fflush(stdout);
                // The memory benchmark measures the running process and ends it itself.
                if (!qEnvironmentVariableIsSet("GLOSSA_STARTUP_HOLD")) {
                    QCoreApplication::quit();
                }
            },
            Qt::SingleShotConnection);
    }
    window.openArticleAt(articleRow);
    if (windowSize.isValid()) {
        window.resize(windowSize);
    }
    window.show();
    // The daily backup, left to now by openWindowLibrary(): copying a large library takes seconds, which the
    // window spends working rather than frozen.
    Glossa::Store::BackgroundBackup backup;
    if (Glossa::Store::LibraryStore *store = library.store(); store && store->dailyBackupDue()) {
        backup.start(store->databasePath(), store->backupDirectory(), store->backupPolicy());
    }
    if (parser.isSet(discussionOption)) {
        window.showDiscussion();
    }
    if (parser.isSet(paneOption)) {
        window.showPane(parser.value(paneOption));
    }
    if (parser.isSet(searchOption)) {
        Glossa::Ui::SearchPanel *search = window.search()->panel();
        search->field()->setText(parser.value(searchOption));
        search->searchNow();
        if (parser.isSet(searchColorOption)) {
            search->facets()->choose(Glossa::Ui::SearchFacetBar::Facet::Color, parser.value(searchColorOption), true);
        }
    }
    return app.exec();
}
