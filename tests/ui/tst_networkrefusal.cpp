// SPDX-License-Identifier: GPL-3.0-or-later
// The reader never reaches the network: a local server counts the connections the page makes.
#include "helpers/connectioncounter.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"
#include "reader/readerview.h"
#include "web/readerprofile.h"
#include "web/requestinterceptor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>

using namespace Glossa;

class TstNetworkRefusal : public QObject
{
    Q_OBJECT

    Test::ConnectionCounter m_server;
    QTemporaryDir m_dir;
    Library m_library;
    std::unique_ptr<Ui::ReaderProfile> m_profile;

private Q_SLOTS:
    void initTestCase()
    {
        m_server.listen();
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.path()));
        m_library.addSampleArticles();
        m_profile = std::make_unique<Ui::ReaderProfile>(&m_library);
    }

    void counterSeesARealConnection()
    {
        // Control: the server does count connections, so a zero below means something.
        m_server.checkCountsARealConnection();
    }

    void readerPageLoadsNothingRemote()
    {
        Ui::ReaderView view(m_profile.get());
        view.resize(900, 700);
        view.show();
        QSignalSpy painted(&view, &Ui::ReaderView::articlePainted);
        view.showArticle(m_library.articles().first().id);
        QVERIFY(painted.wait(60'000));

        // Whatever the page tries (an image, a stylesheet, fetch, a beacon), nothing leaves.
        const QString script = QStringLiteral(R"JS(
            (function (base) {
                const img = document.createElement('img'); img.src = base + 'x.png'; document.body.appendChild(img);
                const css = document.createElement('link'); css.rel = 'stylesheet'; css.href = base + 'x.css';
                document.head.appendChild(css);
                fetch(base + 'fetch').catch(() => {});
                navigator.sendBeacon && navigator.sendBeacon(base + 'beacon', 'x');
                return true;
            })('%1')
        )JS")
                                   .arg(m_server.url());
        bool ran = false;
        view.page()->runJavaScript(script, [&](const QVariant &) { ran = true; });
        QTRY_VERIFY(ran);
        QTest::qWait(1500);
        QCOMPARE(m_server.connections, 0);
    }

    void navigationAwayIsRefused()
    {
        Ui::ReaderView view(m_profile.get());
        view.show();
        QSignalSpy finished(view.page(), &QWebEnginePage::loadFinished);
        view.load(QUrl(m_server.url(QStringLiteral("page.html"))));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
        QCOMPARE(finished.last().first().toBool(), false);
        QTest::qWait(500);
        QCOMPARE(m_server.connections, 0);
    }

    void interceptorRefusesWhatCspDoesNotSee()
    {
        // A page without Glossa's policy or navigation rules, whose origin is the server itself, on the
        // same profile: only the profile's interceptor stands between it and the network.
        QWebEnginePage page(m_profile->profile());
        const int blockedBefore = m_profile->interceptor()->blockedCount();
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setHtml(
            QStringLiteral("<img src=\"%1\">").arg(m_server.url(QStringLiteral("y.png"))), QUrl(m_server.url()));
        QVERIFY(loaded.wait(30'000));
        QTest::qWait(1000);
        QCOMPARE(m_server.connections, 0);
        QVERIFY(m_profile->interceptor()->blockedCount() > blockedBefore);
    }

    void cleanupTestCase() { m_profile.reset(); }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstNetworkRefusal)
#include "tst_networkrefusal.moc"
