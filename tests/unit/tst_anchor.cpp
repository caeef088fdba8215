// SPDX-License-Identifier: GPL-3.0-or-later
// Anchoring: an annotation finds its words again in a changed text, or says it cannot.
// Texts mark ranges with [[ and ]]: the annotated words in the old text, where they must be found in
// the new one (no marks in the new text: the annotation must become an orphan).
#include "anchor/anchorer.h"
#include "anchor/myers.h"
#include "anchor/normalizedtext.h"
#include "anchor/reanchor.h"
#include "model/revision.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Glossa;
using Model::AnchorStatus;

namespace {

struct Marked {
    QString text;
    qsizetype start = -1;
    qsizetype end = -1;
};

Marked unmark(const QString &marked)
{
    Marked m;
    m.text = marked;
    m.start = m.text.indexOf(u"[[");
    if (m.start >= 0) {
        m.text.remove(m.start, 2);
        m.end = m.text.indexOf(u"]]");
        m.text.remove(m.end, 2);
    }
    return m;
}

QString repeated(const QString &s, int times)
{
    QString out;
    for (int i = 0; i < times; ++i) {
        out += s;
    }
    return out;
}

} // namespace

class TstAnchor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsThePassageAfterAnEdit_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<AnchorStatus>("status");

        const QString longParagraph
            = QStringLiteral("A whole paragraph can be one highlight: readers mark the passage that states the thesis, "
                             "and the passage is long, with commas, clauses and a conclusion at its end.");
        QTest::addRow("exact position") << QStringLiteral("The cat sat on the [[mat]] all day.")
                                        << QStringLiteral("The cat sat on the [[mat]] all day.") << AnchorStatus::Exact;
        QTest::addRow("moved by an inserted sentence")
            << QStringLiteral("Alpha beta. [[Gamma delta epsilon]] zeta.")
            << QStringLiteral("A new first sentence was added. Alpha beta. [[Gamma delta epsilon]] zeta.")
            << AnchorStatus::Exact;
        QTest::addRow("repeated quote, prefix picks the occurrence")
            << QStringLiteral("One two the fox ran here. Three four the [[fox ran]] there.")
            << QStringLiteral("Three four the [[fox ran]] there. One two the fox ran here.") << AnchorStatus::Exact;
        QTest::addRow("repeated quote, suffix picks the occurrence")
            << QStringLiteral("The fox ran north at night. The [[fox ran]] south by day.")
            << QStringLiteral("The fox ran south by day? No: the fox ran north at night. The [[fox ran]] south by day.")
            << AnchorStatus::Exact;
        QTest::addRow("prefix longer than the text before the match")
            << QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing elit, [[sed do eiusmod]] tempor.")
            << QStringLiteral("elit, [[sed do eiusmod]] tempor.") << AnchorStatus::Exact;
        QTest::addRow("match at the very end of the text")
            << QStringLiteral("And that is the end of the [[story]]")
            << QStringLiteral("An introduction. And that is the end of the [[story]]") << AnchorStatus::Exact;
        QTest::addRow("non-BMP characters counted in UTF-16")
            << QStringLiteral("Emoji 😀 then [[猫 and 🐱 cat]] end")
            << QStringLiteral("Now 🎉🎉 𝒜𝒜 more: Emoji 😀 then [[猫 and 🐱 cat]] end") << AnchorStatus::Exact;
        QTest::addRow("non-BMP characters with a typo")
            << QStringLiteral("前置き 😀😀 then [[猫 and 🐱 cats sleep all afternoon]] end of it")
            << QStringLiteral("𝒜 前置き 😀😀 then [[猫 and 🐱 cat sleep all afternoon]] end of it")
            << AnchorStatus::Fuzzy;
        QTest::addRow("quote deleted") << QStringLiteral(
            "Keep this sentence here. [[Remove this sentence entirely please.]] Keep that one too.")
                                       << QStringLiteral("Keep this sentence here. Keep that one too.")
                                       << AnchorStatus::Orphan;
        QTest::addRow("quote rewritten") << QStringLiteral(
            "The minister said [[the talks had failed completely]] on Monday.")
                                         << QStringLiteral("The minister said nothing about any of it on Monday.")
                                         << AnchorStatus::Orphan;
        QTest::addRow("one typo (insertion)")
            << QStringLiteral("The quick brown fox [[jumps over the lazy dog]] today.")
            << QStringLiteral("The quick brown fox [[jumps over the lazzy dog]] today.") << AnchorStatus::Fuzzy;
        QTest::addRow("one typo (substitution) and moved")
            << QStringLiteral("Some words. The quick brown fox [[jumps over the lazy dog]] today.")
            << QStringLiteral("The quick brown fox [[jumps over thE lazy dog]] today. Some words.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("whitespace changes") << QStringLiteral("A  [[line\nbreak here]] ok")
                                            << QStringLiteral("A [[line \u00A0 break here]] ok") << AnchorStatus::Exact;
        QTest::addRow("quote style changes")
            << QStringLiteral("He said \"[[it's fine, really]]\" then left.")
            << QStringLiteral("Then: he said “[[it’s fine, really]]” then left.") << AnchorStatus::Exact;
        QTest::addRow("dashes and ellipsis")
            << QStringLiteral("wait... [[then - go on...]] later")
            << QStringLiteral("So, wait… [[then — go on…]] later") << AnchorStatus::Exact;
        QTest::addRow("short quote, context lost and position lost")
            << QStringLiteral("Intro. We measured the [[data]] twice.")
            << repeated(QStringLiteral("Other text about data and more data, with data again. "), 5)
            << AnchorStatus::Orphan;
        QTest::addRow("one word among forty, context decides") << repeated(QStringLiteral("the word is here and "), 20)
                + QStringLiteral("then the special [[word]] is marked. ")
                + repeated(QStringLiteral("the word is here and "), 20)
                                                               << repeated(QStringLiteral("the word is here and "), 25)
                + QStringLiteral("then the special [[word]] is marked. ")
                + repeated(QStringLiteral("the word is here and "), 15)
                                                               << AnchorStatus::Exact;
        QTest::addRow("whole paragraph moved")
            << QStringLiteral("First paragraph.\n\n[[") + longParagraph + QStringLiteral("]]\n\nLast paragraph.")
            << QStringLiteral("Last paragraph, now first.\n\nAnother one.\n\n[[") + longParagraph
                + QStringLiteral("]]\n\nFirst paragraph, moved.")
            << AnchorStatus::Exact;
        QTest::addRow("heading moved with its section")
            << QStringLiteral("Intro paragraph.\n\n[[Short heading]]\n\nBody text of the section.\n\nOther text.")
            << QStringLiteral("Other text, now first.\n\nIntro paragraph.\n\nA new section.\n\n[[Short heading]]")
            << AnchorStatus::Exact;
        QTest::addRow("whole paragraph edited")
            << QStringLiteral("First paragraph.\n\n[[") + longParagraph + QStringLiteral("]]\n\nLast paragraph.")
            << QStringLiteral("First paragraph.\n\n[[")
                + QString(longParagraph).replace(QStringLiteral("commas"), QStringLiteral("many commas"))
                + QStringLiteral("]]\n\nLast paragraph.")
            << AnchorStatus::Fuzzy;
        // Boundaries: the range covers what became of the first and last words, no more.
        QTest::addRow("first word substituted")
            << QStringLiteral("The report came out in May. [[Officials confirmed that the bridge will close]] for "
                              "repairs in the autumn.")
            << QStringLiteral("The report came out in May. [[Engineers confirmed that the bridge will close]] for "
                              "repairs in the autumn.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("last word substituted")
            << QStringLiteral("The report came out in May. [[Officials confirmed that the bridge will close]] for "
                              "repairs in the autumn.")
            << QStringLiteral("The report came out in May. [[Officials confirmed that the bridge will reopen]] for "
                              "repairs in the autumn.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("last word of a sentence substituted, full stop kept")
            << QStringLiteral("Rain fell all night. [[The river rose above the old stone wall.]] Nobody was hurt.")
            << QStringLiteral(
                   "Rain fell all night. [[The river rose above the old stone embankment.]] Nobody was hurt.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("word inserted right after the quote")
            << QStringLiteral("The report came out in May. [[Officials confirmed that the bridge will close]] for "
                              "repairs in the autumn.")
            << QStringLiteral("The report came out in May. [[Officials confirmed that the old bridge will close]] "
                              "briefly for repairs in the autumn.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("first word of the paragraph deleted")
            << QStringLiteral("It ended there.\n\n[[Public space is a different story, and the plan]] called for a "
                              "promenade.")
            << QStringLiteral("It ended there.\n\n[[space is a different story, and the plan]] called for a "
                              "promenade.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("first word of the text substituted")
            << QStringLiteral(
                   "[[Als ich im letzten Winter die Kiste mit den alten Briefen]] meiner Großmutter öffnete.")
            << QStringLiteral("[[Damals ich im letzten Winter die Kiste mit den alten Briefen]] meiner Großmutter "
                              "öffnete.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("word inserted before the quote's last word")
            << QStringLiteral("Reading notes.\n\nLeggere [[con la matita in]] mano, ogni sera.")
            << QStringLiteral("Reading notes.\n\nLeggere [[con la matita sempre in]] mano, ogni sera.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("word inserted before the quote's first word")
            << QStringLiteral("Longtemps présentée comme le dernier fleuve [[sauvage d'Europe, la Loire]] traverse "
                              "aujourd'hui une période difficile.")
            << QStringLiteral("Longtemps présentée comme le dernier fleuve totalement [[sauvage d'Europe, notre "
                              "Loire]] traverse aujourd'hui une période difficile.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("word inserted before the quote's full stop")
            << QStringLiteral("Wir schreiben seit Monaten Briefe. [[Das Ergebnis ist erstaunlich.]] Unsere Gespräche "
                              "sind tiefer geworden.")
            << QStringLiteral("Wir schreiben seit Monaten Briefe. [[Das Ergebnis ist erstaunlich gut.]] Unsere "
                              "Gespräche sind tiefer geworden.")
            << AnchorStatus::Fuzzy;
        // The old position now holds another "the" (text before it grew): the context says it is
        // not the marked one, and the marked one is found a few words on.
        QTest::addRow("short quote, another copy at the old position")
            << QStringLiteral("Two days later, the ice broke upstream and [[the]] bridge was closed for a week.")
            << QStringLiteral("Two days later, more the ice broke upstream and [[the]] bridge was closed for a week.")
            << AnchorStatus::Exact;
        QTest::addRow("short quote, inside a longer word at the old position")
            << QStringLiteral("Before the gauges, and they rely on [[the]] notes as much as on the numbers.")
            << QStringLiteral("Long before the gauges, and they rely on [[the]] notes as much as on the numbers.")
            << AnchorStatus::Exact;
        QTest::addRow("clause rewritten in place, context intact")
            << QStringLiteral("Die Stadt plant neue Radwege. Die [[ersten Abschnitte sollen bereits im kommenden "
                              "Frühjahr]] entstehen, sagt der Bürgermeister.")
            << QStringLiteral("Die Stadt plant neue Radwege. Die ersten Abschnitte orari consolida none kommenden "
                              "penisola entstehen, sagt der Bürgermeister.")
            << AnchorStatus::Orphan;
        QTest::addRow("swapped letters in a one-word quote")
            << QStringLiteral("They keep the ledger in a tin box under the [[bridge]] by the mill.")
            << QStringLiteral("They keep the ledger in a tin box under the [[brigde]] by the mill.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("sentence inserted between the quote's sentences")
            << QStringLiteral("Intro text here. [[File formats come and go. Word processors change their files every "
                              "few years, and note-taking services close, taking their notes with them.]] Plain text "
                              "stays.")
            << QStringLiteral("Intro text here. [[File formats come and go. Some of them were never documented at "
                              "all, and nobody can read them today. Word processors change their files every few "
                              "years, and note-taking services close, taking their notes with them.]] Plain text "
                              "stays.")
            << AnchorStatus::Fuzzy;
        // A phrase repeated word for word: the copy the reader marked was edited, the other copy
        // survives elsewhere with other neighbours. The edited copy, in its own context, wins.
        QTest::addRow("repeated phrase, the edited copy wins")
            << QStringLiteral("In March the council met again. [[The committee approved the budget for next year]] "
                              "after a long debate about the harbour. Many other things happened in between, and "
                              "the press wrote about all of them at length. In the summary at the end: The committee "
                              "approved the budget for next year, and nothing else.")
            << QStringLiteral("In March the council met again. [[The committee approved the new budget for next "
                              "year]] after a long debate about the harbour. Many other things happened in between, "
                              "and the press wrote about all of them at length. In the summary at the end: The "
                              "committee approved the budget for next year, and nothing else.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("repeated phrase, the marked copy deleted")
            << QStringLiteral("In March the council met again. [[The committee approved the budget]] after a long "
                              "debate about the harbour. Many other things happened in between, and the press wrote "
                              "about all of them at length. In the summary: The committee approved the budget, and "
                              "nothing else.")
            << QStringLiteral("In March the council met again. After a long debate about the harbour, nothing. Many "
                              "other things happened in between, and the press wrote about all of them at length. In "
                              "the summary: The committee approved the budget, and nothing else.")
            << AnchorStatus::Orphan;
        QTest::addRow("one word with a typo stays one word when its neighbour was replaced")
            << QStringLiteral("After lunch we all walked to the [[library]] and read until the evening came.")
            << QStringLiteral("After lunch we all walked to public [[libary]] and read until the evening came.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("a sentence keeps its full stop when a word is inserted before it")
            << QStringLiteral("First one here. [[The river was measured by hand twice a day.]] Then more text follows.")
            << QStringLiteral(
                   "First one here. [[The river was measured by hand twice a dai today.]] Then more text follows.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("a quote that began a sentence begins one")
            << QStringLiteral("It rained all night long. [[No gauge records that.]] Later on the sun came out.")
            << QStringLiteral("It rained all night diversa. [[No records that.]] Later on the sun came out.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("a fifth of the words replaced, context intact on both sides")
            << QStringLiteral("The meeting opened at nine. [[The council says the land belongs to the port and "
                              "not to the city at all.]] Nobody in the room disagreed with that.")
            << QStringLiteral("The meeting opened at nine. [[The council claims the land belongs to the harbour "
                              "and not to the town at all.]] Nobody in the room disagreed with that.")
            << AnchorStatus::Fuzzy;
        // Short quotes with a typo score low on their own; context agreeing on both sides, right
        // where the passage was, and no other place coming close are what make them certain.
        QTest::addRow("a short word with a typo, both sides intact")
            << QStringLiteral("Plain [[text]] is forever\n\nFile formats come and go. Plain text, and the simple "
                              "structure of Markdown, can still be read decades later with a text editor.")
            << QStringLiteral("Plain [[tex]] is forever\n\nFile formats come and go. Plain text, and the simple "
                              "structure of Markdown, can still be read decades later with a text editor.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("two words with swapped letters, both sides intact")
            << QStringLiteral("Write notes in the margin, level with the passage they are about. Link a [[passage "
                              "in]] one article to a passage in another, and say how they relate.")
            << QStringLiteral("Write notes in the margin, level with the passage they are about. Link a [[passage "
                              "ni]] one article to a passage in another, and say how they relate.")
            << AnchorStatus::Fuzzy;
        QTest::addRow("short quote, several copies, no context left")
            << QStringLiteral("Our method was simple: we counted the [[boats]] every morning at the quay.")
            << QStringLiteral("A new report. The boats left early. Later more boats came, and the boats stayed "
                              "until noon when the tide turned.")
            << AnchorStatus::Orphan;
    }

    void findsThePassageAfterAnEdit()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(AnchorStatus, status);
        const Marked before = unmark(oldText);
        const Marked after = unmark(newText);
        const Model::Selector selector = Anchor::describe(before.text, before.start, before.end);
        QCOMPARE(selector.exact, before.text.mid(before.start, before.end - before.start));

        const Model::Anchor a = Anchor::anchor(after.text, selector);
        QCOMPARE(a.status, status);
        if (status == AnchorStatus::Orphan) {
            QCOMPARE(a.start, -1);
            QCOMPARE(a.end, -1);
            return;
        }
        QCOMPARE(a.start, after.start);
        QCOMPARE(a.end, after.end);
        QVERIFY(a.score > 0.0 && a.score <= 1.0);
        if (status == AnchorStatus::Exact) {
            QCOMPARE(a.score, 1.0);
        }
    }

    void theHintBreaksTiesAndTheFirstOccurrenceWinsWithout_data()
    {
        QTest::addColumn<qsizetype>("hint");
        QTest::addColumn<int>("occurrence");
        QTest::addRow("no hint: the first") << qsizetype(-1) << 0;
        QTest::addRow("hint at the second") << qsizetype(30) << 1;
        QTest::addRow("hint at the third") << qsizetype(60) << 2;
        QTest::addRow("hint between, nearer the second") << qsizetype(40) << 1;
    }

    void theHintBreaksTiesAndTheFirstOccurrenceWinsWithout()
    {
        QFETCH(qsizetype, hint);
        QFETCH(int, occurrence);
        // Three occurrences with the same context, and no stored position.
        const QString text = repeated(QStringLiteral("Ding dong bell, ding dong."), 3);
        Model::Selector s;
        s.exact = QStringLiteral("bell");
        s.prefix = QStringLiteral("Ding dong ");
        s.suffix = QStringLiteral(", ding");
        const Model::Anchor a = Anchor::anchor(text, s, {.hint = hint});
        QCOMPARE(a.status, AnchorStatus::Exact);
        QCOMPARE(a.start, qsizetype(10 + 26 * occurrence));
        QCOMPARE(a.end, a.start + 4);
    }

    void emptyInputsAreOrphans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exact");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::addRow("empty quote with a position")
            << QStringLiteral("Some text.") << QString() << qsizetype(0) << qsizetype(4);
        QTest::addRow("empty quote, empty range")
            << QStringLiteral("Some text.") << QString() << qsizetype(3) << qsizetype(3);
        QTest::addRow("empty text") << QString() << QStringLiteral("Some") << qsizetype(0) << qsizetype(4);
        QTest::addRow("both empty") << QString() << QString() << qsizetype(-1) << qsizetype(-1);
        QTest::addRow("position past the end")
            << QStringLiteral("Short.") << QStringLiteral("Longer quote") << qsizetype(40) << qsizetype(52);
        QTest::addRow("whitespace-only quote")
            << QStringLiteral("a b") << QStringLiteral("   ") << qsizetype(1) << qsizetype(2);
    }

    void emptyInputsAreOrphans()
    {
        QFETCH(QString, text);
        QFETCH(QString, exact);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        Model::Selector s;
        s.exact = exact;
        s.start = start;
        s.end = end;
        const Model::Anchor a = Anchor::anchor(text, s);
        QCOMPARE(a.status, AnchorStatus::Orphan);
        QCOMPARE(a.start, -1);
        QCOMPARE(a.end, -1);
    }

    void describeCutsContextAtTheEdges_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("suffix");
        const QString abc = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        QTest::addRow("at the start") << abc << qsizetype(0) << qsizetype(3) << QString() << abc.mid(3, 32);
        QTest::addRow("at the end") << abc << qsizetype(60) << qsizetype(62) << abc.mid(28, 32) << QString();
        QTest::addRow("in the middle") << abc << qsizetype(40) << qsizetype(41) << abc.mid(8, 32) << abc.mid(41, 21);
        // "😀" is two code units; a 32-unit cut would split it, so the context gives it up whole.
        const QString emoji
            = QStringLiteral("😀") + QString(31, u'a') + QStringLiteral("X") + QString(31, u'b') + QStringLiteral("😀");
        QTest::addRow("never half a character")
            << emoji << qsizetype(33) << qsizetype(34) << QString(31, u'a') << QString(31, u'b');
    }

    void describeCutsContextAtTheEdges()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QFETCH(QString, prefix);
        QFETCH(QString, suffix);
        const Model::Selector s = Anchor::describe(text, start, end);
        QCOMPARE(s.start, start);
        QCOMPARE(s.end, end);
        QCOMPARE(s.exact, text.mid(start, end - start));
        QCOMPARE(s.prefix, prefix);
        QCOMPARE(s.suffix, suffix);
    }

    void describeGivesTheBlockIndex()
    {
        const Model::Revision r = Model::Revision::fromBlocks({
            {.type = Model::BlockType::Heading, .level = 1, .text = QStringLiteral("Titolo")},
            {.type = Model::BlockType::Paragraph, .text = QStringLiteral("Primo paragrafo.")},
            {.type = Model::BlockType::Paragraph, .text = QStringLiteral("Secondo paragrafo.")},
        });
        const qsizetype at = r.canonicalText().indexOf(u"Secondo");
        const Model::Selector s = Anchor::describe(r, at, at + 7);
        QCOMPARE(s.blockIndex, 2);
        QCOMPARE(s.prefix, QStringLiteral("Titolo\n\nPrimo paragrafo.\n\n"));
    }

    void normalizedViewMapsBackToTheOriginal()
    {
        const QString original = QStringLiteral("“Wait…”  she said\u00A0— go");
        const Anchor::NormalizedText n(original);
        QCOMPARE(n.text(), QStringLiteral("\"Wait...\" she said - go"));
        const qsizetype said = n.text().indexOf(u"said - go");
        QCOMPARE(original.mid(n.originalStart(said), n.originalEnd(said, said + 9) - n.originalStart(said)),
            QStringLiteral("said\u00A0— go"));
        const qsizetype dots = n.text().indexOf(u"...");
        QCOMPARE(n.originalStart(dots), original.indexOf(u'…'));
        QCOMPARE(n.originalEnd(dots, dots + 3), original.indexOf(u'…') + 1);
    }

    void myersAgreesWithTheTextbookDistance_data()
    {
        QTest::addColumn<int>("patternLength");
        QTest::addColumn<int>("alphabet");
        QTest::addRow("short") << 7 << 4;
        QTest::addRow("one word") << 64 << 4;
        QTest::addRow("one word and a bit") << 65 << 3;
        QTest::addRow("three words") << 150 << 5;
        QTest::addRow("long, non-Latin alphabet") << 200 << 40;
    }

    void myersAgreesWithTheTextbookDistance()
    {
        QFETCH(int, patternLength);
        QFETCH(int, alphabet);
        QRandomGenerator rng(quint32(patternLength * 31 + alphabet));
        auto randomText = [&](int n) {
            QString s;
            for (int i = 0; i < n; ++i) {
                s.append(QChar(char16_t((alphabet > 26 ? 0x4E00 : u'a') + rng.bounded(alphabet))));
            }
            return s;
        };
        const QString pattern = randomText(patternLength);
        QString text = randomText(2 * patternLength);
        text.insert(patternLength / 2, pattern.mid(3, patternLength - 6)); // a near occurrence
        const std::vector<int> fast = Anchor::MyersPattern(pattern).distances(text);
        // Sellers' dynamic programme: row 0 all zeros (a match may start anywhere).
        std::vector<int> col(std::size_t(pattern.size()) + 1);
        for (std::size_t i = 0; i < col.size(); ++i) {
            col[i] = int(i);
        }
        for (qsizetype j = 0; j < text.size(); ++j) {
            int diag = col[0];
            col[0] = 0;
            for (qsizetype i = 1; i <= pattern.size(); ++i) {
                const int up = col[std::size_t(i)];
                col[std::size_t(i)]
                    = std::min({diag + (pattern[i - 1] == text[j] ? 0 : 1), up + 1, col[std::size_t(i - 1)] + 1});
                diag = up;
            }
            QCOMPARE(fast[std::size_t(j)], col.back());
        }
    }

    void reanchoringKeepsThePreviousSelectorsAndOrphansTheirQuote()
    {
        const Marked oldDoc
            = unmark(QStringLiteral("Intro words here. [[Stable sentence stays.]] A middle part follows. "
                                    "The doomed sentence will go away. Ending words."));
        const QString newText = QStringLiteral("A brand new opening line. Intro words here. Stable sentence stays. "
                                               "A middle part follows. Ending words.");
        const Model::Selector stable = Anchor::describe(oldDoc.text, oldDoc.start, oldDoc.end);
        const qsizetype doomedAt = oldDoc.text.indexOf(u"The doomed");
        const Model::Selector doomed = Anchor::describe(oldDoc.text, doomedAt, doomedAt + 33);
        const qsizetype endAt = oldDoc.text.indexOf(u"Ending");
        const Model::Selector ending = Anchor::describe(oldDoc.text, endAt, endAt + 12);

        const QList<Anchor::Reanchored> r = Anchor::reanchor(newText, {stable, doomed, ending});
        QCOMPARE(r.size(), 3);
        QCOMPARE(r[0].previous, stable);
        QCOMPARE(r[0].anchor.status, AnchorStatus::Exact);
        QCOMPARE(r[0].selector.exact, stable.exact);
        QCOMPARE(r[0].selector.start, newText.indexOf(u"Stable"));
        QCOMPARE(r[0].selector.prefix, newText.mid(r[0].selector.start - 32, 32));
        QVERIFY(r[0].moved());

        QCOMPARE(r[1].anchor.status, AnchorStatus::Orphan);
        QCOMPARE(r[1].selector, doomed); // the quote and context stay, to list and re-attach it
        QCOMPARE(r[1].previous, doomed);
        QVERIFY(!r[1].moved());

        QCOMPARE(r[2].anchor.status, AnchorStatus::Exact);
        QCOMPARE(r[2].anchor.start, newText.indexOf(u"Ending"));
        const Anchor::ReanchorSummary sum = Anchor::summarize(r);
        QCOMPARE(sum.exact, 2);
        QCOMPARE(sum.orphans, 1);
        QCOMPARE(sum.moved, 2);
    }

    void reanchoringUsesTheShiftOfCertainNeighbours()
    {
        // "plan" occurs twice with the same short context; only the shift shown by the certain
        // neighbour (the long unique sentence before it) says which one the annotation was on.
        const QString filler = repeated(QStringLiteral("Words that fill the page and mean little. "), 12);
        const QString oldText = QStringLiteral("We need a plan now. ") + filler
            + QStringLiteral("This long sentence is unique in the whole text. We need a plan now. ") + filler;
        const QString newText = QStringLiteral("We need a plan now. ") + filler + filler
            + QStringLiteral("This long sentence is unique in the whole text. We need a plan now. ");
        const qsizetype uniqueAt = oldText.indexOf(u"This long");
        const qsizetype planAt = oldText.indexOf(u"plan", uniqueAt);
        Model::Selector plan;
        plan.exact = QStringLiteral("plan");
        plan.prefix = QStringLiteral("need a ");
        plan.suffix = QStringLiteral(" now");
        plan.start = planAt;
        plan.end = planAt + 4;
        const QList<Anchor::Reanchored> r
            = Anchor::reanchor(newText, {Anchor::describe(oldText, uniqueAt, uniqueAt + 47), plan});
        QCOMPARE(r[0].anchor.status, AnchorStatus::Exact);
        QCOMPARE(r[1].anchor.status, AnchorStatus::Exact);
        QCOMPARE(r[1].anchor.start, newText.indexOf(u"plan", newText.indexOf(u"This long")));
    }
};

QTEST_GUILESS_MAIN(TstAnchor)
#include "tst_anchor.moc"
