// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchlibrary.h"

#include "library/library.h"
#include "links/terms.h"
#include "store/database.h"
#include "store/librarystore.h"

#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace Glossa::Bench {

namespace {

constexpr int kVocabulary = 4'000;
constexpr int kNames = 400;

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

QString paragraph(Zipf &words, Zipf &names, QRandomGenerator &random, int n = 0)
{
    if (n <= 0) {
        n = 30 + random.bounded(111);
    }
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

struct Vocabulary {
    QStringList words;
    QStringList names;
};

Vocabulary vocabularyOf(QRandomGenerator &random)
{
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
    return {vocabulary, nameList};
}

} // namespace

GeneratedProse::GeneratedProse(QRandomGenerator &random)
{
    const Vocabulary vocabulary = vocabularyOf(random);
    auto words = std::make_shared<Zipf>(vocabulary.words, random);
    auto names = std::make_shared<Zipf>(vocabulary.names, random);
    m_draw = [words, names, &random](int n) {
        return paragraph(*words, *names, random, n);
    };
}

Status writeGeneratedLibrary(Store::Database &db, int count, QRandomGenerator &random,
    const std::function<void(const GeneratedArticle &, QRandomGenerator &)> &written, const QStringList &languages)
{
    const Vocabulary vocabulary = vocabularyOf(random);
    Zipf words(vocabulary.words, random);
    Zipf names(vocabulary.names, random);

    Store::Transaction tx(db);
    auto article = db.prepareUncached(
        QStringLiteral("INSERT INTO articles(id, title, language, created, updated, current_revision_id) "
                       "VALUES (?1, ?2, ?4, '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z', ?3)"));
    auto revision = db.prepareUncached(
        QStringLiteral("INSERT INTO revisions(id, article_id, created, canonical_text, content_hash) "
                       "VALUES (?1, ?2, '2026-12-01T00:00:00.000Z', ?3, ?1)"));
    auto block = db.prepareUncached(
        QStringLiteral("INSERT INTO blocks(revision_id, idx, type, start, \"end\") VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!tx.began() || !article || !revision || !block) {
        return Error {0, QStringLiteral("cannot write the library")};
    }
    for (int a = 0; a < count; ++a) {
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
        Model::Revision r = Model::Revision::fromBlocks(blocks);
        r.id = revisionId;
        r.articleId = id;
        (*article)->reset();
        (*article)->bind(1, id);
        (*article)->bind(2, heading.text);
        (*article)->bind(3, revisionId);
        (*article)->bind(4, languages.isEmpty() ? QString() : languages[a % languages.size()]);
        (*revision)->reset();
        (*revision)->bind(1, revisionId);
        (*revision)->bind(2, id);
        (*revision)->bind(3, r.canonicalText());
        if (!(*article)->exec() || !(*revision)->exec()) {
            return Error {0, QStringLiteral("cannot write an article")};
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
                return Error {0, QStringLiteral("cannot write a block")};
            }
        }
        if (written) {
            written({id, heading.text, r}, random);
        }
    }
    if (!tx.commit()) {
        return Error {0, QStringLiteral("cannot commit the library")};
    }
    return {};
}

QString rememberedWords(const GeneratedArticle &article)
{
    QStringList words;
    const Model::Block &b = article.revision.blocks().at(2);
    for (const auto &t : Links::Terms::tokens(article.revision.canonicalText().mid(b.start, b.end - b.start))) {
        if (t.term.size() >= 6 && !words.contains(t.term) && words.size() < 2) {
            words << t.term;
        }
    }
    return words.join(u' ');
}

bool openNewLibrary(Library &library, const QTemporaryDir &dir)
{
    Store::OpenOptions options;
    options.create = true;
    if (!dir.isValid() || library.open(dir.filePath(QStringLiteral("library")), options).failed()) {
        std::fprintf(stderr, "cannot create the library\n");
        return false;
    }
    return true;
}

} // namespace Glossa::Bench
