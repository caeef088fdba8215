// SPDX-License-Identifier: GPL-3.0-or-later
// Importing into a library, as `glossa import` and File > Import do it:
//   import.text_1000_s   1,000 generated plain-text articles of seed-like size (~1,000 words of
//                        Italian-like prose with a title and site chrome around the body) through
//                        LibraryImport::importBytes into a new library, indexed by the FTS triggers;
//                        one transaction per article, each synced (synchronous=FULL). Total seconds.
//   import.extract_1000_s the extraction alone for the same texts (where the time goes)
//   import.store_1000_s   what the store costs: the total minus the extraction
#include "copiedtextarticle.h"
#include "ingest/importer.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "store/articlerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Glossa;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QRandomGenerator rng(4);
    QList<QByteArray> articles;
    articles.reserve(1000);
    for (int i = 0; i < 1000; ++i) {
        articles.append(Bench::copiedTextArticle(rng, i));
    }

    QElapsedTimer timer;
    timer.start();
    for (const QByteArray &a : std::as_const(articles)) {
        if (!Ingest::Importers::extractBytes(a, Ingest::Format::Text, QStringLiteral("x.txt")).ok()) {
            std::fprintf(stderr, "extraction failed\n");
            return 1;
        }
    }
    const double extractSeconds = double(timer.nsecsElapsed()) / 1e9;

    QTemporaryDir dir;
    Library library;
    Store::OpenOptions options;
    options.create = true;
    if (!dir.isValid() || library.open(dir.filePath(QStringLiteral("library")), options).failed()) {
        std::fprintf(stderr, "cannot create the library\n");
        return 1;
    }
    LibraryImport import(&library);
    timer.restart();
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const ImportResult r
            = import.importBytes(articles[i], Ingest::Format::Text, QStringLiteral("bench-%1.txt").arg(i));
        if (!r) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
    }
    const double totalSeconds = double(timer.nsecsElapsed()) / 1e9;
    const auto count = Store::ArticleRepository(library.store()->db()).count();
    if (!count || *count != articles.size()) {
        std::fprintf(stderr, "the library holds the wrong number of articles\n");
        return 1;
    }
    std::printf("bench import.text_1000_s %.3f s\n", totalSeconds);
    std::printf("bench import.extract_1000_s %.3f s\n", extractSeconds);
    std::printf("bench import.store_1000_s %.3f s\n", std::max(0.0, totalSeconds - extractSeconds));
    return 0;
}
