// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the article's passages in the text of its printed PDF: the alignment skips what the page
// adds (title, margin notes, list markers), tells repeated phrases apart, and ignores line breaks,
// hyphenation and ligatures; the passage then falls into one fragment per printed line and page.
#include "export/printedtext.h"
#include "export/textalignment.h"

#include <QRegularExpression>
#include <QTest>

using namespace Glossa::Export;
using namespace Qt::StringLiterals;

namespace {

// The printed text that `map` shows for the canonical range [start, end), without the spaces
// between words (the printed text breaks lines where the canonical text has spaces).
QString printedFor(const std::vector<qsizetype> &map, const QString &printed, qsizetype start, qsizetype end)
{
    QString out;
    for (qsizetype i = start; i < end; ++i) {
        if (map[i] >= 0) {
            out.append(printed.at(map[i]));
        }
    }
    return out;
}

QString withoutSpaces(QString s)
{
    s.remove(QRegularExpression(u"\\s"_s));
    return s;
}

// A printed text laid out on lines of fixed-width characters: `lines` per page, each word's
// characters 6 points wide and 12 high.
PrintedText layOut(const QList<QStringList> &pages)
{
    PrintedText printed;
    for (int p = 0; p < pages.size(); ++p) {
        for (int l = 0; l < pages[p].size(); ++l) {
            const QStringList words = pages[p][l].split(u' ', Qt::SkipEmptyParts);
            qreal x = 50;
            for (int w = 0; w < words.size(); ++w) {
                QList<QRectF> boxes;
                for (qsizetype c = 0; c < words[w].size(); ++c) {
                    boxes.append(QRectF(x + 6 * c, 60 + 14 * l, 6, 12));
                }
                printed.appendWord(words[w], p, boxes, w == 0);
                printed.appendSpace();
                x += 6 * (words[w].size() + 1);
            }
        }
    }
    return printed;
}

} // namespace

class TstPrintedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void insertedRunsAreSkipped()
    {
        const QString canonical = u"Erano ventiquattro anni che Putin non si recava in Corea del Nord."_s;
        // The title and byline head the page; a margin note is read in the middle of the sentence.
        const QString printed = u"Corea e Russia\nCarlo Andrea Mercuri\nErano ventiquattro anni che "
                                u"Putin non si\nUna nota: Putin e la Corea\nrecava in Corea del Nord."_s;
        const std::vector<qsizetype> map = alignPrintedText(canonical, printed);
        QCOMPARE(qsizetype(map.size()), canonical.size());
        const qsizetype start = canonical.indexOf(u"non si recava in Corea"_s);
        const qsizetype end = start + u"non si recava in Corea"_s.size();
        QCOMPARE(printedFor(map, printed, start, end), u"nonsirecavainCorea"_s);
        // Each word maps to the article's own words, never to the note's.
        const qsizetype note = printed.indexOf(u"Una nota"_s);
        const qsizetype noteEnd = printed.indexOf(u"recava"_s);
        for (qsizetype i = 0; i < canonical.size(); ++i) {
            QVERIFY2(map[i] < note || map[i] >= noteEnd, qPrintable(QString::number(i)));
        }
        QVERIFY(map[0] == printed.indexOf(u"Erano"_s));
    }

    void repeatedPhrasesKeepTheirOwnPlace()
    {
        const QString canonical = u"la Russia cerca alleati. Poi la Russia cerca alleati in Asia. "
                                  u"Infine la Russia cerca alleati ovunque."_s;
        const QString printed = u"Titolo la Russia\nla Russia cerca alleati. Poi la Russia cerca\nla Russia "
                                u"cerca alleati\nalleati in Asia. Infine la Russia cerca alleati ovunque."_s;
        const std::vector<qsizetype> map = alignPrintedText(canonical, printed);
        // The second occurrence maps to the second printed occurrence in the article's flow, which
        // a margin note quoting the phrase (the third line) does not take.
        const qsizetype second = canonical.indexOf(u"la Russia cerca alleati in"_s);
        const qsizetype printedSecond = printed.indexOf(u"la Russia cerca\n"_s);
        QCOMPARE(map[second], printedSecond);
        const qsizetype alleati = canonical.indexOf(u"alleati in Asia"_s);
        QCOMPARE(map[alleati], printed.indexOf(u"alleati in Asia"_s));
        const qsizetype third = canonical.lastIndexOf(u"la Russia"_s);
        QCOMPARE(map[third], printed.lastIndexOf(u"la Russia"_s));
    }

    void whitespaceHyphenationAndLigaturesAreNotDifferences()
    {
        const QString canonical = u"Una  partnership\u00a0strategica, “difficile” e ufficiale — dice."_s;
        // Hyphenated across a line, a ligature for "ffi", straight quotes, an en dash.
        const QString printed = u"Una partner-\nship strategica, \"difficile\" e u\ufb03ciale – dice."_s;
        const std::vector<qsizetype> map = alignPrintedText(canonical, printed);
        const qsizetype p = canonical.indexOf(u"partnership"_s);
        QCOMPARE(printedFor(map, printed, p, p + 11), u"partnership"_s);
        const qsizetype u = canonical.indexOf(u"ufficiale"_s);
        // "f", "f", "i" all lie on the ligature.
        QCOMPARE(map[u + 1], printed.indexOf(u'\ufb03'));
        QCOMPARE(map[u + 3], printed.indexOf(u'\ufb03'));
        QCOMPARE(printed.at(map[u + 4]), u'c');
        QCOMPARE(printed.at(map[canonical.indexOf(u'“')]), u'"');
        QCOMPARE(printed.at(map[canonical.indexOf(u'—')]), u'–');
        // Spaces map nowhere.
        QCOMPARE(map[3], qsizetype(-1));
        QCOMPARE(map[canonical.indexOf(u'\u00a0')], qsizetype(-1));
    }

    void aLongTextThatRepeatsItselfIsStillAligned()
    {
        // No word occurs once: a 1,200-word passage (of 700 words) three times over, with margin
        // notes in its own words read in near the start, the middle and the end, so that what is
        // left between them is too long to compare word by word in one table.
        QStringList words;
        for (int i = 0; i < 1200; ++i) {
            words.append(u"parola%1"_s.arg(i % 700));
        }
        const QStringList note = {u"parola7"_s, u"parola8"_s, u"nota"_s};
        QStringList canonicalWords;
        QStringList printedWords;
        std::vector<qsizetype> printedIndex; // canonical word -> printed word
        for (int copy = 0; copy < 3; ++copy) {
            for (int i = 0; i < words.size(); ++i) {
                if ((copy == 0 && i == 50) || (copy == 1 && i == 600) || (copy == 2 && i == 1150)) {
                    printedWords.append(note);
                }
                printedIndex.push_back(printedWords.size());
                canonicalWords.append(words[i]);
                printedWords.append(words[i]);
            }
        }
        const QString canonical = canonicalWords.join(u' ');
        const QString printed = printedWords.join(u' ');
        const std::vector<qsizetype> map = alignPrintedText(canonical, printed);
        // Every canonical word's first letter is at its own printed word.
        std::vector<qsizetype> printedOffset;
        qsizetype offset = 0;
        for (const QString &w : std::as_const(printedWords)) {
            printedOffset.push_back(offset);
            offset += w.size() + 1;
        }
        qsizetype c = 0;
        for (qsizetype w = 0; w < canonicalWords.size(); ++w) {
            QCOMPARE(map[c], printedOffset[printedIndex[w]]);
            c += canonicalWords[w].size() + 1;
        }
    }

    void wordsTheCanonicalTextHasAndThePrintLacksMapNowhere()
    {
        const QString canonical = u"Il vertice di Pyongyang, giugno 2024, fu breve."_s;
        const QString printed = u"Il vertice di Pyongyang fu breve."_s;
        const std::vector<qsizetype> map = alignPrintedText(canonical, printed);
        QCOMPARE(map[canonical.indexOf(u"2024"_s)], qsizetype(-1));
        QCOMPARE(map[canonical.indexOf(u"fu"_s)], printed.indexOf(u"fu"_s));
    }

    void aPassageIsOneFragmentPerLineAndPage()
    {
        const QString canonical = u"Divisa tra la volontà di virare verso Occidente e la sicurezza di rimanere "
                                  u"ancorata ai vecchi schemi, Mosca cercava il suo posto."_s;
        // Lines on two pages, with a margin note on the first page's second line and a page number.
        const PrintedText printed = layOut({
            {u"Divisa tra la volontà di virare"_s, u"verso Occidente e la sicurezza"_s, u"Nota: la sicurezza"_s},
            {u"di rimanere ancorata ai vecchi"_s, u"schemi, Mosca cercava il suo posto."_s, u"2"_s},
        });
        const std::vector<qsizetype> map = alignPrintedText(canonical, printed.text);
        const qsizetype start = canonical.indexOf(u"virare"_s);
        const qsizetype end = canonical.indexOf(u"vecchi"_s) + 6;
        const QList<PassageFragment> fragments = passageFragments(printed, map, start, end);
        QCOMPARE(fragments.size(), 3);
        QCOMPARE(fragments[0].page, 0);
        QCOMPARE(fragments[1].page, 0);
        QCOMPARE(fragments[2].page, 1);
        // "virare" starts at the 28th character of the first line, the line ends with it.
        const qreal virareX = 50 + 6 * u"Divisa tra la volontà di "_s.size();
        QCOMPARE(fragments[0].rect, QRectF(virareX, 60, 6 * 6, 12));
        QCOMPARE(fragments[1].rect, QRectF(50, 74, 6 * u"verso Occidente e la sicurezza"_s.size(), 12));
        QCOMPARE(fragments[2].rect, QRectF(50, 60, 6 * u"di rimanere ancorata ai vecchi"_s.size(), 12));
        // The whole printed text under the fragments is the passage (no word of the note).
        QCOMPARE(withoutSpaces(printedFor(map, printed.text, start, end)),
            withoutSpaces(canonical.sliced(start, end - start)));
    }

    void aPassageNotInThePrintHasNoFragments()
    {
        const QString canonical = u"Testo stampato. Testo nascosto dalla stampa."_s;
        const PrintedText printed = layOut({{u"Testo stampato."_s}});
        const std::vector<qsizetype> map = alignPrintedText(canonical, printed.text);
        const qsizetype start = canonical.indexOf(u"nascosto"_s);
        QVERIFY(passageFragments(printed, map, start, start + 8).isEmpty());
        QVERIFY(passageFragments(printed, map, -1, -1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPrintedText)
#include "tst_printedtext.moc"
