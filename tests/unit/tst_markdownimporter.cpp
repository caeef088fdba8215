// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown import: the block structure a reader sees and annotates.
#include "ingest/markdownimporter.h"

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
