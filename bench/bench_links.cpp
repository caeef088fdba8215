// SPDX-License-Identifier: GPL-3.0-or-later
// The links budget on a generated library of 10,000 articles, 100,000 annotations and 20,000 links
// (written with direct inserts, one transaction each kind, as bench_store does):
//   links.open_article_ms      an article with 500 links and backlinks: all of them read with both
//                              ends' statuses, quotes and article titles, ready to show (Links::
//                              LinkReader::read), median of 50
//   links.open_article_p95_ms  the same, 95th percentile
#include "library/library.h"
#include "links/linkstatus.h"
#include "model/revision.h"
#include "store/annotationrepository.h"
#include "store/articlerepository.h"
#include "store/database.h"
#include "store/linkrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace Glossa;

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString sentence(QRandomGenerator &rng, int words)
{
    static const QStringList syllables
        = QStringLiteral("la ri ta no ve co mi sa pe tu lo ga de fi bo ro ne li tà rè ci ma so pa").split(u' ');
    QStringList out;
    for (int i = 0; i < words; ++i) {
        out << syllables[rng.bounded(int(syllables.size()))] + syllables[rng.bounded(int(syllables.size()))];
    }
    return out.join(u' ') + u'.';
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

Model::Annotation annotationOn(const Model::Article &a, const Model::Revision &r, QRandomGenerator &rng)
{
    Model::Annotation an;
    an.id = uuid();
    an.articleId = a.id;
    an.revisionId = r.id;
    an.color = QStringLiteral("yellow");
    an.kind = rng.bounded(2) == 0 ? Model::AnnotationKind::Highlight : Model::AnnotationKind::LinkAnchor;
    const QString &text = r.canonicalText();
    const qsizetype start = rng.bounded(int(qMax<qsizetype>(1, text.size() - 60)));
    an.selector
        = {start, start + 40, text.mid(start, 40), text.mid(qMax<qsizetype>(0, start - 32), qMin<qsizetype>(32, start)),
            text.mid(start + 40, 32), r.blockIndexAt(start)};
    an.anchor = {start, start + 40, 1.0, Model::AnchorStatus::Exact};
    if (rng.bounded(10) == 0) {
        an.anchor.status = Model::AnchorStatus::Fuzzy; // some passages read differently since an update
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
        std::fprintf(stderr, "bench_links: cannot create a library\n");
        return 1;
    }
    Store::Database &db = library.store()->db();
    QRandomGenerator rng(15);

    constexpr int kArticles = 10'000;
    constexpr int kAnnotations = 100'000;
    constexpr int kLinks = 20'000;
    constexpr int kOnTarget = 500; // links from or to the article opened
    QList<Model::Article> articles;
    QList<Model::Annotation> annotations;
    {
        Store::Transaction tx(db);
        Store::ArticleRepository repo(db);
        Store::AnnotationRepository annotationRepo(db);
        QList<Model::Revision> revisions;
        for (int i = 0; i < kArticles; ++i) {
            QList<Model::Block> blocks {{.type = Model::BlockType::Heading, .level = 1, .text = sentence(rng, 6)}};
            for (int p = 0; p < 3; ++p) {
                blocks.append({.text = sentence(rng, 40)});
            }
            Model::Revision r = Model::Revision::fromBlocks(blocks);
            Model::Article a;
            a.id = uuid();
            a.title = blocks.first().text;
            r.id = uuid();
            r.articleId = a.id;
            a.currentRevisionId = r.id;
            if (!repo.insert(a, r)) {
                std::fprintf(stderr, "bench_links: article insert failed\n");
                return 1;
            }
            articles.append(a);
            revisions.append(r);
        }
        for (int i = 0; i < kAnnotations; ++i) {
            const int k = i % kArticles;
            annotations.append(annotationOn(articles[k], revisions[k], rng));
            if (!annotationRepo.insert(annotations.last())) {
                std::fprintf(stderr, "bench_links: annotation insert failed\n");
                return 1;
            }
        }
        if (!tx.commit()) {
            return 1;
        }
    }

    // 20,000 links; 500 of them from or to article 0 (half each way), one in ten of those to a whole
    // article and one in fifty to a passage since deleted (dangling).
    const Model::Article &target = articles.first();
    QList<Model::Annotation> targetPassages;
    for (const Model::Annotation &a : std::as_const(annotations)) {
        if (a.articleId == target.id) {
            targetPassages.append(a);
        }
    }
    {
        Store::Transaction tx(db);
        Store::LinkRepository repo(db);
        const QStringList relations {QStringLiteral("supports"), QStringLiteral("contradicts"),
            QStringLiteral("elaborates"), QStringLiteral("cites"), QStringLiteral("same-topic")};
        const auto endOn = [&](const Model::Annotation &a) {
            return Model::LinkEnd {a.articleId, a.id, a.selector.exact};
        };
        const auto elsewhere = [&](int n) -> Model::LinkEnd {
            if (n % 10 == 0) {
                return {articles[1 + rng.bounded(kArticles - 1)].id, {}, {}};
            }
            if (n % 50 == 1) {
                return {articles[1 + rng.bounded(kArticles - 1)].id, uuid(), QStringLiteral("a passage since deleted")};
            }
            const Model::Annotation &a = annotations[rng.bounded(kAnnotations)];
            return a.articleId == target.id ? endOn(annotations[1]) : endOn(a);
        };
        for (int n = 0; n < kLinks; ++n) {
            Model::Link l;
            l.id = uuid();
            l.relation = relations[n % relations.size()];
            l.created = QDateTime::currentDateTimeUtc();
            if (n < kOnTarget) {
                const Model::LinkEnd here = endOn(targetPassages[n % targetPassages.size()]);
                l.from = n % 2 == 0 ? here : elsewhere(n);
                l.to = n % 2 == 0 ? elsewhere(n) : here;
            } else {
                l.from = endOn(annotations[1 + rng.bounded(kAnnotations - 1)]);
                l.to = elsewhere(n);
                if (l.from.articleId == target.id || l.to.articleId == target.id) {
                    --n;
                    continue;
                }
            }
            if (!repo.insert(l)) {
                std::fprintf(stderr, "bench_links: link insert failed\n");
                return 1;
            }
        }
        if (!tx.commit()) {
            return 1;
        }
    }

    QList<double> ms;
    for (int run = 0; run < 50; ++run) {
        QElapsedTimer timer;
        timer.start();
        const auto links = Links::LinkReader::read(library, target.id);
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!links || links->outgoing.size() + links->incoming.size() != kOnTarget) {
            std::fprintf(stderr, "bench_links: expected %d links, read %d\n", kOnTarget,
                links ? int(links->outgoing.size() + links->incoming.size()) : -1);
            return 1;
        }
        ms << elapsed;
    }
    print("links.open_article_ms", percentile(ms, 0.5), "ms");
    print("links.open_article_p95_ms", percentile(ms, 0.95), "ms");
    return 0;
}
