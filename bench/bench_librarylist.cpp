// SPDX-License-Identifier: GPL-3.0-or-later
// The library list and find in article on a large library: 10,000 generated articles with 100,000
// annotations (a fifth with notes), 20,000 comments and 10,000 links. Prints
//   list.counts_ms       the grouped query of every article's counts (median of 20)
//   list.counts_one_ms   one article's counts, as read after a change to it (median of 100)
//   list.reload_ms       the list model read whole (articles, counts, last read; median of 5)
//   list.sort_ms         re-sorting it by annotation count, then by title (median of 5 each)
//   find.fold_ms         folding a 20,000-word article for finding (once per article shown)
//   find.keystroke_ms    finding a typed prefix in it (median over 200 prefixes of 1 to 6 letters)
#include "benchlibrary.h"
#include "benchstats.h"
#include "library/library.h"
#include "library/librarylistmodel.h"
#include "search/findintext.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

using namespace Glossa;

namespace {
constexpr int kArticles = 10'000;
constexpr int kAnnotationsEach = 10;
constexpr int kCommentsEach = 2;

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
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
    auto annotation = db.prepareUncached(QStringLiteral(
        "INSERT INTO annotations(id, article_id, revision_id, kind, style, note, quote, pos_start, pos_end, "
        "anchor_start, anchor_end, anchor_status, created, updated) "
        "VALUES (?1, ?2, ?3, 'highlight', 'fill', ?4, ?5, ?6, ?7, ?6, ?7, 'exact', '2026-01-01T00:00:00.000Z', "
        "'2026-01-01T00:00:00.000Z')"));
    auto comment = db.prepareUncached(QStringLiteral("INSERT INTO comments(id, article_id, body, created) "
                                                     "VALUES (?1, ?2, 'Un commento.', '2026-01-01T00:00:00.000Z')"));
    auto link
        = db.prepareUncached(QStringLiteral("INSERT INTO links(id, from_article_id, to_article_id, relation, "
                                            "created) VALUES (?1, ?2, ?3, 'supports', '2026-01-01T00:00:00.000Z')"));
    if (!annotation || !comment || !link) {
        std::fprintf(stderr, "cannot prepare the inserts\n");
        return 1;
    }
    QRandomGenerator random(16);
    QString previous;
    QString longText; // about 20,000 words, for find in article
    const Status written = Bench::writeGeneratedLibrary(
        db, kArticles, random, [&](const Bench::GeneratedArticle &a, QRandomGenerator &rng) {
            const QString &text = a.revision.canonicalText();
            for (int i = 0; i < kAnnotationsEach; ++i) {
                const qsizetype start = rng.bounded(int(std::max<qsizetype>(1, text.size() - 40)));
                (*annotation)->bind(1, newId());
                (*annotation)->bind(2, a.id);
                (*annotation)->bind(3, a.revision.id);
                (*annotation)->bind(4, i % 5 == 0 ? QStringLiteral("Una nota.") : QString());
                (*annotation)->bind(5, text.mid(start, 30));
                (*annotation)->bind(6, qint64(start));
                (*annotation)->bind(7, qint64(start + 30));
                (void)(*annotation)->exec();
            }
            for (int i = 0; i < kCommentsEach; ++i) {
                (*comment)->bind(1, newId());
                (*comment)->bind(2, a.id);
                (void)(*comment)->exec();
            }
            if (!previous.isEmpty()) {
                (*link)->bind(1, newId());
                (*link)->bind(2, previous);
                (*link)->bind(3, a.id);
                (void)(*link)->exec();
            }
            previous = a.id;
            if (longText.count(u' ') < 20'000) {
                longText += text + QStringLiteral("\n\n");
            }
        });
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }
    std::printf("# %lld annotations, %lld comments, %lld links\n",
        *db.scalar(QStringLiteral("SELECT count(*) FROM annotations")),
        *db.scalar(QStringLiteral("SELECT count(*) FROM comments")),
        *db.scalar(QStringLiteral("SELECT count(*) FROM links")));

    QList<double> counts;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        const auto c = library.readArticleCounts();
        counts.append(ms(t));
        if (!c || c->size() != kArticles) {
            std::fprintf(stderr, "the counts are wrong\n");
            return 1;
        }
    }
    Bench::print("list.counts_ms", Bench::spread(counts), "ms");
    QList<double> one;
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer t;
        t.start();
        const auto c = Store::ArticleOverview::countsOf(db, previous);
        one.append(ms(t));
        if (!c || c->annotations != kAnnotationsEach) {
            std::fprintf(stderr, "one article's counts are wrong\n");
            return 1;
        }
    }
    Bench::print("list.counts_one_ms", Bench::spread(one), "ms");

    QList<double> reloads;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        LibraryListModel model(&library);
        reloads.append(ms(t));
    }
    Bench::print("list.reload_ms", Bench::spread(reloads), "ms");
    LibraryListModel model(&library);
    QList<double> sorts;
    for (int i = 0; i < 5; ++i) {
        for (const auto sort : {LibraryListModel::Sort::Annotations, LibraryListModel::Sort::Title}) {
            QElapsedTimer t;
            t.start();
            model.setSort(sort);
            sorts.append(ms(t));
        }
    }
    Bench::print("list.sort_ms", Bench::spread(sorts), "ms");

    QElapsedTimer fold;
    fold.start();
    const Search::FindInText finder(longText);
    std::printf("bench find.fold_ms %.1f ms\n", ms(fold));
    std::printf("# the article: %lld words, %lld characters\n", longText.count(u' ') + 1, longText.size());
    QList<double> keys;
    const QStringList words = longText.split(u' ', Qt::SkipEmptyParts);
    qsizetype found = 0;
    for (int i = 0; i < 200; ++i) {
        const QString word = words.at(random.bounded(int(words.size())));
        const QString prefix = word.left(1 + i % 6);
        QElapsedTimer t;
        t.start();
        found += finder.find(prefix).size();
        keys.append(ms(t));
    }
    Bench::print("find.keystroke_ms", Bench::spread(keys), "ms");
    std::printf("# %lld matches in all\n", found);
    return 0;
}
