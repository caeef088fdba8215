// SPDX-License-Identifier: GPL-3.0-or-later
// The `glossa` executable: headless sub-commands go to the app layer's CLI; otherwise the window.
#include "cli/cli.h"
#include "glossascheme.h"
#include "htmlextractor.h"
#include "library/library.h"
#include "mainwindow.h"
#include "screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Glossa"));
    QCoreApplication::setApplicationName(QStringLiteral("glossa"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSSA_VERSION));
}

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
        args << QString::fromLocal8Bit(argv[i]);
    }
    return args;
}

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
    auto *glossa = new QTranslator(&app);
    if (glossa->load(QLocale(), QStringLiteral("glossa"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(glossa);
    }
}

} // namespace

int main(int argc, char **argv)
{
    setApplicationInfo();
    const QStringList args = argumentsOf(argc, argv);
    if (Glossa::Cli::Cli::isHeadless(args)) {
        if (!Glossa::Cli::Cli::needsWebEngine(args)) {
            QCoreApplication app(argc, argv);
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
        QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        QApplication app(argc, argv);
        Glossa::Ui::registerHtmlExtractor(); // created only if an HTML page is actually read
        const int code = Glossa::Cli::Cli::run(args);
        Glossa::Ingest::resetHtmlExtractor(); // the web page must go before the application
        return code;
    }

    const bool screenshot = args.contains(QStringLiteral("--screenshot"));
    if (screenshot && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a screenshot needs no screen
    }
    Glossa::Ui::registerGlossaScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Glossa"));
    QApplication::setDesktopFileName(QStringLiteral("org.glossa.Glossa"));
    installTranslations(app);
    Glossa::Ui::registerHtmlExtractor();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Read, annotate and discuss articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
                                           QCoreApplication::translate("main", "Use the library in DIR."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window once the article is painted, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption articleOption(
        QStringLiteral("article"), QCoreApplication::translate("main", "Show the Nth article of the library (from 1)."),
        QStringLiteral("N"));
    parser.addOptions({libraryOption, screenshotOption, articleOption});
    parser.process(app);

    int articleRow = 0;
    if (parser.isSet(articleOption)) {
        bool ok = false;
        articleRow = parser.value(articleOption).toInt(&ok) - 1;
        if (!ok || articleRow < 0) {
            std::fprintf(stderr, "%s\n",
                         qUtf8Printable(QCoreApplication::translate(
                             "main", "glossa: --article takes a number from 1, not '%1'.")
                                            .arg(parser.value(articleOption))));
            return 2;
        }
    }

    Glossa::Library library;
    library.addSampleArticles();
    if (articleRow >= library.articles().size()) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "glossa: the library has only %n article(s).",
                                                                nullptr, int(library.articles().size()))));
        return 2;
    }

    Glossa::Ui::MainWindow window(&library);
    if (parser.isSet(screenshotOption)) {
        Glossa::Ui::takeScreenshotWhenPainted(&window, parser.value(screenshotOption));
    }
    window.openArticleAt(articleRow);
    window.show();
    const int code = app.exec();
    Glossa::Ingest::resetHtmlExtractor();
    return code;
}
