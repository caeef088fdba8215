// SPDX-License-Identifier: GPL-3.0-or-later
// Find in article: case and accents folded, ranges in the original text's UTF-16 offsets.
#include "search/findintext.h"

#include <QFile>
#include <QTest>

using namespace Glossa::Search;

namespace {
// The text each range covers, to compare with what a reader sees marked.
QStringList covered(const QString &text, const QList<TextRange> &ranges)
{
    QStringList out;
    for (const TextRange &r : ranges) {
        out << text.mid(r.start, r.end - r.start);
    }
    return out;
}
} // namespace

class TstFindInText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("found");
        QTest::addRow("italian, accent typed without")
            << QStringLiteral("La Libertà di stampa. La libertà è fragile; LIBERTA!") << QStringLiteral("liberta")
            << QStringList {QStringLiteral("Libertà"), QStringLiteral("libertà"), QStringLiteral("LIBERTA")};
        QTest::addRow("italian, accent typed with") << QStringLiteral("perché e perche") << QStringLiteral("PERCHÉ")
                                                    << QStringList {QStringLiteral("perché"), QStringLiteral("perche")};
        QTest::addRow("french capital with accent")
            << QStringLiteral("L’École normale et l’ecole du quartier") << QStringLiteral("ecole")
            << QStringList {QStringLiteral("École"), QStringLiteral("ecole")};
        QTest::addRow("french œ and apostrophe")
            << QStringLiteral("Son œuvre, l’œuvre d’une vie") << QStringLiteral("l'oeuvre")
            << QStringList {QStringLiteral("l’œuvre")};
        QTest::addRow("german ß and umlaut")
            << QStringLiteral("Die Straße in München; die STRASSE in Munchen") << QStringLiteral("strasse in munchen")
            << QStringList {QStringLiteral("Straße in München"), QStringLiteral("STRASSE in Munchen")};
        QTest::addRow("german ß typed") << QStringLiteral("Strasse und Straße") << QStringLiteral("straße")
                                        << QStringList {QStringLiteral("Strasse"), QStringLiteral("Straße")};
        QTest::addRow("ligature") << QStringLiteral("La ﬁne del ﬁlm") << QStringLiteral("fine")
                                  << QStringList {QStringLiteral("ﬁne")};
        QTest::addRow("decomposed accent in the text")
            << QStringLiteral("citta\u0300 e città") << QStringLiteral("citta")
            << QStringList {QStringLiteral("citta\u0300"), QStringLiteral("città")};
        QTest::addRow("line break reads as a space")
            << QStringLiteral("Corea del\n\nNord; Corea del\u00a0Nord") << QStringLiteral("del nord")
            << QStringList {QStringLiteral("del\n\nNord"), QStringLiteral("del\u00a0Nord")};
        QTest::addRow("no match") << QStringLiteral("Mosca e Pyongyang") << QStringLiteral("pechino") << QStringList {};
        QTest::addRow("empty query") << QStringLiteral("testo") << QString() << QStringList {};
        QTest::addRow("a lone accent finds nothing")
            << QStringLiteral("città") << QStringLiteral("\u0300") << QStringList {};
    }
    void foldsCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(QStringList, found);
        QCOMPARE(covered(text, findInText(text, query)), found);
    }

    void matchesDoNotOverlapAndKeepTextOrder()
    {
        const QString text = QStringLiteral("aaaa");
        QCOMPARE(findInText(text, QStringLiteral("aa")), (QList<TextRange> {{0, 2}, {2, 4}}));
        // Inside one character that folds to two, a match covers that character once.
        QCOMPARE(findInText(QStringLiteral("ßa"), QStringLiteral("s")), (QList<TextRange> {{0, 1}}));
    }

    void offsetsCountUtf16CodeUnits()
    {
        // An emoji (two code units) before the match shifts it by two, as the reader page counts.
        const QString text = QStringLiteral("😀 Libertà");
        QCOMPARE(findInText(text, QStringLiteral("liberta")), (QList<TextRange> {{3, 10}}));
        // A match spanning a decomposed accent ends after the mark.
        QCOMPARE(findInText(QStringLiteral("pie\u0300 x"), QStringLiteral("pie")), (QList<TextRange> {{0, 4}}));
    }

    void findsInTheSeedArticle()
    {
        QFile seed(QStringLiteral(GLOSSA_TEST_DATA "/seeds/003_937af745a2f16abe.txt"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(seed.readAll());
        const FindInText finder(text);
        const QList<TextRange> ranges = finder.find(QStringLiteral("NUCLEARE"));
        QCOMPARE(ranges.size(), text.count(QStringLiteral("nucleare"), Qt::CaseInsensitive));
        QVERIFY(ranges.size() > 1);
        for (const TextRange &r : ranges) {
            QCOMPARE(text.mid(r.start, r.end - r.start).toLower(), QStringLiteral("nucleare"));
        }
        // The same finder answers each keystroke.
        QVERIFY(finder.find(QStringLiteral("n")).size() > finder.find(QStringLiteral("nu")).size());
    }
};

QTEST_GUILESS_MAIN(TstFindInText)
#include "tst_findintext.moc"
