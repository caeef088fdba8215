// SPDX-License-Identifier: GPL-3.0-or-later
#include "related.h"

#include "stopwords.h"
#include "store/stemmingtokenizer.h"
#include "terms.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Glossa::Links {

namespace {

// Words shorter than this say little (and the index holds every "di" and "of" of five languages).
constexpr qsizetype kMinWordChars = 3;
// Numbers of at least this many digits are kept ("19", "2024", "1953"): dates and amounts, the same
// in every language. A single digit is a list number or a count of anything.
constexpr qsizetype kMinNumberDigits = 2;
// A whole article has thousands of different words; only its most frequent ones are weighed against
// the library (one index look-up each), names first among equals.
constexpr int kMaxCandidateTerms = 300;
// The words asked of the index: enough for a paragraph's subject, few enough for a fast OR query.
constexpr int kMaxQueryTerms = 16;
// A word in more than this share of the library's passages is common in this library ("Russia" in a
// library about Russia) and left out, once the library is big enough for a share to mean something.
constexpr double kCommonShare = 0.02;
constexpr qint64 kCommonMinPassages = 2000;
// Names and numbers are the words that coincide across languages and pin a subject down: they count
// this much more when choosing words, and are asked twice in the bm25 query (an OR query's phrases
// each add their score, so asking a word twice doubles its part).
constexpr double kNameWeight = 2.0;
// The snippet: about this many characters of the passage, starting this far before the first shared
// word it shows.
constexpr qsizetype kSnippetChars = 240;
// How many passages the index's bm25 hands over for the final order (which uses the terms' weights):
// this many per passage asked for, and never fewer than kMinCandidates.
constexpr int kCandidatesPerResult = 3;
constexpr int kMinCandidates = 30;
// The final order: how much of the passage's distinctive weight a candidate shares, each word's part
// growing with how often the candidate says it and saturating as bm25's does (k1 as in SQLite's
// bm25()).
constexpr double kK1 = 1.2;
constexpr qsizetype kSnippetLead = 40;

bool keepToken(const Terms::Token &t)
{
    if (t.number) {
        return t.term.size() >= kMinNumberDigits;
    }
    return t.term.size() >= kMinWordChars && !isStopWord(t.term);
}

QString matchQuery(const QList<RelatedTerm> &terms)
{
    QStringList phrases;
    for (const RelatedTerm &t : terms) {
        // Folded terms hold letters and digits only; quoting makes each a plain phrase all the same.
        // Exact ('='): the words themselves, as the terms' weights counted them, not their inflections.
        const QString phrase = u'"' + QString(QChar(Store::StemmingTokenizer::ExactPrefix))
            + QString(t.term).replace(u'"', QStringLiteral("\"\"")) + u'"';
        phrases << phrase;
        if (t.nameOrNumber) {
            phrases << phrase;
        }
    }
    return phrases.join(QStringLiteral(" OR "));
}

} // namespace

