// SPDX-License-Identifier: GPL-3.0-or-later
// The small rules every view shares: how a long text is cut for a glance, how a highlight style
// is named where it is stored or sent, and how a hand-chosen passage becomes an exact annotation.
#include "anchor/placement.h"
#include "model/annotation.h"
#include "model/elide.h"
#include "model/revision.h"

#include <QTest>

using namespace Glossa;

class TstModelText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aLongTextEndsWithOneEllipsisWithinItsLength()
    {
        const QString quote = QStringLiteral("Il Trattato di Mutua Difesa tra Russia e Corea del Nord");
        QCOMPARE(Model::elided(quote, quote.size()), quote);
        const QString cut = Model::elided(quote, 20);
        QCOMPARE(cut.size(), 20);
        QCOMPARE(cut, QStringLiteral("Il Trattato di Mutu…"));
        // A surrogate pair is never split: the cut falls before it.
        const QString emoji = QStringLiteral("abc") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("def");
        QCOMPARE(Model::elided(emoji, 5), QStringLiteral("abc…"));
    }

    void aTitleIsCutAtAWordWithoutDanglingPunctuation()
    {
        const QString sentence = QStringLiteral("Il 23 ottobre 2024, durante il primo vertice tra i due paesi");
        const QString cut = Model::elidedAtWord(sentence, 25);
        QVERIFY(cut.size() <= 25);
        QCOMPARE(cut, QStringLiteral("Il 23 ottobre 2024…"));
        QCOMPARE(
            Model::elidedAtWord(QStringLiteral("Supercalifragilistichespiralidoso"), 10), QStringLiteral("Supercali…"));
        QCOMPARE(Model::elidedAtWord(QStringLiteral("breve"), 10), QStringLiteral("breve"));
    }

    void highlightStylesHaveOneNameEach()
    {
        QCOMPARE(Model::highlightStyleName(Model::HighlightStyle::Fill), QStringLiteral("fill"));
        QCOMPARE(Model::highlightStyleName(Model::HighlightStyle::Underline), QStringLiteral("underline"));
        QCOMPARE(Model::highlightStyleFromName(u"underline"), Model::HighlightStyle::Underline);
        QCOMPARE(Model::highlightStyleFromName(u"fill"), Model::HighlightStyle::Fill);
        // Anything else (an older or damaged value) reads as the default.
        QCOMPARE(Model::highlightStyleFromName(u"wavy"), Model::HighlightStyle::Fill);
    }

    void aChosenPassageBecomesAnExactHighlightOnItsRevision()
    {
        Model::Block first;
        first.text = QStringLiteral("Mosca e Pyongyang firmano un trattato.");
        Model::Block second;
        second.text = QStringLiteral("Il testo prevede assistenza militare.");
        Model::Revision revision = Model::Revision::fromBlocks({first, second});
        revision.id = QStringLiteral("rev-1");
        revision.articleId = QStringLiteral("art-1");
        const qsizetype start = revision.canonicalText().indexOf(u"assistenza militare");
        const qsizetype end = start + 19;
        const Model::Annotation a = Anchor::exactHighlight(revision, start, end);
        QCOMPARE(a.articleId, QStringLiteral("art-1"));
        QCOMPARE(a.revisionId, QStringLiteral("rev-1"));
        QCOMPARE(a.kind, Model::AnnotationKind::Highlight);
        QCOMPARE(a.selector.exact, QStringLiteral("assistenza militare"));
        QCOMPARE(a.selector.start, start);
        QCOMPARE(a.selector.blockIndex, 1);
        QCOMPARE(a.anchor, (Model::Anchor {start, end, 1.0, Model::AnchorStatus::Exact}));
        QVERIFY(a.id.isEmpty()); // the library gives it one

        // Re-attaching keeps what the reader wrote and moves only the place.
        Model::Annotation moved = a;
        moved.note = QStringLiteral("Articolo 4");
        moved.originalQuote = QStringLiteral("old words");
        Anchor::placeExactly(moved, revision, 0, 5);
        QCOMPARE(moved.selector.exact, QStringLiteral("Mosca"));
        QCOMPARE(moved.note, QStringLiteral("Articolo 4"));
        QCOMPARE(moved.anchor.start, 0);
        QCOMPARE(moved.anchor.status, Model::AnchorStatus::Exact);
    }
};

QTEST_GUILESS_MAIN(TstModelText)
#include "tst_modeltext.moc"
