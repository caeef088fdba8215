// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa --screenshot`: the window with the library list and a painted article, as a PNG.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TstScreenshot : public QObject
{
    Q_OBJECT

    static int distinctColours(const QImage &image, const QRect &area)
    {
        QSet<QRgb> colours;
        for (int y = area.top(); y <= area.bottom(); y += 2) {
            for (int x = area.left(); x <= area.right(); x += 2) {
                colours.insert(image.pixel(x, y));
            }
        }
        return int(colours.size());
    }

private Q_SLOTS:
    void screenshotShowsListAndArticle_data()
    {
        QTest::addColumn<int>("article");
        QTest::addRow("welcome") << 1;
        QTest::addRow("code sample") << 3;
    }

    void screenshotShowsListAndArticle()
    {
        QFETCH(int, article);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(GLOSSA_EXECUTABLE),
            {QStringLiteral("--library"), dir.filePath(QStringLiteral("library")), QStringLiteral("--screenshot"), png,
                QStringLiteral("--article"), QString::number(article)});
        QVERIFY(p.waitForFinished(120'000));
        QCOMPARE(p.exitCode(), 0);

        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // The library list (left) and the article (right) both show text, not a blank surface:
        // anti-aliased glyphs make many distinct colours.
        const QRect list(0, 0, image.width() / 6, image.height() / 4);
        const QRect reader(image.width() / 3, image.height() / 8, image.width() / 2, image.height() * 3 / 4);
        QVERIFY2(distinctColours(image, list) > 8, "the library list looks empty");
        QVERIFY2(distinctColours(image, reader) > 30, "the article looks blank");
    }

    void unwritablePathFailsClearly()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(GLOSSA_EXECUTABLE),
            {QStringLiteral("--library"), dir.path(), QStringLiteral("--screenshot"),
                QStringLiteral("/nonexistent-dir/shot.png")});
        QVERIFY(p.waitForFinished(120'000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("could not write the screenshot")));
    }

    void articleOutOfRangeIsRefused()
    {
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral(GLOSSA_EXECUTABLE),
            {QStringLiteral("--library"), dir.path(), QStringLiteral("--screenshot"),
                dir.filePath(QStringLiteral("x.png")), QStringLiteral("--article"), QStringLiteral("99")});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("the library has only")));
    }
};

QTEST_GUILESS_MAIN(TstScreenshot)
#include "tst_screenshot.moc"
