// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown import: the block structure a reader sees and annotates.
#include "helpers/blockdump.h"
#include "helpers/goldenfile.h"
#include "ingest/markdownimporter.h"
#include "model/revision.h"

#include <QFile>
#include <QTest>

using namespace Glossa::Ingest;
using namespace Glossa::Model;

class TstMarkdownImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsParagraphsAndInlineMarkup()
    {
        const Extraction e = MarkdownImporter::extract(QStringLiteral(
            "# Un titolo\n\nUn paragrafo con *enfasi* e `codice`,\nsu due righe.\n\n## Sezione\n\nFine."));
        QCOMPARE(e.blocks.size(), 4);
        QCOMPARE(e.blocks[0].type, BlockType::Heading);
        QCOMPARE(e.blocks[0].level, 1);
        QCOMPARE(e.blocks[1].text, QStringLiteral("Un paragrafo con enfasi e codice, su due righe."));
        QCOMPARE(e.blocks[2].level, 2);
        QCOMPARE(e.title, QStringLiteral("Un titolo"));
        QCOMPARE(e.excerpt, e.blocks[1].text);
    }

    void fencedCodeKeepsLanguageAndLines()
    {
        const Extraction e
            = MarkdownImporter::extract(QStringLiteral("Testo.\n\n```python\ndef f(x):\n    return x * 2\n```\n"));
        QCOMPARE(e.blocks.size(), 2);
        QCOMPARE(e.blocks[1].type, BlockType::Code);
        QCOMPARE(e.blocks[1].language, QStringLiteral("python"));
        QCOMPARE(e.blocks[1].text, QStringLiteral("def f(x):\n    return x * 2"));
    }

    void listsHaveDepthAndNumbers()
    {
        const Extraction e
            = MarkdownImporter::extract(QStringLiteral("- uno\n- due\n  - due bis\n\n3. terzo\n4. quarto\n"));
        QCOMPARE(e.blocks.size(), 5);
        for (const Block &b : e.blocks) {
            QCOMPARE(b.type, BlockType::ListItem);
        }
        QCOMPARE(e.blocks[0].text, QStringLiteral("uno"));
        QCOMPARE(e.blocks[1].level, 1);
        QCOMPARE(e.blocks[2].text, QStringLiteral("due bis"));
        QCOMPARE(e.blocks[2].level, 2);
        QCOMPARE(e.blocks[3].ordinal, 3);
        QCOMPARE(e.blocks[4].ordinal, 4);
        QCOMPARE(e.blocks[0].ordinal, 0);
    }

    void quotesSeparatorsAndEntities()
    {
        const Extraction e
            = MarkdownImporter::extract(QStringLiteral("> Citazione &amp; commento &#8212; fine\n\n---\n\nDopo."));
        QCOMPARE(e.blocks.size(), 3);
        QCOMPARE(e.blocks[0].type, BlockType::Quote);
        QCOMPARE(e.blocks[0].text, QStringLiteral("Citazione & commento \u2014 fine"));
        QCOMPARE(e.blocks[1].type, BlockType::Separator);
    }

    void rawHtmlStaysLiteralText()
    {
        // With raw HTML disabled, tags are ordinary characters: the reader shows them as text
        // (the renderer escapes them), so no imported markup can ever reach the page.
        const Extraction e
            = MarkdownImporter::extract(QStringLiteral("<script>alert(1)</script>\n\nTesto <b>in grassetto</b>."));
        QCOMPARE(e.blocks.size(), 2);
        QCOMPARE(e.blocks[0].text, QStringLiteral("<script>alert(1)</script>"));
        QCOMPARE(e.blocks[1].text, QStringLiteral("Testo <b>in grassetto</b>."));
    }

    void frontMatterGivesMetadata()
    {
        const Extraction e
            = MarkdownImporter::extract(QStringLiteral("---\ntitle: \"Note di lettura\"\nauthor: Anna Rossi\nlang: "
                                                       "it\ndate: 2024-06-19\n---\n\n# Altro\n\nCorpo."));
        QCOMPARE(e.title, QStringLiteral("Note di lettura"));
        QCOMPARE(e.byline, QStringLiteral("Anna Rossi"));
        QCOMPARE(e.language, QStringLiteral("it"));
        QCOMPARE(e.published, QStringLiteral("2024-06-19"));
        QCOMPARE(e.blocks.first().text, QStringLiteral("Altro"));
    }

    // Lists (nested, ordered), emphasis, strong, code, links, tables, footnotes, a figure and a quote,
    // each kept as the blocks and marks tests/data/ingest/markdown/structure.blocks.txt shows.
    void structureMatchesGoldenFile()
    {
        QFile f(QStringLiteral(GLOSSA_TEST_DATA "/ingest/markdown/structure.md"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Extraction e = MarkdownImporter::extract(QString::fromUtf8(f.readAll()));
        Glossa::Test::compareWithGolden(
            Glossa::Test::blockDump(e.blocks), QStringLiteral("ingest/markdown/structure.blocks.txt"));
    }

    void inlineFormattingIsMarkedNotWritten()
    {
        const Extraction e = MarkdownImporter::extract(
            QStringLiteral("Un **forte** e *lieve* `x` con [un link](https://example.org/a) e [uno](rel.md)."));
        QCOMPARE(e.blocks.size(), 1);
        const Block &b = e.blocks[0];
        // The canonical text has no markup: selectors made before marks existed still match it.
        QCOMPARE(b.text, QStringLiteral("Un forte e lieve x con un link e uno."));
        QCOMPARE(b.marks,
            (QList<Mark> {{MarkKind::Strong, 3, 8, {}}, {MarkKind::Emphasis, 11, 16, {}}, {MarkKind::Code, 17, 18, {}},
                {MarkKind::Link, 23, 30, QStringLiteral("https://example.org/a")}}));
    }

    void tablesAreRowsWithCells()
    {
        const Extraction e
            = MarkdownImporter::extract(QStringLiteral("| Anno | Evento |\n|---|--:|\n| 1950 | Invasione |\n"));
        QCOMPARE(e.blocks.size(), 2);
        QCOMPARE(e.blocks[0].type, BlockType::TableRow);
        QCOMPARE(e.blocks[0].level, 1); // the header
        QCOMPARE(e.blocks[0].ordinal, 1);
        QCOMPARE(e.blocks[1].text, QStringLiteral("1950 | Invasione")); // the text a table always had
        QCOMPARE(e.blocks[1].ordinal, 2);
        QCOMPARE(e.blocks[1].marks,
            (QList<Mark> {{MarkKind::Cell, 0, 4, {}}, {MarkKind::Cell, 7, 16, QStringLiteral("right")}}));
    }

    void footnotesBecomeReferencesAndNotes()
    {
        const Extraction e
            = MarkdownImporter::extract(QStringLiteral("Testo[^a] e altro[^b].\n\n[^b]: Seconda.\n[^a]: Prima *nota*.\n"));
        const Revision r = Revision::fromBlocks(e.blocks);
        QCOMPARE(r.canonicalText(), QStringLiteral("Testo1 e altro2.\n\nPrima nota.\n\nSeconda."));
        QCOMPARE(r.blocks()[0].marks,
            (QList<Mark> {{MarkKind::FootnoteRef, 5, 6, QStringLiteral("1")},
                {MarkKind::FootnoteRef, 14, 15, QStringLiteral("2")}}));
        QCOMPARE(r.blocks()[1].type, BlockType::Footnote);
        QCOMPARE(r.blocks()[1].ordinal, 1);
        QCOMPARE(r.blocks()[1].marks, (QList<Mark> {{MarkKind::Emphasis, 6, 10, {}}}));
        QCOMPARE(r.blocks()[2].ordinal, 2);
    }

    void crlfAndBomAreNormalised()
    {
        const Extraction e
            = MarkdownImporter::extract(QStringLiteral("\uFEFF# Titolo\r\n\r\nRiga uno\r\nriga due\r\n"));
        QCOMPARE(e.blocks.size(), 2);
        QCOMPARE(e.blocks[0].text, QStringLiteral("Titolo"));
        QCOMPARE(e.blocks[1].text, QStringLiteral("Riga uno riga due"));
    }
};

QTEST_GUILESS_MAIN(TstMarkdownImporter)
#include "tst_markdownimporter.moc"
