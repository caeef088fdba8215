// SPDX-License-Identifier: GPL-3.0-or-later
// Notes rendered for the margin: Markdown formatting kept, nothing unsafe ever emitted; and as
// the plain text of a glance (Annotations pane, tooltip): the words without the markup.
#include "render/notehtml.h"
#include "render/notetext.h"

#include <QRegularExpression>
#include <QTest>

using Glossa::Render::NoteHtml;

class TstNoteHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdownBecomesSafeHtml_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::addRow("emphasis") << QStringLiteral("Un *punto* **chiave** e `codice`")
                                  << QStringLiteral(
                                         "<p>Un <em>punto</em> <strong>chiave</strong> e <code>codice</code></p>");
        QTest::addRow("list") << QStringLiteral("- uno\n- due") << QStringLiteral("<ul><li>uno</li><li>due</li></ul>");
        QTest::addRow("ordered") << QStringLiteral("3. tre\n4. quattro")
                                 << QStringLiteral("<ol start=\"3\"><li>tre</li><li>quattro</li></ol>");
        QTest::addRow("entity") << QStringLiteral("Russia &amp; Corea &#8212; fine")
                                << QStringLiteral("<p>Russia &amp; Corea \u2014 fine</p>");
        QTest::addRow("raw html is text")
            << QStringLiteral("<script>alert(1)</script> <b>x</b>")
            << QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;x&lt;/b&gt;</p>");
        QTest::addRow("link has no href")
            << QStringLiteral("[fonte](https://example.org/a?b=1&c=\"2\")")
            << QStringLiteral("<p><a data-href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">fonte</a></p>");
        QTest::addRow("image is its alt text")
            << QStringLiteral("![una foto](http://tracker.example/p.png)") << QStringLiteral("<p>una foto</p>");
        QTest::addRow("javascript link stays inert") << QStringLiteral(
            "[x](javascript:alert(1))") << QStringLiteral("<p><a data-href=\"javascript:alert(1)\">x</a></p>");
        QTest::addRow("heading") << QStringLiteral("# Titolo") << QStringLiteral("<h4>Titolo</h4>");
    }

    void markdownBecomesSafeHtml()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(NoteHtml::fromMarkdown(markdown), html);
    }

    void plainTextDropsTheMarkup_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::addRow("emphasis") << QStringLiteral("Un *punto* **chiave** e `codice`")
                                  << QStringLiteral("Un punto chiave e codice");
        QTest::addRow("paragraphs and list")
            << QStringLiteral("Concetto centrale.\n\n- Russia\n- Cina\n\n1. primo")
            << QStringLiteral("Concetto centrale.\n\u2022 Russia\n\u2022 Cina\n\u2022 primo");
        QTest::addRow("soft break joins")
            << QStringLiteral("una riga\nche continua") << QStringLiteral("una riga che continua");
        QTest::addRow("heading") << QStringLiteral("## Fonti\nVedi sotto") << QStringLiteral("Fonti\nVedi sotto");
        QTest::addRow("link keeps its text")
            << QStringLiteral("[fonte](https://example.org)") << QStringLiteral("fonte");
        QTest::addRow("entity") << QStringLiteral("Russia &amp; Corea") << QStringLiteral("Russia & Corea");
        QTest::addRow("raw html stays text") << QStringLiteral("<b>x</b>") << QStringLiteral("<b>x</b>");
        QTest::addRow("code block lines") << QStringLiteral("```\na = 1\nb = 2\n```") << QStringLiteral("a = 1\nb = 2");
        QTest::addRow("empty") << QString() << QString();
    }

    void plainTextDropsTheMarkup()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(Glossa::Render::NoteText::plain(markdown), text);
    }

    void outputNeverContainsActiveMarkup()
    {
        const QString nasty = QStringLiteral("<img src=x onerror=alert(1)>\n\n<iframe src=//x></iframe>\n\n"
                                             "[a](x \"t\" onclick=\"y\")\n\n<style>*{}</style>");
        const QString html = NoteHtml::fromMarkdown(nasty);
        // Every tag in the output is one Glossa writes, with only its own attributes.
        static const QRegularExpression tag(QStringLiteral("<(/?)([a-zA-Z0-9]+)([^>]*)>"));
        static const QStringList allowed = {QStringLiteral("p"), QStringLiteral("em"), QStringLiteral("strong"),
            QStringLiteral("code"), QStringLiteral("pre"), QStringLiteral("ul"), QStringLiteral("ol"),
            QStringLiteral("li"), QStringLiteral("blockquote"), QStringLiteral("br"), QStringLiteral("del"),
            QStringLiteral("h4"), QStringLiteral("a"), QStringLiteral("hr")};
        static const QRegularExpression attributes(QStringLiteral("^( (data-href|start)=\"[^\"<>]*\")*$"));
        int tags = 0;
        for (auto it = tag.globalMatch(html); it.hasNext(); ++tags) {
            const auto m = it.next();
            QVERIFY2(allowed.contains(m.captured(2)), qPrintable(m.captured(0)));
            QVERIFY2(attributes.match(m.captured(3)).hasMatch(), qPrintable(m.captured(0)));
        }
        QVERIFY(tags >= 8); // the paragraphs and the link are there
        QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    }

    // Found by fuzzing (tools/dev fuzz notehtml): a `[[ ]]` in a link's address, or a note holding
    // the private-use characters NoteHtml marks wiki links with, put a wiki link's element inside
    // the <a data-href="…"> attribute, where its quotes ended the attribute and added others.
    void wikiLinksNeverLandInsideATag_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");
        QTest::addRow("wiki link as a link's address")
            << QStringLiteral("[a]([[T]]) and [[T]]")
            << QStringLiteral("<p><a data-href=\"[[T]]\">a</a> and <a class=\"wikilink\" data-href=\"glossa:article/"
                              "id-T\">T</a></p>");
        QTest::addRow("the note's own markers")
            << QStringLiteral("[a](<\uE0000\uE001>) [[T]]")
            << QStringLiteral(
                   "<p><a data-href=\"\uFFFD0\uFFFD\">a</a> <a class=\"wikilink\" data-href=\"glossa:article/"
                   "id-T\">T</a></p>");
    }

    void wikiLinksNeverLandInsideATag()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(NoteHtml::fromMarkdown(markdown, [](const auto &link) { return QStringLiteral("id-") + link.title; }),
            html);
    }
};

QTEST_GUILESS_MAIN(TstNoteHtml)
#include "tst_notehtml.moc"
