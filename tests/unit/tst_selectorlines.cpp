// SPDX-License-Identifier: GPL-3.0-or-later
// The selectors file of `glossa anchor` (Cli::readSelectorLines): a JSON object per line, each bad
// line named with its number and what is wrong, and positions no text can have refused, not
// converted (1e300 as an offset was undefined behaviour, found by tools/dev fuzz selectors).
#include "cli/selectorlines.h"

#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

class TstSelectorLines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesGiveTheirSelectors()
    {
        const Cli::SelectorLines lines = Cli::readSelectorLines(
            "{\"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"porto\", \"prefix\": \"il \"},"
            " {\"type\": \"TextPositionSelector\", \"start\": 4, \"end\": 9.5}]}\r\n"
            "{\"selectors\": {\"type\": \"TextPositionSelector\", \"start\": 0, \"end\": 3}}\n",
            u"a.jsonl"_s);
        QCOMPARE(lines.problems, QStringList {});
        QCOMPARE(lines.selectors.size(), 2);
        QCOMPARE(lines.selectors[0].exact, u"porto"_s);
        QCOMPARE(lines.selectors[0].prefix, u"il "_s);
        QCOMPARE(lines.selectors[0].start, 4);
        QCOMPARE(lines.selectors[0].end, 9);
        QCOMPARE(lines.selectors[1].start, 0);
        QCOMPARE(lines.selectors[1].end, 3);
    }

    void positionsNoTextHasAreRefused_data()
    {
        QTest::addColumn<QByteArray>("position");
        QTest::addRow("past any text") << QByteArray("\"start\": 1e300, \"end\": 1e301");
        QTest::addRow("end past any text") << QByteArray("\"start\": 0, \"end\": 1e19");
        QTest::addRow("negative") << QByteArray("\"start\": -1, \"end\": 3");
        QTest::addRow("ending before it starts") << QByteArray("\"start\": 5, \"end\": 3");
        QTest::addRow("not a number") << QByteArray("\"start\": \"0\", \"end\": 3");
    }

    void positionsNoTextHasAreRefused()
    {
        QFETCH(QByteArray, position);
        const QByteArray file = "{\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"porto\"}}\n"
                                "{\"selector\": {\"type\": \"TextPositionSelector\", "
            + position + "}}\n";
        const Cli::SelectorLines lines = Cli::readSelectorLines(file, u"b.jsonl"_s);
        QCOMPARE(lines.problems,
            QStringList {u"glossa anchor: b.jsonl: line 2: its TextPositionSelector needs numbers \"start\" ≤ \"end\", "
                         "from 0.\n"_s});
    }
};

QTEST_GUILESS_MAIN(TstSelectorLines)
#include "tst_selectorlines.moc"
