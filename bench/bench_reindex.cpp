// SPDX-License-Identifier: GPL-3.0-or-later
// The upgrade to inflections in search (schema version 9: every full-text table rebuilt with the
// stemming tokenizer, store/stemmingtokenizer.h), on a library of 10,000 generated articles of about
// 1,000 words (benchlibrary.h) in the five stemmed languages in turn, with 100,000 annotations with
// notes and 20,000 comments, written at schema version 8:
//   search.reindex_s               Schema::migrate from 8 to 9 (the SQL, then the re-index in chunks)
//   store.bytes_per_article_v8     the library's pages in use per article before,
//   store.bytes_per_article        and after (the stems take room in each index)
//   search.query_ms_v8             a two-word search as typed (SearchRepository: the last word a
//   search.query_ms                prefix), median over 20 queries, before and after
#include "benchlibrary.h"
#include "benchstats.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/searchrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Glossa;

namespace {

constexpr int kArticles = 10'000;
constexpr int kAnnotationsPerArticle = 10;
constexpr int kCommentsPerArticle = 2;
constexpr int kQueries = 20;

struct Written {
    QString articleId;
    QString revisionId;
    QString text;
};

Status writeNotesAndComments(Store::Database &db, const QList<Written> &articles, QRandomGenerator &random)
{
    Bench::GeneratedProse prose(random);
    Store::Transaction tx(db);
    auto annotation = db.prepareUncached(QStringLiteral(
        "INSERT INTO annotations(id, article_id, revision_id, kind, style, note, pos_start, pos_end, quote, "
        "anchor_start, anchor_end, anchor_status, created, updated) VALUES (?1, ?2, ?3, 'highlight', 'fill', ?4, "
        "?5, ?6, ?7, ?5, ?6, 'exact', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z')"));
    auto comment = db.prepareUncached(QStringLiteral("INSERT INTO comments(id, article_id, author, body, created) "
                                                     "VALUES (?1, ?2, 'Reader', ?3, '2026-12-01T00:00:00.000Z')"));
    if (!tx.began() || !annotation || !comment) {
        return Error {0, QStringLiteral("cannot write the notes")};
    }
    for (const Written &a : articles) {
        for (int i = 0; i < kAnnotationsPerArticle; ++i) {
            const qsizetype start = random.bounded(int(std::max<qsizetype>(1, a.text.size() - 200)));
            const qsizetype end = start + 40 + random.bounded(120);
            (*annotation)->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
            (*annotation)->bind(2, a.articleId);
            (*annotation)->bind(3, a.revisionId);
            (*annotation)->bind(4, prose.sentences(10 + random.bounded(40)));
            (*annotation)->bind(5, qint64(start));
            (*annotation)->bind(6, qint64(end));
            (*annotation)->bind(7, a.text.mid(start, end - start));
            if (Status s = (*annotation)->exec(); !s) {
                return s;
            }
        }
        for (int i = 0; i < kCommentsPerArticle; ++i) {
            (*comment)->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
            (*comment)->bind(2, a.articleId);
            (*comment)->bind(3, prose.sentences(20 + random.bounded(80)));
            if (Status s = (*comment)->exec(); !s) {
                return s;
            }
        }
    }
    return tx.commit();
}

// The pages in use (not the free pages the dropped tables left), after a checkpoint.
double bytesPerArticle(Store::Database &db)
{
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const qint64 pages = db.scalar(QStringLiteral("PRAGMA page_count")).valueOr(0);
    const qint64 freePages = db.scalar(QStringLiteral("PRAGMA freelist_count")).valueOr(0);
    const qint64 size = db.scalar(QStringLiteral("PRAGMA page_size")).valueOr(0);
    return double((pages - freePages) * size) / kArticles;
}

double queryMs(Store::Database &db, const QStringList &queries)
{
    QList<double> times;
    for (const QString &q : queries) {
        QElapsedTimer t;
        t.start();
        auto hits = Store::SearchRepository(db).search(q);
        times.append(double(t.nsecsElapsed()) / 1e6);
        if (!hits) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(hits.error().message));
        }
    }
    return Bench::spread(times).median;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return 1;
    }
    auto db
        = Store::Database::open(dir.filePath(QStringLiteral("library.sqlite")), Store::Database::Mode::ReadWriteCreate);
    if (!db || !Store::Schema::configure(**db) || !Store::Schema::migrate(**db, 8)) {
        std::fprintf(stderr, "cannot create a library at version 8\n");
        return 1;
    }
    QRandomGenerator random(16);
    QList<Written> articles;
    QStringList queries;
    const Status written = Bench::writeGeneratedLibrary(**db, kArticles, random,
        [&](const Bench::GeneratedArticle &a, QRandomGenerator &) {
            articles.append({a.id, a.revision.id, a.revision.canonicalText()});
            // Two words of a paragraph, the second typed halfway, as someone searching types them.
            if (queries.size() < kQueries && articles.size() % (kArticles / kQueries) == 7) {
                const QStringList words
                    = QString(a.revision.canonicalText()).remove(u'.').split(u' ', Qt::SkipEmptyParts);
                if (words.size() > 42) {
                    const QString second = words[41];
                    queries << words[40] + u' ' + second.left(std::max<qsizetype>(3, second.size() / 2));
                }
            }
        },
        {QStringLiteral("it"), QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es")});
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }
    if (Status s = writeNotesAndComments(**db, articles, random); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        return 1;
    }
    const double before = bytesPerArticle(**db);
    const double queryBefore = queryMs(**db, queries);

    QElapsedTimer t;
    t.start();
    qint64 reports = 0;
    const Status migrated = Store::Schema::migrate(**db, -1, [&](qint64, qint64) { ++reports; });
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    if (!migrated) {
        std::fprintf(stderr, "migration failed: %s\n", qPrintable(migrated.error().message));
        return 1;
    }
    const double after = bytesPerArticle(**db);
    const double queryAfter = queryMs(**db, queries);
    std::printf("# %lld progress reports; queries: %s\n", qint64(reports), qPrintable(queries.mid(0, 3).join(u", ")));
    std::printf("bench search.reindex_s %.2f s\n", seconds);
    std::printf("bench store.bytes_per_article_v8 %.0f B\n", before);
    std::printf("bench store.bytes_per_article %.0f B\n", after);
    std::printf("bench search.query_ms_v8 %.2f ms\n", queryBefore);
    std::printf("bench search.query_ms %.2f ms\n", queryAfter);
    return 0;
}
