// SPDX-License-Identifier: GPL-3.0-or-later
// The store's budgets on a generated library in a temporary folder:
//   store.insert_100k_s              100,000 annotations spread over 1,000 articles (batches of 1,000 per
//                                    transaction, as an import would write them), total seconds
//   store.insert_us_per_annotation   the same, per annotation
//   store.action_insert_ms           one annotation as a user action (Library + undo command, its own
//                                    fully synced transaction), median of 200
//   store.load_1000_ms               all annotations of an article that has 1,000 (median of 50)
//   store.fts_p50_ms / fts_p95_ms    search over 10,000 articles and 100,000 annotations (300 queries of one
//                                    or two content words, a third typed without accents)
//   store.bytes_per_1000_annotations growth of the library file per 1,000 annotations (with indexes)
#include "library/library.h"
#include "model/revision.h"
#include "store/annotationrepository.h"
#include "store/articlerepository.h"
#include "store/database.h"
#include "store/searchrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Glossa;

namespace {

// A generated language with a natural word-frequency curve (Zipf: the r-th word is 1/r as frequent
// as the first): a few very common words and a long tail, some with accents, as in real prose.
// A corpus where every word is equally common would make every query match every article.
const QStringList &vocabulary()
{
    static const QStringList words = [] {
        const QStringList common
            = QStringLiteral("la di che il e un per è non una in del sono con da si le più").split(u' ');
        const QStringList syllables = QStringLiteral("la ri ta no ve co mi sa pe tu lo ga de fi bo ro ne li tà rè ci "
                                                     "ma so pa ge di vo é ru ca")
                                          .split(u' ');
        QStringList out = common;
        QSet<QString> seen(common.cbegin(), common.cend());
        QRandomGenerator rng(11);
        while (out.size() < 20'000) {
            QString w;
            const int n = 2 + int(rng.bounded(3));
            for (int i = 0; i < n; ++i) {
                w += syllables[rng.bounded(int(syllables.size()))];
            }
            if (!seen.contains(w)) {
                seen.insert(w);
                out << w;
            }
        }
        return out;
    }();
    return words;
}

const QList<double> &zipfCumulative()
{
    static const QList<double> cumulative = [] {
        QList<double> c;
        double sum = 0;
        for (qsizetype r = 1; r <= vocabulary().size(); ++r) {
            sum += 1.0 / double(r);
            c << sum;
        }
        return c;
    }();
    return cumulative;
}

const QString &zipfWord(QRandomGenerator &rng)
{
    const QList<double> &c = zipfCumulative();
    const double x = rng.generateDouble() * c.last();
    const auto it = std::lower_bound(c.cbegin(), c.cend(), x);
    return vocabulary()[qMin<qsizetype>(it - c.cbegin(), vocabulary().size() - 1)];
}

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i) {
        out << zipfWord(rng);
    }
    return out.join(u' ') + u'.';
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void print(const char *name, double value, const char *unit)
{
    std::printf("bench %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[qsizetype(p * double(v.size() - 1) + 0.5)];
}

qint64 fileBytes(Store::Database &db, const QString &path)
{
    (void)db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return QFileInfo(path).size();
}

Model::Annotation annotationOn(const Model::Article &a, const Model::Revision &r, QRandomGenerator &rng)
{
    Model::Annotation an;
    an.id = uuid();
    an.articleId = a.id;
    an.revisionId = r.id;
    an.color = QStringLiteral("yellow");
    const QString &text = r.canonicalText();
    const qsizetype start = rng.bounded(int(qMax<qsizetype>(1, text.size() - 60)));
    an.selector
        = {start, start + 40, text.mid(start, 40), text.mid(qMax<qsizetype>(0, start - 32), qMin<qsizetype>(32, start)),
            text.mid(start + 40, 32), r.blockIndexAt(start)};
    an.anchor = {start, start + 40, 1.0, Model::AnchorStatus::Exact};
    if (rng.bounded(3) == 0) {
        an.note = sentence(rng, 12);
    }
    an.created = an.updated = QDateTime::currentDateTimeUtc();
    return an;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Library library;
    Store::OpenOptions options;
    options.create = true;
    if (!dir.isValid() || library.open(dir.path(), options).failed()) {
        std::fprintf(stderr, "bench_store: cannot create a library\n");
        return 1;
    }
    Store::Database &db = library.store()->db();
    const QString path = library.store()->databasePath();
    QRandomGenerator rng(7);

    // 10,000 articles of ~300 words, 1,000 per transaction.
    constexpr int kArticles = 10'000;
    QList<Model::Article> articles;
    QList<Model::Revision> revisions;
    articles.reserve(kArticles);
    for (int batch = 0; batch < kArticles / 1000; ++batch) {
        Store::Transaction tx(db);
        Store::ArticleRepository repo(db);
        for (int i = 0; i < 1000; ++i) {
            QList<Model::Block> blocks {{.type = Model::BlockType::Heading, .level = 1, .text = sentence(rng, 6)}};
            for (int p = 0; p < 5; ++p) {
                blocks.append({.text = sentence(rng, 60)});
            }
            Model::Revision r = Model::Revision::fromBlocks(blocks);
            Model::Article a;
            a.id = uuid();
            a.title = blocks.first().text;
            r.id = uuid();
            r.articleId = a.id;
            a.currentRevisionId = r.id;
            if (!repo.insert(a, r)) {
                std::fprintf(stderr, "bench_store: article insert failed\n");
                return 1;
            }
            articles.append(a);
            revisions.append(r);
        }
        if (!tx.commit()) {
            return 1;
        }
    }

    // 100,000 annotations over the first 1,000 articles.
    const qint64 sizeBefore = fileBytes(db, path);
    constexpr int kAnnotations = 100'000;
    QElapsedTimer timer;
    timer.start();
    for (int batch = 0; batch < kAnnotations / 1000; ++batch) {
        Store::Transaction tx(db);
        Store::AnnotationRepository repo(db);
        for (int i = 0; i < 1000; ++i) {
            const int k = (batch * 1000 + i) % 1000;
            if (!repo.insert(annotationOn(articles[k], revisions[k], rng))) {
                std::fprintf(stderr, "bench_store: annotation insert failed\n");
                return 1;
            }
        }
        if (!tx.commit()) {
            return 1;
        }
    }
    const double insertSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 sizeAfter = fileBytes(db, path);
    print("store.insert_100k_s", insertSeconds, "s");
    print("store.insert_us_per_annotation", insertSeconds * 1e6 / kAnnotations, "us");
    print("store.bytes_per_1000_annotations", double(sizeAfter - sizeBefore) / (kAnnotations / 1000.0), "bytes");

    // A user action: one undoable command, one synced transaction.
    {
        QList<double> ms;
        for (int i = 0; i < 200; ++i) {
            Model::Annotation an = annotationOn(articles[1500], revisions[1500], rng);
            timer.restart();
            if (const auto added = library.addAnnotation(an); !added) {
                std::fprintf(stderr, "bench_store: %s\n", qUtf8Printable(added.error().message));
                return 1;
            }
            ms << double(timer.nsecsElapsed()) / 1e6;
        }
        print("store.action_insert_ms", percentile(ms, 0.5), "ms");
    }

    // One article with 1,000 annotations, loaded whole.
    {
        const int k = 2000;
        Store::Transaction tx(db);
        Store::AnnotationRepository repo(db);
        for (int i = 0; i < 1000; ++i) {
            if (!repo.insert(annotationOn(articles[k], revisions[k], rng))) {
                return 1;
            }
        }
        if (!tx.commit()) {
            return 1;
        }
        QList<double> ms;
        for (int i = 0; i < 50; ++i) {
            timer.restart();
            const auto loaded = repo.forArticle(articles[k].id);
            ms << double(timer.nsecsElapsed()) / 1e6;
            if (!loaded || loaded->size() != 1000) {
                std::fprintf(stderr, "bench_store: loaded the wrong number of annotations\n");
                return 1;
            }
        }
        print("store.load_1000_ms", percentile(ms, 0.5), "ms");
    }

    // Full-text search: one or two words, accents typed or not.
    {
        Store::SearchRepository search(db);
        QList<double> ms;
        for (int i = 0; i < 300; ++i) {
            // What people search for: content words (ranks 20–2,000), one or two of them.
            QString query = vocabulary()[20 + rng.bounded(1980)];
            if (i % 2) {
                query += u' ' + vocabulary()[20 + rng.bounded(1980)];
            }
            if (i % 3 == 0) {
                query = query.normalized(QString::NormalizationForm_D)
                            .remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
            }
            timer.restart();
            const auto hits = search.search(query, 50);
            ms << double(timer.nsecsElapsed()) / 1e6;
            if (!hits) {
                std::fprintf(stderr, "bench_store: search failed: %s\n", qUtf8Printable(hits.error().message));
                return 1;
            }
        }
        print("store.fts_p50_ms", percentile(ms, 0.5), "ms");
        print("store.fts_p95_ms", percentile(ms, 0.95), "ms");
    }
    return 0;
}
