// SPDX-License-Identifier: GPL-3.0-or-later
// HTML import through Mozilla Readability in an offscreen page: the article mapped to Glossa blocks
// with its metadata, the plain-text fallback for pages that are not articles, the page's own scripts
// never running and nothing it names ever fetched (a local server counts the connections).
#include "helpers/blockdump.h"
#include "helpers/connectioncounter.h"
#include "helpers/goldenfile.h"
#include "helpers/uitestmain.h"
#include "ingest/importer.h"
#include "web/htmlextractor.h"

#include <QFile>

using namespace Glossa;
using namespace Glossa::Ingest;
using Glossa::Model::BlockType;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(GLOSSA_TEST_DATA "/ingest/html/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList expectedBody(const QString &name)
{
    return QString::fromUtf8(fixture(name)).split(u'\n', Qt::SkipEmptyParts);
}

QStringList texts(const Extraction &e)
{
    QStringList out;
    for (const auto &b : e.blocks) {
        out << b.text;
    }
    return out;
}

} // namespace

class TstHtmlExtractor : public QObject
{
    Q_OBJECT

    Test::ConnectionCounter m_server;
    // Owned by the test as the import controller owns its own; gone before the application.
    std::unique_ptr<HtmlExtractorProvider> m_html;

private Q_SLOTS:
    void initTestCase()
    {
        m_server.listen();
        m_html = std::make_unique<HtmlExtractorProvider>(&Ui::newHtmlPageExtractor);
    }

