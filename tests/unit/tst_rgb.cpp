// SPDX-License-Identifier: GPL-3.0-or-later
// Model::Rgb, the palette's GUI-free colour: it reads every name QColor::fromString() read (stored
// palettes load as before) and writes "#rrggbb" in lower case as QColor::name() did.
#include "model/rgb.h"

#include <QColor>
#include <QTest>

using namespace Glossa::Model;

namespace QTest {
template<> char *toString(const Rgb &rgb)
{
    return qstrdup(rgb.isValid() ? qPrintable(rgb.name()) : "no colour");
}
} // namespace QTest

class TstRgb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Rgb>("expected"); // an invalid Rgb: refused
        QTest::addRow("rrggbb") << QStringLiteral("#102030") << Rgb(0x10, 0x20, 0x30);
        QTest::addRow("upper case") << QStringLiteral("#ABCDEF") << Rgb(0xab, 0xcd, 0xef);
        QTest::addRow("mixed case") << QStringLiteral("#aBcDeF") << Rgb(0xab, 0xcd, 0xef);
        QTest::addRow("black") << QStringLiteral("#000000") << Rgb(0, 0, 0);
        QTest::addRow("white") << QStringLiteral("#ffffff") << Rgb(0xff, 0xff, 0xff);
        QTest::addRow("rgb") << QStringLiteral("#f0a") << Rgb(0xff, 0x00, 0xaa);
        QTest::addRow("aarrggbb drops the alpha") << QStringLiteral("#80102030") << Rgb(0x10, 0x20, 0x30);
        QTest::addRow("rrrgggbbb") << QStringLiteral("#fff800000") << Rgb(0xff, 0x80, 0x00);
        QTest::addRow("rrrrggggbbbb") << QStringLiteral("#ffff80000000") << Rgb(0xff, 0x80, 0x00);
        QTest::addRow("svg name") << QStringLiteral("steelblue") << Rgb(0x46, 0x82, 0xb4);
        QTest::addRow("svg name, any case and spaces") << QStringLiteral("Steel Blue") << Rgb(0x46, 0x82, 0xb4);
        QTest::addRow("transparent is black") << QStringLiteral("transparent") << Rgb(0, 0, 0);
        QTest::addRow("empty") << QString() << Rgb();
        QTest::addRow("hash alone") << QStringLiteral("#") << Rgb();
        QTest::addRow("no hash") << QStringLiteral("102030") << Rgb();
        QTest::addRow("not hex") << QStringLiteral("#10203g") << Rgb();
        QTest::addRow("bad alpha") << QStringLiteral("#zz102030") << Rgb();
        QTest::addRow("too short") << QStringLiteral("#10203") << Rgb();
        QTest::addRow("too long") << QStringLiteral("#1020304050607") << Rgb();
        QTest::addRow("space inside hex") << QStringLiteral("#10 203") << Rgb();
        QTest::addRow("leading space") << QStringLiteral(" #102030") << Rgb();
        QTest::addRow("unknown name") << QStringLiteral("blurple") << Rgb();
        QTest::addRow("not ascii") << QStringLiteral("r\u00e9d") << Rgb();
    }

    void readsNames()
    {
        QFETCH(QString, name);
        QFETCH(Rgb, expected);
        QCOMPARE(Rgb::fromName(name).value_or(Rgb()), expected);
        QCOMPARE(Rgb::fromName(name).has_value(), expected.isValid());
    }

    void writesLowerCaseHex()
    {
        QCOMPARE(Rgb(0xab, 0xcd, 0xef).name(), QStringLiteral("#abcdef"));
        QCOMPARE(Rgb(0x01, 0x02, 0x03).name(), QStringLiteral("#010203"));
        QCOMPARE(Rgb::fromName(u"#ABCDEF")->name(), QStringLiteral("#abcdef"));
        QCOMPARE(Rgb().name(), QStringLiteral("#000000"));
        QVERIFY(!Rgb().isValid());
        QVERIFY(Rgb(0, 0, 0).isValid());
        QVERIFY(Rgb() != Rgb(0, 0, 0));
    }

    // Stored palettes were read with QColor::fromString() and written with QColor::name().
    void agreesWithQColor()
    {
        QStringList names = QColor::colorNames();
        names << QStringLiteral("#") << QStringLiteral("#12") << QStringLiteral("#1234") << QStringLiteral("#12345")
              << QStringLiteral("#1234567") << QStringLiteral("#12345678") << QStringLiteral("#ABCdef")
              << QStringLiteral("Alice Blue") << QStringLiteral("ALICEBLUE") << QStringLiteral("alice\tblue")
              << QStringLiteral("nosuchcolour") << QStringLiteral("#ggg") << QString();
        for (int v = 0; v < 0x1000; ++v) {
            const QString three = QStringLiteral("%1").arg(v, 3, 16, QLatin1Char('0'));
            names << u'#' + three + three + three;
            const QString four = QStringLiteral("%1").arg(v * 16 + v % 16, 4, 16, QLatin1Char('0'));
            names << u'#' + four + four + four;
        }
        for (int v = 0; v < 0x100; ++v) {
            const QString two = QStringLiteral("%1").arg(v, 2, 16, QLatin1Char('0'));
            names << u'#' + two + two + two << u'#' + two + two.toUpper() + two;
        }
        for (int v = 0; v < 0x10; ++v) {
            const QString one = QString::number(v, 16);
            names << u'#' + one + one + one;
        }
        for (const QString &name : std::as_const(names)) {
            const QColor color = QColor::fromString(name);
            const std::optional<Rgb> rgb = Rgb::fromName(name);
            QVERIFY2(rgb.has_value() == color.isValid(), qPrintable(name));
            if (rgb) {
                QVERIFY2(rgb->name() == color.name(QColor::HexRgb), qPrintable(name));
                QCOMPARE(rgb->red(), color.red());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstRgb)
#include "tst_rgb.moc"
