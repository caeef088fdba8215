// SPDX-License-Identifier: GPL-3.0-or-later
// Import benchmarks that need no library:
// - HTML extraction time per page with the web engine warm (the first page, which starts the
//   engine, is not counted): median and 95th percentile over 40 extractions of the HTML fixtures;
// - extraction quality on the fixture set in tests/data/ingest (text and HTML pages whose bodies are
//   known): token-level precision and recall of the extracted body, micro-averaged.
// Prints: bench import.html_median_ms / import.html_p95_ms / import.fixture_precision / import.fixture_recall
// (import.text_1000_s needs the store and is not measured here.)
#include "ingest/importer.h"
#include "ingest/language.h"
#include "model/revision.h"
#include "web/htmlextractor.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Glossa;

namespace {

const QString dataDir = QStringLiteral(GLOSSA_TEST_DATA "/ingest");

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QHash<QString, int> bagOfWords(const QString &text)
{
    QHash<QString, int> bag;
    for (const QString &w : Ingest::Language::words(text)) {
        ++bag[w];
    }
    return bag;
}

struct Counts {
    qint64 extracted = 0;
    qint64 expected = 0;
    qint64 common = 0;
};

void addQuality(Counts &c, const QString &extractedText, const QString &expectedText)
{
    const QHash<QString, int> got = bagOfWords(extractedText);
    const QHash<QString, int> want = bagOfWords(expectedText);
    for (auto it = got.cbegin(); it != got.cend(); ++it) {
        c.extracted += it.value();
        c.common += std::min(it.value(), want.value(it.key()));
    }
    for (const int n : want) {
        c.expected += n;
    }
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // The web page that reads HTML, created on the first page and gone before the application.
    auto html = std::make_unique<Ingest::HtmlExtractorProvider>(&Ui::newHtmlPageExtractor);

    // Quality over every fixture with a known body.
    Counts counts;
    for (const QString &kind : {QStringLiteral("text"), QStringLiteral("html")}) {
        const QDir dir(dataDir + u'/' + kind);
        for (const QString &body : dir.entryList({QStringLiteral("*.body.txt")}, QDir::Files, QDir::Name)) {
            const QString stem = body.chopped(9);
            const QString source
                = dir.filePath(stem + (kind == u"text" ? QStringLiteral(".txt") : QStringLiteral(".html")));
            QByteArray bytes = read(source);
            bytes.replace("{{SERVER}}", "http://127.0.0.1:9/"); // nothing is fetched anyway
            const Ingest::ExtractionResult r
                = Ingest::Importers::extractBytes(bytes, Ingest::Format::Auto, source, html.get());
            QString expected = QString::fromUtf8(read(dir.filePath(body)));
            expected.replace(QStringLiteral("# "), QString()); // heading markers are not words
            const QString extracted = r ? Model::Revision::fromBlocks(r->blocks).canonicalText() : QString();
            addQuality(counts, extracted, expected);
        }
    }

    // Speed: warm the engine with one page, then time the fixtures in turn.
    QList<QByteArray> pages;
    const QDir htmlDir(dataDir + u"/html");
    for (const QString &name : htmlDir.entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name)) {
        QByteArray page = read(htmlDir.filePath(name));
        page.replace("{{SERVER}}", "http://127.0.0.1:9/");
        pages << page;
    }
    Ingest::Importers::extractBytes(pages.first(), Ingest::Format::Html, QStringLiteral("warm-up.html"), html.get());
    QList<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < 40; ++i) {
        timer.start();
        const Ingest::ExtractionResult r = Ingest::Importers::extractBytes(
            pages[i % pages.size()], Ingest::Format::Html, QStringLiteral("page.html"), html.get());
        ms << double(timer.nsecsElapsed()) / 1e6;
        if (!r.ok()) {
            std::fprintf(stderr, "extraction %d failed: %s\n", i, qPrintable(r.error().message));
            return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    const double median = (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    const double p95 = ms[qsizetype(std::ceil(0.95 * double(ms.size()))) - 1];
    html.reset();

    std::printf("bench import.html_median_ms %.1f ms\n", median);
    std::printf("bench import.html_p95_ms %.1f ms\n", p95);
    std::printf("bench import.fixture_precision %.3f ratio\n",
        counts.extracted ? double(counts.common) / double(counts.extracted) : 0.0);
    std::printf("bench import.fixture_recall %.3f ratio\n",
        counts.expected ? double(counts.common) / double(counts.expected) : 0.0);
    return 0;
}