Result<QString> Related::currentText(const QString &articleId)
{
    auto q = m_db.prepare(QStringLiteral("SELECT r.canonical_text FROM articles a "
                                         "JOIN revisions r ON r.id = a.current_revision_id WHERE a.id = ?1"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, articleId);
    // Reset after reading, so no read transaction stays open.
    const Store::Statement::Step step = (*q)->step();
    if (step == Store::Statement::Step::Failed) {
        return (*q)->error();
    }
    const QString text = step == Store::Statement::Step::Row ? (*q)->text(0) : QString();
    (*q)->reset();
    if (step == Store::Statement::Step::Done) {
        return Error {0, QStringLiteral("no article with id %1").arg(articleId)};
    }
    return text;
}

Result<QList<RelatedTerm>> Related::chooseTerms(
    const QString &articleId, const QString &articleText, const QString &text)
{
    struct Candidate {
        int tf = 0;
        bool nameOrNumber = false;
        int ownPassages = 0; // passages of this article that have it
    };
    QHash<QString, Candidate> candidates;
    for (const Terms::Token &t : Terms::tokens(text)) {
        if (!keepToken(t)) {
            continue;
        }
        Candidate &c = candidates[t.term];
        ++c.tf;
        c.nameOrNumber = c.nameOrNumber || t.number || t.looksLikeName();
    }
    if (candidates.size() > kMaxCandidateTerms) {
        QList<std::pair<QString, Candidate>> ranked;
        for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
            ranked.append({it.key(), it.value()});
        }
        std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
            if (a.second.tf != b.second.tf) {
                return a.second.tf > b.second.tf;
            }
            if (a.second.nameOrNumber != b.second.nameOrNumber) {
                return a.second.nameOrNumber;
            }
            return a.first < b.first;
        });
        ranked.resize(kMaxCandidateTerms);
        candidates.clear();
        for (const auto &[term, c] : ranked) {
            candidates.insert(term, c);
        }
    }

    // The article's own passages hold these words too: what counts is how many passages of OTHER
    // articles do.
    auto own = m_db.prepare(QStringLiteral("SELECT start, \"end\" FROM passages WHERE article_id = ?1"));
    if (!own) {
        return own.error();
    }
    (*own)->bind(1, articleId);
    const Status ownRead = (*own)->forEach([&](const Store::Statement &row) {
        const qsizetype start = std::clamp<qsizetype>(row.int64(0), 0, articleText.size());
        const qsizetype end = std::clamp<qsizetype>(row.int64(1), start, articleText.size());
        QSet<QString> seen;
        for (const Terms::Token &t : Terms::tokens(QStringView(articleText).sliced(start, end - start))) {
            auto it = candidates.find(t.term);
            if (it != candidates.end() && !seen.contains(t.term)) {
                seen.insert(t.term);
                ++it->ownPassages;
            }
        }
    });
    if (!ownRead) {
        return ownRead.error();
    }

    auto total = m_db.scalar(QStringLiteral("SELECT count(*) FROM passages"));
    if (!total) {
        return total.error();
    }
    const double n = double(*total);
    auto df = m_db.prepare(QStringLiteral("SELECT doc FROM fts_passages_terms WHERE term = ?1"));
    if (!df) {
        return df.error();
    }
    QList<RelatedTerm> terms;
    for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
        (*df)->bind(1, it.key());
        qint64 docs = 0;
        switch ((*df)->step()) {
        case Store::Statement::Step::Row:
            docs = (*df)->int64(0);
            break;
        case Store::Statement::Step::Done:
            break;
        case Store::Statement::Step::Failed:
            return (*df)->error();
        }
        (*df)->reset();
        const double elsewhere = double(docs - it->ownPassages);
        if (elsewhere <= 0) {
            continue; // no other article has it: it cannot relate this passage to anything
        }
        if (*total >= kCommonMinPassages && double(docs) > kCommonShare * n) {
            continue;
        }
        // bm25's idf over the whole library, this article included: a word that runs through the
        // article being read ("Pyongyang" in an article on Russia and North Korea) is its background,
        // not what this passage says. And a frequency that grows slowly: a word said three times
        // matters more than once, not three times more.
        const double idf = std::log(1.0 + (n - double(docs) + 0.5) / (double(docs) + 0.5));
        const double weight = (1.0 + std::log(double(it->tf))) * idf * (it->nameOrNumber ? kNameWeight : 1.0);
        terms.append({it.key(), weight, it->nameOrNumber});
    }
    std::sort(terms.begin(), terms.end(), [](const RelatedTerm &a, const RelatedTerm &b) {
        return a.weight != b.weight ? a.weight > b.weight : a.term < b.term;
    });
    if (terms.size() > kMaxQueryTerms) {
        terms.resize(kMaxQueryTerms);
    }
    return terms;
}

Result<QList<RelatedTerm>> Related::distinctiveTerms(const QString &articleId, const QString &text)
{
    auto articleText = currentText(articleId);
    if (!articleText) {
        return articleText.error();
    }
    return chooseTerms(articleId, *articleText, text);
}

Result<QList<RelatedPassage>> Related::forArticle(const QString &articleId, int limit)
{
    auto articleText = currentText(articleId);
    if (!articleText) {
        return articleText.error();
    }
    return forText(articleId, *articleText, limit);
}

