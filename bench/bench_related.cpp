// SPDX-License-Identifier: GPL-3.0-or-later
// Related passages (Links::Related) in a library of 10,000 articles:
//   related.p50_ms, related.p95_ms   the related passages (10) of one paragraph of an article, from its
//                                     text to the list with snippets and shared words: median and 95th
//                                     percentile of 300 paragraphs of random articles
//   related.article_p50_ms           the same for a whole article (median of 50)
//   related.build_s                  writing the library (the passage index filled by its triggers)
// The articles are generated (benchlibrary.h).
#include "benchlibrary.h"
#include "benchstats.h"
#include "library/library.h"
#include "links/related.h"
#include "model/revision.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <cmath>
#include <cstdio>

using namespace Glossa;

namespace {

constexpr int kArticles = 10'000;
constexpr int kPassageQueries = 300;
constexpr int kArticleQueries = 50;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Library library;
    if (!Bench::openNewLibrary(library, dir)) {
        return 1;
    }
    Store::Database &db = library.store()->db();

    QRandomGenerator random(15);
    struct Sample {
        QString articleId;
        QString paragraph;
    };
    QList<Sample> samples;
    QStringList articleIds;
    QElapsedTimer build;
    build.start();
    const Status written = Bench::writeGeneratedLibrary(
        db, kArticles, random, [&](const Bench::GeneratedArticle &a, QRandomGenerator &rng) {
            articleIds.append(a.id);
            if (samples.size() < kPassageQueries && rng.bounded(kArticles / kPassageQueries) == 0) {
                const Model::Block &b = a.revision.blocks()[1 + rng.bounded(int(a.revision.blocks().size()) - 1)];
                samples.append({a.id, a.revision.canonicalText().mid(b.start, b.end - b.start)});
            }
        });
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }
    Bench::line("related.build_s", double(build.elapsed()) / 1000.0, "s");
    std::printf("# %lld passages\n", *db.scalar(QStringLiteral("SELECT count(*) FROM passages")));

    Links::Related related(db);
    QList<double> times;
    qsizetype found = 0;
    for (const Sample &s : samples) {
        QElapsedTimer t;
        t.start();
        const auto r = related.forText(s.articleId, s.paragraph);
        times.append(double(t.nsecsElapsed()) / 1e6);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
        found += r->size();
    }
    // Where the time goes: choosing the words (index look-ups of their frequencies) against the rest.
    QList<double> termTimes;
    QElapsedTimer count;
    count.start();
    for (int i = 0; i < 20; ++i) {
        (void)db.scalar(QStringLiteral("SELECT count(*) FROM passages"));
    }
    std::printf("# counting passages: %.2f ms\n", double(count.nsecsElapsed()) / 1e6 / 20);
    for (const Sample &s : samples) {
        QElapsedTimer t;
        t.start();
        (void)related.distinctiveTerms(s.articleId, s.paragraph);
        termTimes.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("# choosing the words: median %.1f ms\n", Bench::percentile(termTimes, 0.5));
    std::printf("# %lld paragraphs asked, %.1f passages found on average\n", qlonglong(samples.size()),
        samples.isEmpty() ? 0.0 : double(found) / double(samples.size()));
    Bench::line("related.p50_ms", Bench::percentile(times, 0.5), "ms");
    Bench::line("related.p95_ms", Bench::percentile(times, 0.95), "ms");

    QList<double> articleTimes;
    for (int i = 0; i < kArticleQueries; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r = related.forArticle(articleIds[random.bounded(int(articleIds.size()))]);
        articleTimes.append(double(t.nsecsElapsed()) / 1e6);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
            return 1;
        }
    }
    Bench::line("related.article_p50_ms", Bench::percentile(articleTimes, 0.5), "ms");
    return 0;
}
