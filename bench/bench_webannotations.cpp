// SPDX-License-Identifier: GPL-3.0-or-later
// W3C Web Annotations on the reader benchmarks' article (a 20,000-word reading with 1,000
// highlights, 200 of them with notes, readerbenchdata.h):
//   export.jsonld_ms              the article's collection written as JSON-LD, from the library (median of 15)
//   export.jsonld_bytes           its size
//   import.annotations_1000_ms    those 1,000 annotations read, anchored and stored in a fresh library
//                                 holding the same article, one transaction and undo step (median of 7)
#include "export/webannotationexport.h"
#include "export/webannotationimport.h"
#include "library/library.h"
#include "library/undostack.h"
#include "readerbenchdata.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Glossa;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values[values.size() / 2];
}

bool openNew(Library &library, const QString &dir)
{
    Store::OpenOptions options;
    options.create = true;
    return !library.open(dir, options).failed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Library library;
    if (!dir.isValid() || !openNew(library, dir.filePath(QStringLiteral("source")))) {
        std::fprintf(stderr, "cannot create the library\n");
        return 1;
    }
    const QString markdown = Bench::sampleMarkdown(20'000);
    const QString articleId = Bench::importArticle(library, markdown, QStringLiteral("https://example.org/long"));
    if (articleId.isEmpty() || !Bench::annotate(library, articleId, 1000, 200)) {
        return 1;
    }

    QList<double> exportMs;
    QByteArray json;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        const auto written = Export::WebAnnotationExport::write(library, articleId);
        exportMs << double(t.nsecsElapsed()) / 1e6;
        if (!written) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(written.error().message));
            return 1;
        }
        json = *written;
    }

    QList<double> importMs;
    for (int i = 0; i < 7; ++i) {
        Library fresh;
        if (!openNew(fresh, dir.filePath(QStringLiteral("fresh%1").arg(i)))) {
            return 1;
        }
        const QString freshId = Bench::importArticle(fresh, markdown, QStringLiteral("https://example.org/long"));
        QElapsedTimer t;
        t.start();
        const auto imported = Export::WebAnnotationImport::importBytes(fresh, json, freshId);
        importMs << double(t.nsecsElapsed()) / 1e6;
        if (!imported || imported->annotations.size() != 1000) {
            std::fprintf(stderr, "import failed: %s\n",
                imported ? "not every annotation was stored" : qPrintable(imported.error().message));
            return 1;
        }
    }
    std::printf("bench export.jsonld_ms %.1f ms\n", median(exportMs));
    std::printf("bench export.jsonld_bytes %lld bytes\n", static_cast<long long>(json.size()));
    std::printf("bench import.annotations_1000_ms %.1f ms\n", median(importMs));
    return 0;
}