Result<QList<RelatedPassage>> Related::forText(const QString &articleId, const QString &text, int limit)
{
    auto terms = distinctiveTerms(articleId, text);
    if (!terms) {
        return terms.error();
    }
    QList<RelatedPassage> out;
    if (terms->isEmpty() || limit <= 0) {
        return out;
    }
    QHash<QString, double> weightOf; // folded term → its weight
    QHash<QString, int> rankOf; // folded term → its place among the terms, to list shared words
    for (qsizetype i = 0; i < terms->size(); ++i) {
        weightOf.insert(terms->at(i).term, terms->at(i).weight);
        rankOf.insert(terms->at(i).term, int(i));
    }

    // The candidates, by the index's bm25: ranked inside FTS5 first (its ORDER BY rank LIMIT keeps
    // only the best in memory), then their places read; the article's own passages are asked for
    // too and dropped, so the limit counts other articles' passages only.
    auto own = m_db.prepare(QStringLiteral("SELECT count(*) FROM passages WHERE article_id = ?1"));
    if (!own) {
        return own.error();
    }
    (*own)->bind(1, articleId);
    const qint64 ownPassages = (*own)->step() == Store::Statement::Step::Row ? (*own)->int64(0) : 0;
    (*own)->reset();
    auto q = m_db.prepare(QStringLiteral(
        "SELECT p.article_id, p.revision_id, p.start, p.\"end\" FROM "
        "(SELECT rowid AS seq, rank FROM fts_passages WHERE fts_passages MATCH ?1 ORDER BY rank LIMIT ?3) f "
        "JOIN passages p ON p.seq = f.seq WHERE p.article_id <> ?2 ORDER BY f.rank"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, matchQuery(*terms));
    (*q)->bind(2, articleId);
    (*q)->bind(3, std::max<qint64>(kMinCandidates, qint64(limit) * kCandidatesPerResult) + ownPassages);
    struct Hit {
        QString articleId, revisionId;
        qsizetype start, end;
    };
    QList<Hit> hits;
    const Status found = (*q)->forEach(
        [&](const Store::Statement &row) { hits.append({row.text(0), row.text(1), row.int64(2), row.int64(3)}); });
    if (!found) {
        return found.error();
    }

    auto source = m_db.prepare(QStringLiteral("SELECT a.title, r.canonical_text FROM revisions r "
                                              "JOIN articles a ON a.id = r.article_id WHERE r.id = ?1"));
    if (!source) {
        return source.error();
    }
    struct Candidate {
        RelatedPassage passage;
        QString text;
        QHash<QString, int> tf; // shared term → how often the passage has it
    };
    QList<Candidate> candidates;
    QHash<QString, std::pair<QString, QString>> texts; // revision → (title, canonical text)
    for (const Hit &h : hits) {
        if (!texts.contains(h.revisionId)) {
            (*source)->bind(1, h.revisionId);
            const Store::Statement::Step step = (*source)->step();
            if (step == Store::Statement::Step::Failed) {
                return (*source)->error();
            }
            if (step == Store::Statement::Step::Row) {
                texts.insert(h.revisionId, {(*source)->text(0), (*source)->text(1)});
            }
            (*source)->reset();
        }
        const auto &[title, canonical] = texts.value(h.revisionId);
        const qsizetype start = std::clamp<qsizetype>(h.start, 0, canonical.size());
        const qsizetype end = std::clamp<qsizetype>(h.end, start, canonical.size());
        Candidate c {{h.articleId, title, start, end, {}, {}, 0}, canonical.sliced(start, end - start), {}};
        QList<std::pair<int, QString>> shared; // (rank, surface form)
        for (const Terms::Token &t : Terms::tokens(c.text)) {
            const auto rank = rankOf.constFind(t.term);
            if (rank == rankOf.cend()) {
                continue;
            }
            if (c.tf[t.term]++ == 0) {
                shared.append({*rank, c.text.sliced(t.start, t.end - t.start)});
            }
        }
        std::sort(shared.begin(), shared.end());
        for (const auto &word : shared) {
            c.passage.shared << word.second;
        }
        candidates.append(std::move(c));
    }

    // The final order weighs each shared word with its own weight (a name or number, how often the
    // passage being read says it, how rare it is), which the index's bm25 cannot take; and by what
    // the candidate shares rather than by its length: a long paragraph that shares the rarest words
    // is no worse a passage to link to for also saying more.
    for (Candidate &c : candidates) {
        double score = 0;
        for (auto it = c.tf.cbegin(); it != c.tf.cend(); ++it) {
            score += weightOf.value(it.key()) * double(it.value()) * (kK1 + 1.0) / (double(it.value()) + kK1);
        }
        c.passage.score = score;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.passage.score > b.passage.score; });
    for (Candidate &c : candidates) {
        if (out.size() >= limit) {
            break;
        }
        QHash<QString, double> shown;
        for (auto it = c.tf.cbegin(); it != c.tf.cend(); ++it) {
            shown.insert(it.key(), weightOf.value(it.key()));
        }
        c.passage.snippet = snippet(c.text, shown, kSnippetChars);
        out.append(std::move(c.passage));
    }
    return out;
}

QString Related::snippet(const QString &text, const QHash<QString, double> &words, qsizetype width)
{
    if (text.size() <= width) {
        return text.simplified();
    }
    struct Place {
        qsizetype at;
        QString term;
        double weight;
    };
    QList<Place> places; // where each shared word starts
    for (const Terms::Token &t : Terms::tokens(text)) {
        if (const auto w = words.constFind(t.term); w != words.cend()) {
            places.append({t.start, t.term, *w});
        }
    }
    // The window whose shared words weigh the most, each word counted once (a snippet that shows
    // "Vietnam" beats one that shows "Corea" three times), the earliest among equals.
    qsizetype best = 0;
    double bestWeight = 0;
    for (qsizetype i = 0; i < places.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(0, places[i].at - kSnippetLead);
        QSet<QString> counted;
        double weight = 0;
        for (qsizetype j = i; j < places.size() && places[j].at < from + width; ++j) {
            if (!counted.contains(places[j].term)) {
                counted.insert(places[j].term);
                weight += places[j].weight;
            }
        }
        if (weight > bestWeight) {
            bestWeight = weight;
            best = from;
        }
    }
    qsizetype start = std::min(best, text.size() - width);
    qsizetype end = start + width;
    // Whole words only: start after a space, end before one.
    if (start > 0) {
        const qsizetype space = text.indexOf(u' ', start);
        if (space >= 0 && space < start + kSnippetLead) {
            start = space + 1;
        }
    }
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        if (space > start) {
            end = space;
        }
    }
    QString out = text.sliced(start, end - start).simplified();
    if (start > 0) {
        out.prepend(u'…');
    }
    if (end < text.size()) {
        out.append(u'…');
    }
    return out;
}

} // namespace Glossa::Links
