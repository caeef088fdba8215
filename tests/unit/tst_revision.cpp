// SPDX-License-Identifier: GPL-3.0-or-later
// Revisions: the canonical text and block offsets every annotation depends on.
#include "model/revision.h"

#include <QTest>

using namespace Glossa::Model;

class TstRevision : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalTextJoinsBlocksWithBlankLines()
    {
        const Revision r = Revision::fromBlocks({
            {.type = BlockType::Heading, .level = 1, .text = QStringLiteral("Titolo")},
            {.type = BlockType::Paragraph, .text = QStringLiteral("Primo paragrafo.")},
            {.type = BlockType::Code, .language = QStringLiteral("cpp"), .text = QStringLiteral("int x;\nint y;")},
        });
        QCOMPARE(r.canonicalText(), QStringLiteral("Titolo\n\nPrimo paragrafo.\n\nint x;\nint y;"));
        QCOMPARE(r.blocks().size(), 3);
        for (const Block &b : r.blocks()) {
            QCOMPARE(r.canonicalText().mid(b.start, b.end - b.start), b.text);
        }
        QCOMPARE(r.blocks()[1].start, 8);
        QCOMPARE(r.blocks()[2].end, r.canonicalText().size());
    }

    void offsetsCountUtf16CodeUnits()
    {
        // "𝒜" is outside the BMP: two UTF-16 code units, as in the reader page's DOM.
        const Revision r = Revision::fromBlocks({
            {.type = BlockType::Paragraph, .text = QStringLiteral("𝒜 e città")},
            {.type = BlockType::Paragraph, .text = QStringLiteral("dopo")},
        });
        QCOMPARE(r.blocks()[0].end, 10);
        QCOMPARE(r.blocks()[1].start, 12);
        QCOMPARE(r.canonicalText().mid(r.blocks()[1].start, 4), QStringLiteral("dopo"));
    }

    void emptyBlocksAreDroppedButSeparatorsKept()
    {
        const Revision r = Revision::fromBlocks({
            {.type = BlockType::Paragraph, .text = QStringLiteral("uno")},
            {.type = BlockType::Paragraph, .text = QStringLiteral("   ")},
            {.type = BlockType::Separator},
            {.type = BlockType::Paragraph, .text = QStringLiteral("due")},
        });
        QCOMPARE(r.blocks().size(), 3);
        QCOMPARE(r.blocks()[1].type, BlockType::Separator);
        QCOMPARE(r.canonicalText(), QStringLiteral("uno\n\n\n\ndue"));
    }

    void blockIndexAtFindsTheBlockOfAnOffset()
    {
        const Revision r = Revision::fromBlocks({
            {.type = BlockType::Paragraph, .text = QStringLiteral("abc")},
            {.type = BlockType::Paragraph, .text = QStringLiteral("defg")},
        });
        QCOMPARE(r.blockIndexAt(0), 0);
        QCOMPARE(r.blockIndexAt(2), 0);
        QCOMPARE(r.blockIndexAt(3), 1); // in the separator: the following block
        QCOMPARE(r.blockIndexAt(5), 1);
        QCOMPARE(r.blockIndexAt(r.canonicalText().size()), 1);
        QCOMPARE(r.blockIndexAt(-1), -1);
        QCOMPARE(r.blockIndexAt(100), -1);
    }

    void contentHashFollowsTheText()
    {
        const Revision a = Revision::fromBlocks({{.text = QStringLiteral("stesso testo")}});
        const Revision b = Revision::fromBlocks({{.text = QStringLiteral("stesso testo")}});
        const Revision c = Revision::fromBlocks({{.text = QStringLiteral("altro testo")}});
        QCOMPARE(a.contentHash, b.contentHash);
        QVERIFY(a.contentHash != c.contentHash);
        QCOMPARE(a.contentHash.size(), 64);
    }

    void blockTypeNamesRoundTrip()
    {
        for (BlockType t : {BlockType::Heading, BlockType::Paragraph, BlockType::Quote, BlockType::ListItem,
                 BlockType::Code, BlockType::Caption, BlockType::Separator}) {
            QCOMPARE(blockTypeFromName(blockTypeName(t)), t);
        }
        QCOMPARE(blockTypeName(BlockType::ListItem), QStringLiteral("list-item"));
        QVERIFY(!blockTypeFromName(QStringLiteral("table")).has_value());
    }
};

QTEST_GUILESS_MAIN(TstRevision)
#include "tst_revision.moc"
