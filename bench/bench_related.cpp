// SPDX-License-Identifier: GPL-3.0-or-later
// Related passages (Links::Related) in a library of 10,000 articles:
//   related.p50_ms, related.p95_ms   the related passages (10) of one paragraph of an article, from its
//                                     text to the list with snippets and shared words: median and 95th
//                                     percentile of 300 paragraphs of random articles
//   related.article_p50_ms           the same for a whole article (median of 50)
//   related.build_s                  writing the library (the passage index filled by its triggers)
// The articles are generated: 8 to 16 paragraphs of 30 to 140 words, drawn with Zipf-like frequencies
// from a vocabulary of 4,000 made-up words, the stop words of the five languages among the most
// frequent, and 400 capitalised names; the rows go in with direct inserts, in one transaction.
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
constexpr int kVocabulary = 4'000;
constexpr int kNames = 400;
constexpr int kPassageQueries = 300;
constexpr int kArticleQueries = 50;

const QStringList kStopWords = {QStringLiteral("di"), QStringLiteral("the"), QStringLiteral("la"), QStringLiteral("of"),
    QStringLiteral("che"), QStringLiteral("and"), QStringLiteral("il"), QStringLiteral("to"), QStringLiteral("per"),
    QStringLiteral("in"), QStringLiteral("un"), QStringLiteral("is"), QStringLiteral("con"), QStringLiteral("le"),
    QStringLiteral("des"), QStringLiteral("der"), QStringLiteral("und"), QStringLiteral("por"), QStringLiteral("una"),
    QStringLiteral("non")};

// Words drawn with probability proportional to 1 / rank (Zipf's law, s = 1).
class Zipf
{
public:
    Zipf(QStringList words, QRandomGenerator &random)
        : m_words(std::move(words))
        , m_random(random)
    {
        double total = 0;
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            total += 1.0 / double(i + 1);
            m_cumulative.append(total);
        }
    }
    const QString &draw()
    {
        const double x = m_random.generateDouble() * m_cumulative.last();
        const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
        return m_words[std::min<qsizetype>(it - m_cumulative.cbegin(), m_words.size() - 1)];
    }

private:
    QStringList m_words;
    QList<double> m_cumulative;
    QRandomGenerator &m_random;
};

QString madeUpWord(QRandomGenerator &random)
{
    static const QStringList syllables = {QStringLiteral("ca"), QStringLiteral("lo"), QStringLiteral("mer"),
        QStringLiteral("ti"), QStringLiteral("sa"), QStringLiteral("pre"), QStringLiteral("do"), QStringLiteral("vin"),
        QStringLiteral("ra"), QStringLiteral("stu"), QStringLiteral("ne"), QStringLiteral("gor"), QStringLiteral("bi"),
        QStringLiteral("fe"), QStringLiteral("lu"), QStringLiteral("tra"), QStringLiteral("mo"), QStringLiteral("zen"),
        QStringLiteral("po"), QStringLiteral("ri")};
    QString w;
    const int n = 2 + random.bounded(3);
    for (int i = 0; i < n; ++i) {
        w += syllables[random.bounded(int(syllables.size()))];
    }
    return w;
}

QString paragraph(Zipf &words, Zipf &names, QRandomGenerator &random)
{
    const int n = 30 + random.bounded(111);
    QString p;
    bool sentenceStart = true;
    for (int i = 0; i < n; ++i) {
        QString w = random.bounded(20) == 0 ? names.draw() : words.draw();
        if (sentenceStart) {
            w[0] = w[0].toUpper();
        }
        if (!p.isEmpty()) {
            p += u' ';
        }
        p += w;
        sentenceStart = random.bounded(15) == 0;
        if (sentenceStart) {
            p += u'.';
        }
    }
    return p + u'.';
}

double percentile(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[std::min<qsizetype>(qsizetype(q * double(values.size())), values.size() - 1)];
}

