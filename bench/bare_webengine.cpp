// SPDX-License-Identifier: GPL-3.0-or-later
// The floor Glossa's startup is compared with (bench_reader): a bare QWebEngineView process showing a
// local page, printing `startup_ms N` (from main()) when the page logs that it is painted, then quitting.
// Usage: bare_webengine PAGE.html
#include <QApplication>
#include <QElapsedTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineView>

#include <cstdio>

namespace {

class ProbePage final : public QWebEnginePage
{
public:
    ProbePage(QElapsedTimer *sinceStart, QObject *parent)
        : QWebEnginePage(parent)
        , m_sinceStart(sinceStart)
    {
    }

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int, const QString &) override
    {
        if (message == u"glossa-bare-painted") {
            std::printf("startup_ms %.1f\n", double(m_sinceStart->nsecsElapsed()) / 1e6);
            std::fflush(stdout);
            if (!qEnvironmentVariableIsSet("GLOSSA_STARTUP_HOLD")) { // see bench_reader's memory figure
                QCoreApplication::quit();
            }
        }
    }

private:
    QElapsedTimer *m_sinceStart;
};

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (app.arguments().size() < 2) {
        std::fprintf(stderr, "usage: bare_webengine PAGE.html\n");
        return 2;
    }
    QWebEngineView view;
    view.setPage(new ProbePage(&sinceStart, &view));
    // The size of Glossa's reader in its default window.
    view.resize(1000, 800);
    view.load(QUrl::fromLocalFile(app.arguments().at(1)));
    view.show();
    return app.exec();
}