    void articleBecomesBlocksWithMetadata()
    {
        const ExtractionResult r = Importers::extractBytes(
            fixture(QStringLiteral("it_article.html")), Format::Auto, QStringLiteral("it_article.html"), m_html.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const Extraction &e = *r;
        QCOMPARE(texts(e), expectedBody(QStringLiteral("it_article.body.txt")));
        QCOMPARE(e.title, QStringLiteral("Le biblioteche di quartiere rinascono a Torino"));
        QCOMPARE(e.byline, QStringLiteral("Elena Marchetti"));
        QCOMPARE(e.site, QStringLiteral("Cronache Urbane"));
        QCOMPARE(e.language, QStringLiteral("it"));
        QCOMPARE(e.published, QStringLiteral("2024-05-14T09:30:00+02:00"));
        QVERIFY(e.excerpt.startsWith(QStringLiteral("Come tre biblioteche")));

        QList<BlockType> types;
        for (const auto &b : e.blocks) {
            types << b.type;
            QVERIFY(!b.text.contains(u'<')); // never markup
        }
        QCOMPARE(types,
            (QList<BlockType> {BlockType::Paragraph, BlockType::Paragraph, BlockType::Heading, BlockType::Paragraph,
                BlockType::Quote, BlockType::Paragraph, BlockType::ListItem, BlockType::ListItem, BlockType::Caption,
                BlockType::Heading, BlockType::Paragraph, BlockType::Code}));
        QCOMPARE(e.blocks[2].level, 2);
        QCOMPARE(e.blocks[6].level, 1);
        QCOMPARE(e.blocks.last().language, QStringLiteral("python"));
    }

    // Lists (nested, ordered from 3), emphasis, strong, code, links (relative and script ones dropped),
    // a table, footnotes with their back links left out, a figure's caption and a quote, as
    // tests/data/ingest/html/en_structure.blocks.txt shows them.
    void structureMatchesGoldenFile()
    {
        const ExtractionResult r = Importers::extractBytes(fixture(QStringLiteral("en_structure.html")), Format::Html,
            QStringLiteral("https://fieldnotes.example/seeds.html"), m_html.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        Test::compareWithGolden(Test::blockDump(r->blocks), QStringLiteral("ingest/html/en_structure.blocks.txt"));
        // The list and the table are there as such, not flattened into paragraphs.
        QList<BlockType> types;
        for (const auto &b : r->blocks) {
            types << b.type;
        }
        QCOMPARE(types.count(BlockType::ListItem), 7);
        QCOMPARE(types.count(BlockType::TableRow), 3);
        QCOMPARE(types.count(BlockType::Footnote), 2);
    }

    void pageThatIsNotAnArticleFallsBackToItsText()
    {
        const ExtractionResult r = Importers::extractBytes(fixture(QStringLiteral("fr_no_article.html")), Format::Html,
            QStringLiteral("fr_no_article.html"), m_html.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(texts(*r), expectedBody(QStringLiteral("fr_no_article.body.txt")));
        QCOMPARE(r->title, QStringLiteral("Trois jours dans le Jura"));
        QCOMPARE(r->language, QStringLiteral("fr"));
    }

    void remoteResourcesAreNeverFetchedAndScriptsNeverRun()
    {
        const QString server = m_server.url();
        QByteArray page = fixture(QStringLiteral("en_remote.html"));
        page.replace("{{SERVER}}", server.toUtf8());
        auto *extractor = dynamic_cast<Ui::HtmlPageExtractor *>(m_html->extractor());
        QVERIFY(extractor);
        const int refusedBefore = extractor->refusedRequests();

        const ExtractionResult r = Importers::extractBytes(page, Format::Html, server + u"article.html", m_html.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(texts(*r), expectedBody(QStringLiteral("en_remote.body.txt")));
        QCOMPARE(r->site, QStringLiteral("The Rail Letter"));
        QVERIFY(!r->excerpt.contains(QStringLiteral("SCRIPT-INJECTED")));

        QTest::qWait(1500); // give anything that slipped through time to arrive
        QCOMPARE(m_server.connections, 0);
        QVERIFY(extractor->refusedRequests() > refusedBefore); // the stylesheet, the frame… were asked for
    }

    void pagesWithoutArticleElements_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("language");
        QTest::addRow("blog with sidebar and comments")
            << QStringLiteral("en_blog_comments") << QStringLiteral("Growing tomatoes on a north-facing balcony")
            << QStringLiteral("Priya Nair") << QStringLiteral("en-GB");
        QTest::addRow("news in divs, byline in the page")
            << QStringLiteral("de_news") << QStringLiteral("Neue Radwege für Leipzig: Stadtrat beschließt Plan")
            << QStringLiteral("Jonas Becker") << QStringLiteral("de");
    }

    void pagesWithoutArticleElements()
    {
        QFETCH(QString, name);
        QFETCH(QString, title);
        QFETCH(QString, byline);
        QFETCH(QString, language);
        const ExtractionResult r
            = Importers::extractBytes(fixture(name + u".html"), Format::Html, name + u".html", m_html.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->title, title); // the site's name is cut from "Title – Site"
        QCOMPARE(r->byline, byline); // "Von X" → "X"
        QCOMPARE(r->language, language);
        // Every paragraph of the article is there, in order; no comment or sidebar text is.
        const QStringList got = texts(*r);
        qsizetype at = 0;
        for (const QString &expected : expectedBody(name + u".body.txt")) {
            at = got.indexOf(expected, at);
            QVERIFY2(at >= 0, qPrintable(expected));
        }
        for (const QString &t : got) {
            QVERIFY(!t.contains(QStringLiteral("Great post")));
            QVERIFY(!t.contains(QStringLiteral("Popular posts")));
        }
    }

    void declaredLatin1IsDecoded()
    {
        const QString para = QStringLiteral(
            "L’été dernier, la bibliothèque municipale a prêté plus de livres que pendant toute l’année "
            "précédente, grâce aux lectures organisées dans les jardins du quartier et à l’ouverture le dimanche.");
        QByteArray page
            = "<html lang=\"fr\"><head><meta charset=\"windows-1252\"><title>Été</title></head><body><article>";
        for (int i = 0; i < 3; ++i) {
            page += "<p>" + para.toLatin1().replace('?', "\x92") + "</p>"; // ’ is 0x92 in Windows-1252
        }
        page += "</article></body></html>";
        const ExtractionResult r
            = Importers::extractBytes(page, Format::Html, QStringLiteral("latin.html"), m_html.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->blocks.size(), 3);
        QCOMPARE(r->blocks.first().text, para);
    }

    void serverCountsRealConnections()
    {
        // Control for the test above: a zero there means something.
        m_server.checkCountsARealConnection();
    }

    void pageIsReusedForTheNextExtraction()
    {
        HtmlExtractor *first = m_html->extractor();
        for (int i = 0; i < 3; ++i) {
            const ExtractionResult r = Importers::extractBytes(fixture(QStringLiteral("it_article.html")), Format::Html,
                QStringLiteral("it_article.html"), m_html.get());
            QVERIFY(r.ok());
            QCOMPARE(r->blocks.size(), 12);
        }
        QCOMPARE(m_html->extractor(), first);
    }

    void cleanupTestCase() { m_html.reset(); }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstHtmlExtractor)
#include "tst_htmlextractor.moc"
