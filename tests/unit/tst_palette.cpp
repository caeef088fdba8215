// SPDX-License-Identifier: GPL-3.0-or-later
// The highlight palette: colours with meanings, keys 1–6, editable and stored as JSON.
#include "model/palette.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Glossa::Model;

class TstPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsCarryMeanings()
    {
        const Palette p = Palette::defaults();
        QCOMPARE(p.colors().size(), 6);
        QCOMPARE(p.forKey(1)->name, QStringLiteral("important"));
        QCOMPARE(p.forKey(2)->name, QStringLiteral("agree"));
        QCOMPARE(p.forKey(6)->name, QStringLiteral("follow-up"));
        QVERIFY(!p.forKey(0));
        QVERIFY(!p.forKey(7));
        QCOMPARE(p.displayLabel(*p.color(QStringLiteral("definition"))), QStringLiteral("Definition"));
    }

    void aColourNameIsShownByItsMeaningEvenAfterItLeftThePalette()
    {
        Palette p = Palette::defaults();
        QCOMPARE(p.labelFor(QStringLiteral("agree")), QStringLiteral("Agree"));
        QVERIFY(p.set({QStringLiteral("agree"), QStringLiteral("Convincing"), Rgb(0x00, 0x80, 0x00)}));
        QCOMPARE(p.labelFor(QStringLiteral("agree")), QStringLiteral("Convincing"));
        // Highlights keep their colour name when the colour is removed: the name is what is left.
        QVERIFY(p.remove(QStringLiteral("agree")));
        QCOMPARE(p.labelFor(QStringLiteral("agree")), QStringLiteral("agree"));
    }

    void userColoursAndLabels()
    {
        Palette p = Palette::defaults();
        QVERIFY(p.set({QStringLiteral("evidence"), QStringLiteral("Evidence for the thesis"), Rgb(0x33, 0x99, 0x66)}));
        QCOMPARE(p.colors().size(), 7);
        QCOMPARE(p.displayLabel(*p.color(QStringLiteral("evidence"))), QStringLiteral("Evidence for the thesis"));
        // Replacing keeps the position (so keys 1–6 do not move).
        QVERIFY(p.set({QStringLiteral("agree"), QStringLiteral("Convincing"), Rgb(0x00, 0x80, 0x00)}));
        QCOMPARE(p.forKey(2)->label, QStringLiteral("Convincing"));
        QVERIFY(!p.set({QStringLiteral("bad name!"), {}, Rgb(0xff, 0x00, 0x00)}));
        QVERIFY(!p.set({QStringLiteral(""), {}, Rgb(0xff, 0x00, 0x00)}));
        QVERIFY(!p.set({QStringLiteral("nocolor"), {}, Rgb()}));
        QVERIFY(p.remove(QStringLiteral("evidence")));
        QVERIFY(!p.remove(QStringLiteral("evidence")));
    }

    void jsonRoundTripAndBadInput()
    {
        Palette p = Palette::defaults();
        p.set({QStringLiteral("evidenza"), QStringLiteral("Prova"), Rgb(0x12, 0x34, 0x56)});
        const Palette back = Palette::fromJson(p.toJson());
        QCOMPARE(back.colors(), p.colors());
        // Malformed entries are skipped, an empty palette falls back to the defaults.
        const QJsonArray junk = QJsonDocument::fromJson(
            "[{\"name\":\"ok\",\"color\":\"#102030\"},{\"name\":\"x y\",\"color\":\"#000000\"},"
            "{\"name\":\"nocolour\"},42]")
                                    .array();
        const Palette partial = Palette::fromJson(junk);
        QCOMPARE(partial.colors().size(), 1);
        QCOMPARE(partial.colors().first().color, Rgb(0x10, 0x20, 0x30));
        QCOMPARE(Palette::fromJson({}).colors(), Palette::defaults().colors());
    }
};

QTEST_GUILESS_MAIN(TstPalette)
#include "tst_palette.moc"
