// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile pages through the real extractor (Readability in an offscreen page): tables nested 2,500
// deep (about 80 KB, once "the page took too long to analyse" and then a crash) and 250,000
// unclosed <script> tags (once a quadratic regular expression before any limit) are read like any
// other page, their text kept.
#include "helpers/uitestmain.h"
#include "ingest/importer.h"
#include "web/htmlextractor.h"

using namespace Glossa;
using namespace Glossa::Ingest;
using namespace Qt::StringLiterals;

namespace {

QString allText(const Extraction &e)
{
    QString out;
    for (const auto &b : e.blocks) {
        out += b.text + u'\n';
    }
    return out;
}

} // namespace

class TstHostileHtml : public QObject
{
    Q_OBJECT

    std::unique_ptr<HtmlExtractorProvider> m_html;

private Q_SLOTS:
    void initTestCase() { m_html = std::make_unique<HtmlExtractorProvider>(&Ui::newHtmlPageExtractor); }

    void deeplyNestedTablesAreRead()
    {
        QByteArray page = "<html><head><title>Tabelle</title></head><body>";
        for (int i = 0; i < 2500; ++i) {
            page += "<table><tr><td>cella" + QByteArray::number(i) + " ";
        }
        for (int i = 0; i < 2500; ++i) {
            page += "</td></tr></table>";
        }
        page += "</body></html>";
        const ExtractionResult r = Importers::extractBytes(page, Format::Html, u"tabelle.html"_s, m_html.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        // The nest's text is read: the cells flattened beyond the depth limit included. (Which of the
        // outer cells Readability keeps is its own business.)
        const QString text = allText(*r);
        int kept = 0;
        for (int i = 0; i < 2500; ++i) {
            kept += text.contains(u"cella%1 "_s.arg(i)) ? 1 : 0;
        }
        QVERIFY2(kept >= 2400, qPrintable(QString::number(kept)));
        QVERIFY(text.contains(u"cella2499"_s));
    }

    void unclosedScriptsAfterTheArticleAreDropped()
    {
        QByteArray page = "<html><head><title>Il porto</title></head><body><article><h1>Il porto</h1>";
        for (int i = 0; i < 12; ++i) {
            page += "<p>La nuova diga foranea cambia il traffico delle navi nel porto, e con esso le rotte, i "
                    "tempi e i costi delle merci che vi arrivano ogni giorno.</p>";
        }
        page += "</article>";
        for (int i = 0; i < 250'000; ++i) {
            page += "<script>";
        }
        const ExtractionResult r = Importers::extractBytes(page, Format::Html, u"porto.html"_s, m_html.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(allText(*r).contains(u"La nuova diga foranea"_s));
    }

    void cleanupTestCase() { m_html.reset(); }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstHostileHtml)
#include "tst_hostilehtml.moc"
