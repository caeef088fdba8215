// SPDX-License-Identifier: GPL-3.0-or-later
// The page the startup and memory benchmarks show in a bare QWebEngineView (bench/barepage) is the
// page users get: every reader script loads and runs, with no script error on the console.
#include "barepage.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"

#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineView>

using namespace Glossa;

namespace {

class ConsolePage final : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

    QStringList errors;
    bool painted = false;

protected:
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString &message, int line, const QString &source) override
    {
        if (level == ErrorMessageLevel) {
            errors << QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message);
        }
        if (message == Bench::BarePagePainted) {
            painted = true;
        }
    }
};

} // namespace

class TstBarePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barePageRunsEveryReaderScriptWithoutAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir.filePath(QStringLiteral("library"))));
        library.addSampleArticles();
        library.addSampleAnnotations();
        QVERIFY(!library.articles().isEmpty());
        const QString page = Bench::writeBarePage(dir.path(), library, library.articles().first().id);
        QVERIFY(!page.isEmpty());

        // Shown at the size of the bare process's view: a page that is not shown paints no frames.
        QWebEngineView view;
        auto *web = new ConsolePage(&view);
        view.setPage(web);
        view.resize(1000, 800);
        view.show();
        web->load(QUrl::fromLocalFile(page));
        QTRY_VERIFY_WITH_TIMEOUT(web->painted || !web->errors.isEmpty(), 60'000);
        // Scripts still running after the probe (reading position, note list) get a moment too.
        QTest::qWait(300);
        QVERIFY2(web->errors.isEmpty(), qPrintable(web->errors.join(u'\n')));

        // Every script in the reader's list ran: each defines its module, and reader.js indexed the text.
        QVariant ran;
        bool done = false;
        web->runJavaScript(QStringLiteral("[typeof GlossaText, typeof GlossaHighlights, typeof GlossaMargin,"
                                          " typeof GlossaNavigation, typeof GlossaNoteList, typeof GlossaReading,"
                                          " GlossaText.blocks().length > 0].join(' ')"),
            [&](const QVariant &v) {
                ran = v;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
        QCOMPARE(ran.toString(), QStringLiteral("object object object object object object true"));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstBarePage)
#include "tst_barepage.moc"
