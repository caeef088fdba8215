// SPDX-License-Identifier: GPL-3.0-or-later
// Anchoring's work is bounded per selector, whatever the selector holds: a 1 MB quote on an 800 KB
// text (once 146 s) is an orphan at once, a quote twice the text's length cannot match, and a long
// passage that changed inside is still found by its two ends. The sizes are those that used to
// hang; nothing here measures time (a hang fails the test by its timeout).
#include "anchor/anchorer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Glossa;
using Model::AnchorStatus;
using namespace Qt::StringLiterals;

namespace {

// Prose-like text of about `size` characters from a fixed vocabulary, the same for a given seed.
QString generatedText(qsizetype size, quint32 seed)
{
    static const QStringList words {u"porto"_s, u"diga"_s, u"nave"_s, u"traffico"_s, u"merci"_s, u"città"_s,
        u"accordo"_s, u"Pyongyang"_s, u"Mosca"_s, u"energia"_s, u"rotta"_s, u"canale"_s, u"sanzioni"_s, u"mare"_s,
        u"governo"_s, u"analisi"_s, u"strategia"_s, u"confine"_s, u"ferrovia"_s, u"grano"_s};
    QRandomGenerator random(seed);
    QString text;
    text.reserve(size + 32);
    int inSentence = 0;
    while (text.size() < size) {
        text += words[random.bounded(int(words.size()))];
        if (++inSentence == 12) {
            text += random.bounded(4) == 0 ? u".\n\n"_s : u". "_s;
            inSentence = 0;
        } else {
            text += u' ';
        }
    }
    return text;
}

} // namespace

class TstAnchorBounds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHugeQuoteThatIsNowhereIsAnOrphan()
    {
        const QString text = generatedText(800 * 1000, 1);
        Model::Selector s;
        s.exact = generatedText(1000 * 1000, 2); // same words, another order: not in the text
        s.prefix = u"prima "_s;
        s.suffix = u" dopo"_s;
        const Model::Anchor a = Anchor::anchor(text, s);
        QCOMPARE(a.status, AnchorStatus::Orphan);
    }

    void aQuoteTwiceTheTextIsAnOrphan()
    {
        const QString text = generatedText(100 * 1000, 3);
        Model::Selector s;
        s.exact = text + text + text; // the whole text in it, and more than any edit could remove
        s.start = 0;
        s.end = s.exact.size();
        QCOMPARE(Anchor::anchor(text, s).status, AnchorStatus::Orphan);
    }

    void aLongPassageIsFoundExactlyAfterItMoved()
    {
        const QString text = generatedText(800 * 1000, 4);
        const qsizetype start = 200 * 1000;
        const qsizetype end = 700 * 1000;
        const Model::Selector s = Anchor::describe(text, start, end);
        const QString inserted = u"Un nuovo paragrafo all'inizio del testo.\n\n"_s;
        const Model::Anchor a = Anchor::anchor(inserted + text, s);
        QCOMPARE(a.status, AnchorStatus::Exact);
        QCOMPARE(a.start, start + inserted.size());
        QCOMPARE(a.end, end + inserted.size());
    }

    void aLongPassageChangedInsideIsFoundByItsEnds()
    {
        const QString text = generatedText(800 * 1000, 5);
        const qsizetype start = 300 * 1000;
        const qsizetype end = 400 * 1000;
        const Model::Selector s = Anchor::describe(text, start, end);
        // Words replaced in the middle of the passage, and text inserted before it.
        QString edited = text;
        edited.replace(350 * 1000, 40, u"una frase riscritta del tutto, altre parole"_s);
        const QString inserted = u"Premessa aggiunta.\n\n"_s;
        edited.prepend(inserted);
        const Model::Anchor a = Anchor::anchor(edited, s);
        QCOMPARE(a.status, AnchorStatus::Fuzzy);
        QCOMPARE(a.start, start + inserted.size());
        const qsizetype grown = edited.size() - inserted.size() - text.size();
        QCOMPARE(a.end, end + inserted.size() + grown);
    }
};

QTEST_GUILESS_MAIN(TstAnchorBounds)
#include "tst_anchorbounds.moc"
