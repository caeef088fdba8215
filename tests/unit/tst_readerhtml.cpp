// SPDX-License-Identifier: GPL-3.0-or-later
// The reader page's HTML: only Glossa's markup, block offsets, language, and a locked-down policy.
#include "render/codehighlighter.h"
#include "render/readerhtml.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Glossa;
using namespace Glossa::Model;
using namespace Glossa::Render;

class TstReaderHtml : public QObject
{
    Q_OBJECT

    const CodeHighlighter m_highlighter;
    const ReaderPageUrls m_urls {QStringLiteral("glossa://app/reader/reader.css"),
        QStringLiteral("glossa://app/reader/highlight.css"), {QStringLiteral("glossa://app/reader/reader.js")}};

    QString render(const QList<Block> &blocks, const QString &lang = QStringLiteral("it"))
    {
        Article a;
        a.id = QStringLiteral("a1");
        a.title = QStringLiteral("Titolo");
        a.language = lang;
        return ReaderHtml::render(a, Revision::fromBlocks(blocks), m_highlighter, m_urls);
    }

private Q_SLOTS:
    void everyBlockCarriesItsOffset()
    {
        const QList<Block> blocks = {
            {.type = BlockType::Heading, .level = 2, .text = QStringLiteral("Sezione")},
            {.type = BlockType::Paragraph, .text = QStringLiteral("Un paragrafo.")},
            {.type = BlockType::ListItem, .level = 1, .text = QStringLiteral("voce")},
            {.type = BlockType::Quote, .text = QStringLiteral("citazione")},
        };
        const Revision r = Revision::fromBlocks(blocks);
        const QString html = render(blocks);
        const QRegularExpression attr(QStringLiteral("data-block=\"(\\d+)\" data-offset=\"(\\d+)\""));
        auto it = attr.globalMatch(html);
        int count = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            const int index = m.captured(1).toInt();
            QCOMPARE(index, count);
            QCOMPARE(m.captured(2).toLongLong(), r.blocks()[index].start);
            ++count;
        }
        QCOMPARE(count, 4);
        QVERIFY(html.contains(QStringLiteral("<h2 class=\"block\" data-block=\"0\" data-offset=\"0\">Sezione</h2>")));
    }

    // Marks become Glossa's own inline elements, and a block's text content stays its text exactly
    // (tags stripped and entities decoded), so the page's offsets are the canonical ones.
    void marksRenderAsElementsOverTheSameText()
    {
        const QString text = QStringLiteral("Un forte e lieve <x> con un link1.");
        const QList<Block> blocks = {{.type = BlockType::Paragraph,
            .text = text,
            .marks = {{MarkKind::Strong, 3, 16, {}}, {MarkKind::Emphasis, 11, 20, {}}, {MarkKind::Code, 17, 20, {}},
                {MarkKind::Link, 25, 32, QStringLiteral("https://example.org/?a=1&b=\"2\"")},
                {MarkKind::FootnoteRef, 32, 33, QStringLiteral("1")}}}};
        const QString html = render(blocks);
        const qsizetype from = html.indexOf(QStringLiteral("<p class=\"block\""));
        const QString p = html.mid(from, html.indexOf(QStringLiteral("</p>"), from) + 4 - from);
        QCOMPARE(p,
            QStringLiteral("<p class=\"block\" data-block=\"0\" data-offset=\"0\">Un <strong>forte e <em>lieve</em></strong><em> "
                           "<code class=\"inline\">&lt;x&gt;</code></em> con <a class=\"ext\" "
                           "data-href=\"https://example.org/?a=1&amp;b=&quot;2&quot;\" title=\"https://example.org/?a=1&amp;b=&quot;2&quot; "
                           "(Ctrl+click to open it in your browser)\">un link</a><sup class=\"fn-ref\" "
                           "data-footnote=\"1\">1</sup>.</p>"));
        // Never a navigable link: the page follows nothing; Ctrl+click goes through the application.
        QVERIFY(!p.contains(QStringLiteral(" href=")));
        QString stripped = p;
        stripped.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        stripped.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        QCOMPARE(stripped, text);
    }

    void tablesAndFootnotesHaveTheirOwnMarkup()
    {
        const QList<Block> blocks = {
            {.type = BlockType::TableRow, .level = 1, .ordinal = 1, .text = QStringLiteral("Anno | Evento"),
                .marks = {{MarkKind::Cell, 0, 4, {}}, {MarkKind::Cell, 7, 13, QStringLiteral("right")}}},
            {.type = BlockType::TableRow, .ordinal = 2, .text = QStringLiteral("1950 | Invasione"),
                .marks = {{MarkKind::Cell, 0, 4, {}}, {MarkKind::Cell, 7, 16, {}}, {MarkKind::Strong, 7, 16, {}}}},
            {.type = BlockType::Footnote, .ordinal = 1, .text = QStringLiteral("Una nota.")},
        };
        const QString html = render(blocks);
        QVERIFY(html.contains(QStringLiteral(
            "<table class=\"table\"><tbody>\n<tr class=\"block row\" data-block=\"0\" data-offset=\"0\"><th>Anno<span "
            "class=\"cell-sep\"> | </span></th><th class=\"right\">Evento</th></tr>\n<tr class=\"block row\" "
            "data-block=\"1\" data-offset=\"15\"><td>1950<span class=\"cell-sep\"> | </span></td><td><strong>Invasione"
            "</strong></td></tr>\n</tbody></table>\n")));
        QVERIFY(html.contains(QStringLiteral("<section class=\"footnotes\" aria-label=\"Footnotes\">\n<div class=\"block "
                                             "footnote\" id=\"fn-1\" data-marker=\"1.\" data-block=\"2\" "
                                             "data-offset=\"33\">Una nota.</div>\n</section>\n")));
    }

    void textIsEscapedNeverMarkup()
    {
        const QString html
            = render({{.text = QStringLiteral("<script>alert('x')</script> & <img src=http://x/y.png>")}});
        QVERIFY(!html.contains(QStringLiteral("<script>alert")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;img"))
            || html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;img")));
    }

    void pageNamesItsLanguageAndOnlyGlossaUrls()
    {
        const QString html = render({{.text = QStringLiteral("Testo.")}}, QStringLiteral("it"));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"it\">")));
        QVERIFY(html.contains(QStringLiteral("Content-Security-Policy")));
        QVERIFY(html.contains(ReaderHtml::contentSecurityPolicy()));
        QVERIFY(ReaderHtml::contentSecurityPolicy().startsWith(QStringLiteral("default-src 'none'")));
        // The page fetches nothing at all: its annotations come embedded in it.
        QVERIFY(!ReaderHtml::contentSecurityPolicy().contains(QStringLiteral("connect-src")));
        const QRegularExpression url(QStringLiteral("(?:src|href)=\"([^\"]*)\""));
        auto it = url.globalMatch(html);
        int urls = 0;
        while (it.hasNext()) {
            QVERIFY(it.next().captured(1).startsWith(QStringLiteral("glossa://")));
            ++urls;
        }
        QCOMPARE(urls, 3);
    }

    void malformedLanguageTagIsDropped()
    {
        const QString html = render({{.text = QStringLiteral("x")}}, QStringLiteral("it\" onload=\"x"));
        QVERIFY(html.contains(QStringLiteral("<html>")));
        QVERIFY(!html.contains(QStringLiteral("onload")));
    }

    void codeBlocksAreHighlightedInPre()
    {
        const QString html = render({{.type = BlockType::Code,
            .language = QStringLiteral("py"),
            .text = QStringLiteral("def f():\n    return 1")}});
        QVERIFY(html.contains(QStringLiteral("<pre class=\"block code\" data-language=\"Python\"")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"hl")));
    }

    void titleHeaderOnlyWhenTheTextHasNoHeading()
    {
        QVERIFY(render({{.text = QStringLiteral("Solo testo.")}}).contains(QStringLiteral("<header class=\"meta\">")));
        // The byline shows under the title either way.
        Article a;
        a.id = QStringLiteral("b");
        a.title = QStringLiteral("Titolo");
        a.byline = QStringLiteral("Anna <Rossi>");
        const QString withByline
            = ReaderHtml::render(a, Revision::fromBlocks({{.text = QStringLiteral("Testo.")}}), m_highlighter, m_urls);
        QVERIFY(withByline.contains(QStringLiteral("<p class=\"byline\">Anna &lt;Rossi&gt;</p></header>")));
        QVERIFY(!render({{.type = BlockType::Heading, .level = 1, .text = QStringLiteral("Titolo")}})
                .contains(QStringLiteral("<header")));
    }

    void theArticleNoteShowsAboveTheTextOutsideItsOffsets()
    {
        Article a;
        a.id = QStringLiteral("n");
        a.title = QStringLiteral("Titolo");
        a.note = QStringLiteral("Da leggere *prima* dell'esame <script>");
        const Revision revision = Revision::fromBlocks(
            {{.type = BlockType::Heading, .level = 1, .text = a.title}, {.text = QStringLiteral("Il testo.")}});
        const QString page = ReaderHtml::render(a, revision, m_highlighter, m_urls);
        const qsizetype note = page.indexOf(QStringLiteral("<aside class=\"page-note\""));
        QVERIFY2(note > 0, qPrintable(page));
        // After the heading, before the text; Markdown rendered, HTML escaped; no offset of its own.
        QVERIFY(note > page.indexOf(QStringLiteral("<h1")));
        QVERIFY(note < page.indexOf(QStringLiteral("Il testo.")));
        const QString aside = page.mid(note, page.indexOf(QStringLiteral("</aside>"), note) - note);
        QVERIFY2(aside.contains(QStringLiteral("<em>prima</em>")), qPrintable(aside));
        QVERIFY(!aside.contains(QStringLiteral("<script>")));
        QVERIFY(!aside.contains(QStringLiteral("data-offset")));
        // No note: no aside.
        a.note.clear();
        QVERIFY(!ReaderHtml::render(a, revision, m_highlighter, m_urls).contains(QStringLiteral("page-note")));
    }

    void aTitleTakenFromTheFirstSentenceIsNotShownTwice()
    {
        // Imported without a title of its own, the article is named after its first words; the page
        // does not show them as a heading over the same words (screen readers still find the heading).
        const QString first = QStringLiteral("Il 23 ottobre 2024, durante il primo vertice dei ministri della Difesa "
                                             "del G7, il segretario alla Difesa ha confermato l'invio.");
        Article a;
        a.id = QStringLiteral("d");
        a.title = QStringLiteral("Il 23 ottobre 2024, durante il primo vertice dei ministri della Difesa del G7\u2026");
        a.byline = QStringLiteral("Redazione");
        const Revision revision = Revision::fromBlocks({{.text = first}, {.text = QStringLiteral("Seconda.")}});
        const QString page = ReaderHtml::render(a, revision, m_highlighter, m_urls);
        QVERIFY2(page.contains(QStringLiteral("<h1 class=\"title visually-hidden\">")), qPrintable(page.left(1500)));
        QVERIFY(page.contains(QStringLiteral("<p class=\"byline\">Redazione</p>")));
        // A title of its own, or a short one that merely starts like the text, is shown.
        a.title = QStringLiteral("La Corea del Nord e la Russia");
        QVERIFY(
            ReaderHtml::render(a, revision, m_highlighter, m_urls).contains(QStringLiteral("<h1 class=\"title\">")));
        a.title = QStringLiteral("Il 23");
        QVERIFY(
            ReaderHtml::render(a, revision, m_highlighter, m_urls).contains(QStringLiteral("<h1 class=\"title\">")));
    }

    void embeddedAnnotationsStayData()
    {
        // A note's HTML (or any text in the list) can never end the data element or run as script.
        const QJsonObject item {{QStringLiteral("id"), QStringLiteral("n1")},
            {QStringLiteral("noteHtml"),
                QStringLiteral("</script><script>alert(1)</script><!-- <SCRIPT>x</ScRiPt> &amp; \u2028")}};
        const QJsonObject state {
            {QStringLiteral("serial"), QStringLiteral("7")}, {QStringLiteral("items"), QJsonArray {item}}};
        const QByteArray json = QJsonDocument(state).toJson(QJsonDocument::Compact);
        Article a;
        a.id = QStringLiteral("a1");
        const QString html = ReaderHtml::render(
            a, Revision::fromBlocks({{.text = QStringLiteral("Testo.")}}), m_highlighter, m_urls, {.state = json});

        const QString open = QStringLiteral("<script type=\"application/json\" id=\"glossa-state\">");
        const qsizetype start = html.indexOf(open);
        QVERIFY(start > html.indexOf(QStringLiteral("</main>")));
        const qsizetype end = html.indexOf(QStringLiteral("</script>"), start);
        QVERIFY(end > start);
        const QString data = html.mid(start + open.size(), end - start - open.size());
        QVERIFY(!data.contains(u'<'));
        // The element holds exactly the list, which the page parses back unchanged.
        QCOMPARE(QJsonDocument::fromJson(data.toUtf8()).object(), state);
        // Only the data element follows the page's markup: no script of any kind came in.
        QCOMPARE(html.count(QStringLiteral("<script")), 1 + m_urls.scripts.size());

        // Without a list there is no data element.
        QVERIFY(!render({{.text = QStringLiteral("Testo.")}}).contains(QStringLiteral("glossa-state")));
    }

    void themeIsSetFromTheFirstFrame()
    {
        Article a;
        a.id = QStringLiteral("a1");
        a.language = QStringLiteral("it");
        const Revision r = Revision::fromBlocks({{.text = QStringLiteral("Testo.")}});
        QVERIFY(ReaderHtml::render(a, r, m_highlighter, m_urls, {.theme = QStringLiteral("dark")})
                .contains(QStringLiteral("<html lang=\"it\" data-theme=\"dark\">")));
        QVERIFY(ReaderHtml::render(a, r, m_highlighter, m_urls, {.theme = QStringLiteral("light")})
                .contains(QStringLiteral("<html lang=\"it\" data-theme=\"light\">")));
        // Anything else is not written into the page: the system's colours apply.
        QVERIFY(ReaderHtml::render(a, r, m_highlighter, m_urls, {.theme = QStringLiteral("dark\" onload=\"x")})
                .contains(QStringLiteral("<html lang=\"it\">")));
        QVERIFY(ReaderHtml::render(a, r, m_highlighter, m_urls).contains(QStringLiteral("<html lang=\"it\">")));
    }
};

QTEST_GUILESS_MAIN(TstReaderHtml)
#include "tst_readerhtml.moc"