void line(const char *name, double value, const char *unit)
{
    std::printf("bench %s %.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Library library;
    Store::OpenOptions options;
    options.create = true;
    if (!dir.isValid() || library.open(dir.filePath(QStringLiteral("library")), options).failed()) {
        std::fprintf(stderr, "cannot create the library\n");
        return 1;
    }
    Store::Database &db = library.store()->db();

    QRandomGenerator random(15);
    QStringList vocabulary;
    QSet<QString> seen(kStopWords.cbegin(), kStopWords.cend());
    // The stop words are among the most frequent words, as in any language.
    for (qsizetype i = 0; i < kStopWords.size(); ++i) {
        vocabulary.insert(std::min<qsizetype>(vocabulary.size(), 2 * i), kStopWords[i]);
    }
    while (vocabulary.size() < kVocabulary) {
        const QString w = madeUpWord(random);
        if (!seen.contains(w)) {
            seen.insert(w);
            vocabulary.append(w);
        }
    }
    QStringList nameList;
    while (nameList.size() < kNames) {
        QString w = madeUpWord(random);
        w[0] = w[0].toUpper();
        if (!seen.contains(w.toLower())) {
            seen.insert(w.toLower());
            nameList.append(w);
        }
    }
    Zipf words(vocabulary, random);
    Zipf names(nameList, random);

    struct Sample {
        QString articleId;
        QString paragraph;
    };
    QList<Sample> samples;
    QStringList articleIds;
    QElapsedTimer build;
    build.start();
    {
        Store::Transaction tx(db);
        auto article = db.prepareUncached(
            QStringLiteral("INSERT INTO articles(id, title, language, created, updated, current_revision_id) "
                           "VALUES (?1, ?2, 'it', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', ?3)"));
        auto revision = db.prepareUncached(
            QStringLiteral("INSERT INTO revisions(id, article_id, created, canonical_text, content_hash) "
                           "VALUES (?1, ?2, '2026-12-01T00:00:00.000Z', ?3, ?1)"));
        auto block = db.prepareUncached(
            QStringLiteral("INSERT INTO blocks(revision_id, idx, type, start, \"end\") VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!tx.began() || !article || !revision || !block) {
            std::fprintf(stderr, "cannot write the library\n");
            return 1;
        }
        for (int a = 0; a < kArticles; ++a) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString revisionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QList<Model::Block> blocks;
            Model::Block heading;
            heading.type = Model::BlockType::Heading;
            heading.text = paragraph(words, names, random).left(60);
            blocks.append(heading);
            const int paragraphs = 8 + random.bounded(9);
            for (int p = 0; p < paragraphs; ++p) {
                Model::Block b;
                b.text = paragraph(words, names, random);
                blocks.append(b);
            }
            const Model::Revision r = Model::Revision::fromBlocks(blocks);
            (*article)->reset();
            (*article)->bind(1, id);
            (*article)->bind(2, heading.text);
            (*article)->bind(3, revisionId);
            (*revision)->reset();
            (*revision)->bind(1, revisionId);
            (*revision)->bind(2, id);
            (*revision)->bind(3, r.canonicalText());
            if (!(*article)->exec() || !(*revision)->exec()) {
                std::fprintf(stderr, "cannot write an article\n");
                return 1;
            }
            for (qsizetype i = 0; i < r.blocks().size(); ++i) {
                const Model::Block &b = r.blocks()[i];
                (*block)->reset();
                (*block)->bind(1, revisionId);
                (*block)->bind(2, qint64(i));
                (*block)->bind(3, Model::blockTypeName(b.type));
                (*block)->bind(4, qint64(b.start));
                (*block)->bind(5, qint64(b.end));
                if (!(*block)->exec()) {
                    std::fprintf(stderr, "cannot write a block\n");
                    return 1;
                }
            }
            articleIds.append(id);
            if (samples.size() < kPassageQueries && random.bounded(kArticles / kPassageQueries) == 0) {
                const Model::Block &b = r.blocks()[1 + random.bounded(int(r.blocks().size()) - 1)];
                samples.append({id, r.canonicalText().mid(b.start, b.end - b.start)});
            }
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "cannot commit the library\n");
            return 1;
        }
    }
    line("related.build_s", double(build.elapsed()) / 1000.0, "s");
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
    std::printf("# choosing the words: median %.1f ms\n", percentile(termTimes, 0.5));
    std::printf("# %lld paragraphs asked, %.1f passages found on average\n", qlonglong(samples.size()),
        samples.isEmpty() ? 0.0 : double(found) / double(samples.size()));
    line("related.p50_ms", percentile(times, 0.5), "ms");
    line("related.p95_ms", percentile(times, 0.95), "ms");

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
    line("related.article_p50_ms", percentile(articleTimes, 0.5), "ms");
    return 0;
}
