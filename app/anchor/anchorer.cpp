// SPDX-License-Identifier: GPL-3.0-or-later
#include "anchorer.h"

#include "model/revision.h"
#include "myers.h"

#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <limits>
#include <optional>
#include <tuple>
#include <vector>

Q_LOGGING_CATEGORY(lcAnchor, "glossa.anchor", QtInfoMsg)

namespace Glossa::Anchor {

namespace {

// Weights of a fuzzy candidate's score. The quote counts most; context is what tells apart two
// places where similar words occur; position only nudges (it is often stale after edits).
constexpr double QuoteWeight = 0.55;
constexpr double ContextWeight = 0.35;
constexpr double PositionWeight = 0.10;
// Allowed edits, as a fraction of the quote's length, in approximate matching.
constexpr double MaxErrorRate = 0.4;
// An exact occurrence whose context agrees at least this much is taken without further search.
constexpr double ContextAgrees = 0.6;
// Exact quotes at least this long (normalised code units) identify their passage on their own
// when they occur once.
constexpr qsizetype DistinctiveLength = 24;
// q-grams occurring more often than this say little about where a passage is: skip them in voting.
constexpr qsizetype MaxGramOccurrences = 256;
constexpr int MaxCandidatesPerWindow = 4;
constexpr int MaxVotedWindows = 8;
constexpr qsizetype MaxOccurrences = 256;
// Quotes at least this long are also tried as two halves (a sentence inserted inside them).
constexpr qsizetype SplitLength = 64;
// How much more a boundary may cost the quote than the best alignment does, when the context is
// what decides it: about one replaced word.
constexpr int MaxBoundaryWord = 12;

// Edit distance between `pattern` and the text read from `at` away from the candidate (backwards
// for the prefix, forwards for the suffix): anchored at the candidate, free at the far end.
template<typename CharAt>
int anchoredDistance(QStringView pattern, bool reversed, qsizetype available, CharAt charAt)
{
    // At the text's edge only the part of the context that can exist is compared: a prefix longer
    // than the text before the match is not evidence against it.
    if (available < pattern.size()) {
        pattern = reversed ? pattern.sliced(pattern.size() - available) : pattern.first(available);
    }
    const qsizetype m = pattern.size();
    const qsizetype n = std::min(available, m + 8);
    std::vector<int> prev(std::size_t(n) + 1);
    std::vector<int> cur(std::size_t(n) + 1);
    for (qsizetype j = 0; j <= n; ++j) {
        prev[std::size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= m; ++i) {
        const QChar pc = reversed ? pattern[m - i] : pattern[i - 1];
        cur[0] = int(i);
        for (qsizetype j = 1; j <= n; ++j) {
            const int sub = prev[std::size_t(j - 1)] + (charAt(j - 1) == pc ? 0 : 1);
            cur[std::size_t(j)] = std::min({sub, prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return *std::min_element(prev.cbegin(), prev.cend());
}

QList<QStringView> wordsOf(QStringView s)
{
    QList<QStringView> words;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && !s[i].isLetterOrNumber()) {
            ++i;
        }
        const qsizetype from = i;
        while (i < s.size() && s[i].isLetterOrNumber()) {
            ++i;
        }
        if (i > from) {
            words.append(s.sliced(from, i - from));
        }
    }
    return words;
}

bool alike(QStringView a, QStringView b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    if (3 * std::abs(a.size() - b.size()) > longer) {
        return false;
    }
    std::vector<int> prev(std::size_t(b.size()) + 1);
    std::vector<int> cur(std::size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j) {
        prev[std::size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            cur[std::size_t(j)] = std::min({prev[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1),
                                            prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return 3 * prev.back() <= longer;
}

// The share of the quote's words found in the candidate (a word with a typo counts). Character edit
// distance alone cannot tell a passage edited here and there from one rewritten in the same place:
// a rewrite keeps the spaces, the punctuation and the common letters, not the words.
double wordOverlap(QStringView quote, QStringView candidate)
{
    QList<QStringView> a = wordsOf(quote);
    QList<QStringView> b = wordsOf(candidate);
    if (a.isEmpty()) {
        return 1.0;
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QList<QStringView> leftA;
    QList<QStringView> leftB;
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(leftA));
    std::set_difference(b.cbegin(), b.cend(), a.cbegin(), a.cend(), std::back_inserter(leftB));
    qsizetype matched = a.size() - leftA.size();
    // Typos: pair what is left, a few at most (more means the passage was rewritten anyway).
    if (leftA.size() <= 16 && leftB.size() <= 24) {
        for (const QStringView w : std::as_const(leftA)) {
            for (qsizetype j = 0; j < leftB.size(); ++j) {
                if (alike(w, leftB[j])) {
                    ++matched;
                    leftB.removeAt(j);
                    break;
                }
            }
        }
    }
    return double(matched) / double(a.size());
}

bool isHighSurrogateAt(QStringView s, qsizetype i)
{
    return i >= 0 && i < s.size() && s[i].isHighSurrogate();
}

} // namespace

// The selector in normalised form, with the bit-parallel patterns its context is compared with.
struct Anchorer::Query {
    Query(QString e, QString p, QString s)
        : exact(std::move(e))
        // Context past MaxContext code units adds cost and no evidence.
        , prefix(p.size() > MaxContext ? p.right(MaxContext) : std::move(p))
        , suffix(s.size() > MaxContext ? s.left(MaxContext) : std::move(s))
    {
        QString reversed(prefix.size(), Qt::Uninitialized);
        std::reverse_copy(prefix.cbegin(), prefix.cend(), reversed.begin());
        reversedPrefix.emplace(reversed);
        suffixPattern.emplace(suffix);
    }

    static constexpr qsizetype MaxContext = 64;
    QString exact;
    QString prefix;
    QString suffix;
    std::optional<MyersPattern> reversedPrefix;
    std::optional<MyersPattern> suffixPattern;
};

namespace {

// The distance of a context pattern to the text read away from the candidate (see
// anchoredDistance), bit-parallel: the anchored Myers row gives every far end at once.
template<typename CharAt>
int contextDistance(const MyersPattern &pattern, qsizetype available, CharAt charAt)
{
    const qsizetype m = pattern.size();
    const qsizetype n = std::min(available, m + 8);
    std::array<QChar, Anchorer::MaxContextWindow> buffer;
    for (qsizetype j = 0; j < n; ++j) {
        buffer[std::size_t(j)] = charAt(j);
    }
    const std::vector<int> d = pattern.distances(QStringView(buffer.data(), n), true);
    int best = int(m);
    for (const int v : d) {
        best = std::min(best, v);
    }
    return best;
}

} // namespace

Model::Selector describe(QStringView text, qsizetype start, qsizetype end)
{
    Model::Selector s;
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    s.start = start;
    s.end = end;
    s.exact = text.sliced(start, end - start).toString();
    qsizetype from = std::max<qsizetype>(0, start - ContextLength);
    if (from > 0 && text[from].isLowSurrogate()) {
        ++from; // never start the prefix with half of a character
    }
    s.prefix = text.sliced(from, start - from).toString();
    qsizetype to = std::min(text.size(), end + ContextLength);
    if (to < text.size() && isHighSurrogateAt(text, to - 1)) {
        --to;
    }
    s.suffix = text.sliced(end, to - end).toString();
    return s;
}

Model::Selector describe(const Model::Revision &revision, qsizetype start, qsizetype end)
{
    Model::Selector s = describe(revision.canonicalText(), start, end);
    s.blockIndex = revision.blockIndexAt(s.start);
    return s;
}

Anchorer::Anchorer(QString text)
    : m_text(std::move(text))
    , m_norm(m_text)
    , m_index(m_norm.text())
{
}

Model::Anchor anchor(const QString &text, const Model::Selector &selector, const AnchorOptions &options)
{
    return Anchorer(text).anchor(selector, options);
}

Model::Anchor Anchorer::toAnchor(qsizetype start, qsizetype end, double score, Model::AnchorStatus status) const
{
    Model::Anchor a;
    a.start = m_norm.originalStart(start);
    a.end = std::max(a.start, m_norm.originalEnd(start, end));
    a.score = std::clamp(score, 0.0, 1.0);
    a.status = status;
    return a;
}

Model::Anchor Anchorer::atPosition(const Model::Selector &selector, const QString &exactNorm) const
{
    if (!selector.hasPosition() || selector.end > m_text.size() || exactNorm.isEmpty()) {
        return {};
    }
    const QStringView there = QStringView(m_text).sliced(selector.start, selector.end - selector.start);
    if (there == selector.exact || NormalizedText::normalize(there) == exactNorm) {
        return {selector.start, selector.end, 1.0, Model::AnchorStatus::Exact};
    }
    return {};
}

QList<qsizetype> Anchorer::exactOccurrences(QStringView quote, qsizetype limit) const
{
    QList<qsizetype> found;
    const QString &t = m_norm.text();
    const qsizetype m = quote.size();
    if (m == 0 || m > t.size()) {
        return found;
    }
    if (m < QGramIndex::Q) {
        for (qsizetype at = t.indexOf(quote); at >= 0 && found.size() < limit; at = t.indexOf(quote, at + 1)) {
            found.append(at);
        }
        return found;
    }
    return indexedOccurrences(quote, limit);
}

QList<qsizetype> Anchorer::shortQuoteOccurrences(const Query &q, qsizetype limit) const
{
    // A quote shorter than a q-gram ("the") cannot use the index alone, and scanning a long text for
    // it costs a millisecond. With a bit of context it can: occurrences whose neighbours both
    // changed are not recognisable anyway.
    const qsizetype m = q.exact.size();
    if (m >= QGramIndex::Q) {
        return exactOccurrences(q.exact, limit);
    }
    const qsizetype more = 8;
    QList<qsizetype> found;
    if (q.suffix.size() + m >= QGramIndex::Q) {
        found = indexedOccurrences(QString(q.exact + q.suffix.left(more)), limit);
    }
    if (q.prefix.size() + m >= QGramIndex::Q) {
        const qsizetype tail = std::min(more, q.prefix.size());
        for (const qsizetype at : indexedOccurrences(QString(q.prefix.right(tail) + q.exact), limit)) {
            found.append(at + tail);
        }
    }
    if (q.suffix.size() + m < QGramIndex::Q && q.prefix.size() + m < QGramIndex::Q) {
        return exactOccurrences(q.exact, limit);
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

QList<qsizetype> Anchorer::indexedOccurrences(QStringView quote, qsizetype limit) const
{
    QList<qsizetype> found;
    const QString &t = m_norm.text();
    const qsizetype m = quote.size();
    if (m < QGramIndex::Q || m > t.size()) {
        return found;
    }
    // Check the occurrences of the quote's rarest q-gram among a few, not of the first one: "the "
    // is everywhere, "Pyon" is not.
    qsizetype bestOffset = 0;
    std::span<const std::uint32_t> best = m_index.candidates(quote.sliced(0, QGramIndex::Q));
    for (const qsizetype offset : {m / 2 - QGramIndex::Q / 2, m - QGramIndex::Q}) {
        if (offset <= 0) {
            continue;
        }
        const auto c = m_index.candidates(quote.sliced(offset, QGramIndex::Q));
        if (c.size() < best.size()) {
            best = c;
            bestOffset = offset;
        }
    }
    for (const std::uint32_t pos : best) {
        const qsizetype at = qsizetype(pos) - bestOffset;
        if (at < 0 || at + m > t.size()) {
            continue;
        }
        // The q-gram itself first: most bucket neighbours differ there.
        if (t[pos] == quote[bestOffset] && QStringView(t).sliced(at, m) == quote) {
            found.append(at);
            if (found.size() >= limit) {
                break;
            }
        }
    }
    return found;
}

double Anchorer::contextSimilarity(const Query &q, qsizetype start, qsizetype end, double *bestSide) const
{
    const QString &t = m_norm.text();
    double weighted = 0.0;
    double weight = 0.0;
    double side = -1.0;
    if (!q.prefix.isEmpty() && start > 0) {
        const qsizetype len = std::min(q.prefix.size(), start);
        const int d = prefixCost(q, start);
        weighted += double(len - d);
        weight += double(len);
        side = std::max(side, double(len - d) / double(len));
    }
    if (!q.suffix.isEmpty() && end < t.size()) {
        const qsizetype len = std::min(q.suffix.size(), t.size() - end);
        const int d = suffixCost(q, end);
        weighted += double(len - d);
        weight += double(len);
        side = std::max(side, double(len - d) / double(len));
    }
    if (bestSide) {
        *bestSide = side;
    }
    return weight > 0 ? std::max(0.0, weighted / weight) : -1.0;
}

bool Anchorer::isWholeBlock(const Model::Selector &s)
{
    return (s.prefix.isEmpty() || s.prefix.endsWith(u'\n')) && (s.suffix.isEmpty() || s.suffix.startsWith(u'\n'));
}

bool Anchorer::isWholeBlockAt(qsizetype start, qsizetype end) const
{
    const qsizetype from = m_norm.originalStart(start);
    const qsizetype to = m_norm.originalEnd(start, end);
    return (from == 0 || m_text[from - 1] == u'\n') && (to >= m_text.size() || m_text[to] == u'\n');
}

double Anchorer::positionSimilarity(qsizetype start, qsizetype hint) const
{
    if (hint < 0) {
        return 0.0;
    }
    return 1.0 / (1.0 + double(std::abs(start - hint)) / 200.0);
}

Model::Anchor Anchorer::anchorCertain(const Model::Selector &selector) const
{
    const QString exact = NormalizedText::normalize(selector.exact);
    if (exact.trimmed().isEmpty() || m_norm.size() == 0) {
        return {};
    }
    if (const Model::Anchor a = atPosition(selector, exact); a.isAnchored()) {
        return a;
    }
    if (exact.size() < QGramIndex::Q) {
        return {}; // a short quote is never certain on its own; the full search weighs its context
    }
    const QList<qsizetype> occ = exactOccurrences(exact, 2);
    if (occ.size() != 1) {
        return {};
    }
    const Query q{exact, NormalizedText::normalize(selector.prefix), NormalizedText::normalize(selector.suffix)};
    if (contextSimilarity(q, occ.first(), occ.first() + exact.size()) >= ContextAgrees) {
        return toAnchor(occ.first(), occ.first() + exact.size(), 1.0, Model::AnchorStatus::Exact);
    }
    return {};
}

Model::Anchor Anchorer::anchor(const Model::Selector &selector, const AnchorOptions &options) const
{
    const QString exact = NormalizedText::normalize(selector.exact);
    if (exact.trimmed().isEmpty() || m_norm.size() == 0) {
        return {}; // nothing to look for, or nowhere to look: an orphan, never a guess
    }
    if (const Model::Anchor a = atPosition(selector, exact); a.isAnchored()) {
        return a;
    }
    const Query q{exact, NormalizedText::normalize(selector.prefix), NormalizedText::normalize(selector.suffix)};
    const qsizetype m = exact.size();
    qsizetype hint = options.hint >= 0 ? options.hint : (selector.hasPosition() ? selector.start : -1);
    if (hint >= 0) {
        hint = m_norm.fromOriginal(std::min(hint, m_text.size()));
    }

    const QList<qsizetype> occ = shortQuoteOccurrences(q, MaxOccurrences);
    if (hint >= 0 && !occ.isEmpty()) {
        // Re-anchoring gives accurate hints: the occurrence right there with its context intact
        // needs no comparison with the forty others.
        const auto nearest = std::min_element(occ.cbegin(), occ.cend(), [hint](qsizetype a, qsizetype b) {
            return std::abs(a - hint) < std::abs(b - hint);
        });
        if (std::abs(*nearest - hint) <= 16 && contextSimilarity(q, *nearest, *nearest + m) >= 0.9) {
            return toAnchor(*nearest, *nearest + m, 1.0, Model::AnchorStatus::Exact);
        }
    }
    // The occurrences worth a closer look if none is accepted outright: the best ranked few.
    std::vector<std::pair<double, qsizetype>> ranked;
    if (!occ.isEmpty()) {
        qsizetype best = -1;
        double bestRank = -1.0;
        double bestContext = -1.0;
        double bestSide = -1.0;
        for (const qsizetype at : occ) {
            double side = -1.0;
            const double ctx = contextSimilarity(q, at, at + m, &side);
            const double pos = positionSimilarity(at, hint);
            // Context first, the hint second; strict comparison keeps the first of equals.
            const double rank = (ctx < 0 ? 0.5 : ctx) + 0.2 * pos;
            ranked.emplace_back(-rank, at);
            if (rank > bestRank) {
                best = at;
                bestRank = rank;
                bestContext = ctx;
                bestSide = side;
            }
        }
        const bool contextKnown = bestContext >= 0;
        const bool unique = occ.size() == 1;
        // The hint confirms an occurrence only when it points right at it and the context does
        // not contradict it: a common word is always "near" some stale position.
        // Unrelated text still agrees about 0.35 with a context, so "does not contradict" means
        // clearly above that, and more so for a short quote.
        const double notContradicted = m >= DistinctiveLength ? 0.3 : 0.5;
        const bool hintConfirms =
            hint >= 0 && std::abs(best - hint) <= 16 && (!contextKnown || bestContext >= notContradicted);
        // A long quote found once speaks for itself unless its context says it is another copy;
        // a whole paragraph found once is the paragraph, wherever it moved.
        const bool distinctive = unique
                                 && ((m >= DistinctiveLength && (!contextKnown || bestContext >= 0.3)) || m >= 64
                                     || (!contextKnown && m >= 8));
        // When a neighbouring sentence is deleted or inserted only one side of the context changes;
        // one side agreeing almost fully is as good as both agreeing reasonably.
        const bool oneSideAgrees = bestSide >= 0.85;
        // A whole block (a heading, a one-sentence paragraph) that moved keeps none of its context:
        // found once, and again as a whole block, it is the same block.
        const bool movedBlock = unique && isWholeBlock(selector) && isWholeBlockAt(best, best + m);
        if ((contextKnown && bestContext >= ContextAgrees) || oneSideAgrees || hintConfirms || distinctive || movedBlock) {
            const bool strong = (contextKnown && bestContext >= 0.85) || (unique && m >= 64) || !contextKnown;
            const bool atHint = hint >= 0 && std::abs(best - hint) <= 16;
            if (!strong && !atHint) {
                // Accepted on partial evidence: a copy of the words with a typo, sitting in the
                // selector's full context, is the better answer (a phrase repeated in the article).
                const Candidate c = fuzzy(q, hint, {best});
                if (c.start >= 0 && std::abs(c.start - best) > m / 2 && c.context >= bestContext + 0.2
                    && c.score >= options.threshold && c.score > 0.0) {
                    return toAnchor(c.start, c.end, c.score, Model::AnchorStatus::Fuzzy);
                }
            }
            return toAnchor(best, best + m, 1.0, Model::AnchorStatus::Exact);
        }
    }

    std::sort(ranked.begin(), ranked.end());
    QList<qsizetype> closer;
    for (std::size_t i = 0; i < std::min<std::size_t>(ranked.size(), 4); ++i) {
        closer.append(ranked[i].second);
    }
    Candidate c = fuzzy(q, hint, closer);
    if (m >= SplitLength && c.score < 0.85) {
        // A long passage that matches poorly as a whole may have had a sentence inserted in it:
        // its two halves, each found next to its own context, say so.
        const Candidate split = splitMatch(q, hint >= 0 ? hint : c.start);
        if (split.score > c.score) {
            c = split;
        }
    }
    if (c.start < 0 || c.score < options.threshold || c.score <= 0.0) {
        return {};
    }
    return toAnchor(c.start, c.end, c.score, Model::AnchorStatus::Fuzzy);
}

bool Anchorer::isBoundary(qsizetype at) const
{
    const QString &t = m_norm.text();
    return at <= 0 || at >= t.size() || !t[at - 1].isLetterOrNumber() || !t[at].isLetterOrNumber();
}

int Anchorer::prefixCost(const Query &q, qsizetype start) const
{
    if (q.prefix.isEmpty() || start <= 0) {
        return 0;
    }
    const QString &t = m_norm.text();
    const auto at = [&](qsizetype j) { return t[start - 1 - j]; };
    if (start < q.prefix.size()) {
        return anchoredDistance(q.prefix, true, start, at); // cut at the text's start
    }
    return contextDistance(*q.reversedPrefix, start, at);
}

int Anchorer::suffixCost(const Query &q, qsizetype end) const
{
    const QString &t = m_norm.text();
    if (q.suffix.isEmpty() || end >= t.size()) {
        return 0;
    }
    const auto at = [&](qsizetype j) { return t[end + j]; };
    if (t.size() - end < q.suffix.size()) {
        return anchoredDistance(q.suffix, false, t.size() - end, at); // cut at the text's end
    }
    return contextDistance(*q.suffixPattern, t.size() - end, at);
}

// The range of an approximate match ending near `end`. Myers gives a good end, but where a boundary
// word was replaced or deleted, several starts cost the quote about the same; aligning the prefix
// (and then the suffix) with it decides, as a reader would: the passage starts where its context ends.
std::tuple<qsizetype, qsizetype, int> Anchorer::refine(const Query &q, const MyersPattern &forward,
                                                       const MyersPattern &backward, qsizetype end, int maxErrors) const
{
    const QString &t = m_norm.text();
    const qsizetype m = q.exact.size();
    // A quote that began (ended) at a word boundary is matched to a range that does too: readers
    // select whole words, and a replaced first or last word must not leave half of itself behind.
    const bool wholeStart = q.exact.front().isLetterOrNumber() && (q.prefix.isEmpty() || !q.prefix.back().isLetterOrNumber());
    const bool wholeEnd = q.exact.back().isLetterOrNumber() && (q.suffix.isEmpty() || !q.suffix.front().isLetterOrNumber());
    const qsizetype back = std::max<qsizetype>(0, end - m - maxErrors - 1);
    QString seg(end - back, Qt::Uninitialized);
    std::reverse_copy(t.cbegin() + back, t.cbegin() + end, seg.begin());
    const std::vector<int> r = backward.distances(seg, true); // r[j]: the quote against t[end - 1 - j, end)
    qsizetype start = -1;
    int bestCost = std::numeric_limits<int>::max();
    qsizetype bestLenGap = 0;
    int minDist = maxErrors + 1;
    for (std::size_t j = 0; j < r.size(); ++j) {
        minDist = std::min(minDist, r[j]);
    }
    for (int pass = 0; pass < 2 && start < 0; ++pass) {
    for (std::size_t j = 0; j < r.size(); ++j) {
        const qsizetype s = end - 1 - qsizetype(j);
        // Starts costing much more than the best one would need a context that a replaced word
        // cannot explain; skipping them keeps this loop short.
        const bool boundary = isBoundary(s);
        if (r[j] > std::min(maxErrors, minDist + MaxBoundaryWord) || (r[j] != minDist && !boundary)
            || (pass == 0 && wholeStart && !boundary)) {
            continue;
        }
        const int cost = r[j] + prefixCost(q, s);
        const qsizetype gap = std::abs(qsizetype(j) + 1 - m);
        if (cost < bestCost || (cost == bestCost && gap < bestLenGap)) {
            bestCost = cost;
            bestLenGap = gap;
            start = s;
        }
    }
    }
    if (start < 0) {
        return {-1, -1, 0};
    }
    // Now the end, with the start fixed.
    const qsizetype limit = std::min(t.size(), end + maxErrors + 8);
    const std::vector<int> f = forward.distances(QStringView(t).sliced(start, limit - start), true);
    qsizetype bestEnd = end;
    int bestDist = maxErrors + 1;
    bestCost = std::numeric_limits<int>::max();
    qsizetype bestGap = 0;
    int minEndDist = maxErrors + 1;
    for (const int v : f) {
        minEndDist = std::min(minEndDist, v);
    }
    for (int pass = 0; pass < 2 && bestDist > maxErrors; ++pass) {
    for (std::size_t j = 0; j < f.size(); ++j) {
        const qsizetype e = start + qsizetype(j) + 1;
        const bool boundary = isBoundary(e);
        if (f[j] > std::min(maxErrors, minEndDist + MaxBoundaryWord) || (e != end && !boundary)
            || (pass == 0 && wholeEnd && !boundary)) {
            continue;
        }
        const int cost = f[j] + suffixCost(q, e);
        const qsizetype gap = std::abs(e - end);
        if (cost < bestCost || (cost == bestCost && gap < bestGap)) {
            bestCost = cost;
            bestGap = gap;
            bestEnd = e;
            bestDist = f[j];
        }
    }
    }
    if (bestDist > maxErrors) {
        return {-1, -1, 0};
    }
    return {start, bestEnd, bestDist};
}

Anchorer::Candidate Anchorer::splitMatch(const Query &q, qsizetype hint) const
{
    const qsizetype m = q.exact.size();
    // Cut at a space near the middle, so that neither half ends in half a word.
    qsizetype half = q.exact.indexOf(u' ', m / 2);
    if (half < 0 || half > m * 3 / 4) {
        half = m / 2;
    }
    const Query head(q.exact.left(half), q.prefix, QString());
    const Query tail(q.exact.mid(half), QString(), q.suffix);
    const Candidate h = fuzzy(head, hint, {});
    if (h.start < 0) {
        return {};
    }
    const Candidate t = fuzzy(tail, h.end, {});
    const qsizetype gap = t.start - h.end;
    // The tail must follow the head, with no more inserted than the passage itself.
    if (t.start < 0 || gap < 0 || gap > m) {
        return {};
    }
    const double quoteSim = (h.quote * double(half) + t.quote * double(m - half)) / double(m)
                            * (1.0 - double(gap) / double(4 * m));
    const double ctx = contextSimilarity(q, h.start, t.end);
    const double score = QuoteWeight * quoteSim + ContextWeight * (ctx < 0 ? 0.5 : ctx)
                         + PositionWeight * positionSimilarity(h.start, hint);
    return {h.start, t.end, score, ctx, quoteSim};
}

Anchorer::Candidate Anchorer::fuzzy(const Query &q, qsizetype hint, const QList<qsizetype> &occurrences) const
{
    Candidate best;
    const QString &t = m_norm.text();
    const qsizetype n = t.size();
    const qsizetype m = q.exact.size();
    if (m < 3) {
        return best; // one or two characters: no approximate match can be told from noise
    }
    // Short quotes get fewer errors (a third of their letters, as a typo would): "nut" is not a
    // typo of "not" in any useful sense, while a sentence survives several edits.
    const int maxErrors = m < 12 ? int(m / 3) : int(double(m) * MaxErrorRate);
    const MyersPattern forward(q.exact);
    QString reversedExact(q.exact.size(), Qt::Uninitialized);
    std::reverse_copy(q.exact.cbegin(), q.exact.cend(), reversedExact.begin());
    const MyersPattern backward(reversedExact);

    std::vector<std::pair<qsizetype, qsizetype>> done;
    auto evaluate = [&](qsizetype from, qsizetype to) {
        from = std::clamp<qsizetype>(from, 0, n);
        to = std::clamp<qsizetype>(to, from, n);
        for (const auto &[a, b] : done) {
            if (from >= a && to <= b) {
                return; // already searched
            }
        }
        done.emplace_back(from, to);
        if (to - from < m - maxErrors) {
            return;
        }
        const std::vector<int> d = forward.distances(QStringView(t).sliced(from, to - from));
        std::vector<std::pair<int, qsizetype>> ends; // (distance, end offset in the window)
        for (std::size_t j = 0; j < d.size(); ++j) {
            const bool localMin = (j == 0 || d[j] <= d[j - 1]) && (j + 1 == d.size() || d[j] < d[j + 1]);
            if (d[j] <= maxErrors && localMin) {
                ends.emplace_back(d[j], qsizetype(j) + 1);
            }
        }
        std::sort(ends.begin(), ends.end());
        if (ends.size() > std::size_t(MaxCandidatesPerWindow)) {
            ends.resize(MaxCandidatesPerWindow);
        }
        std::vector<qsizetype> refined;
        for (const auto &[dist, endInWindow] : ends) {
            // Ends a few units apart ("word" and "word.") are the same match: refine it once.
            const qsizetype e = from + endInWindow;
            if (std::any_of(refined.cbegin(), refined.cend(), [&](qsizetype r) { return std::abs(r - e) <= maxErrors; })) {
                continue;
            }
            refined.push_back(e);
            const auto [start, end, bestDist] = refine(q, forward, backward, e, maxErrors);
            if (start < 0) {
                continue;
            }
            const double quoteSim = 0.5 * (1.0 - double(bestDist) / double(m))
                                    + 0.5 * wordOverlap(q.exact, QStringView(t).sliced(start, end - start));
            const double ctx = contextSimilarity(q, start, end);
            const double context = ctx < 0 ? 0.5 : ctx;
            // A short quote says little on its own ("data" is everywhere): its evidence is only as
            // good as its context, in proportion to how short it is.
            const double specificity = std::min(1.0, double(m) / double(DistinctiveLength));
            const double quoteEvidence = specificity * quoteSim + (1.0 - specificity) * std::min(quoteSim, context);
            const double score = QuoteWeight * quoteEvidence + ContextWeight * context
                                 + PositionWeight * positionSimilarity(start, hint);
            if (score > best.score) {
                best = {start, end, score, ctx, quoteSim};
            }
        }
    };

    // Hints from re-anchoring are accurate to the edits between neighbours; a wider search follows
    // when nothing good is found here.
    const qsizetype slack = maxErrors / 2 + 48;
    if (hint >= 0) {
        evaluate(hint - slack, hint + m + slack);
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(occurrences.size(), 32); ++i) {
        evaluate(occurrences[i] - maxErrors - 8, occurrences[i] + m + maxErrors + 8);
    }
    // A candidate this good near the hint or at an exact occurrence needs no wider search.
    if (best.score >= 0.8) {
        return best;
    }

    // Vote with the q-grams of prefix + quote + suffix: a region where many of them line up on
    // the same diagonal is where the passage (or what is left of it) is.
    const QString full = q.prefix + q.exact + q.suffix;
    const qsizetype quoteOffset = q.prefix.size();
    const qsizetype step = full.size() > 96 ? 2 : 1;
    std::vector<qsizetype> diagonals;
    qsizetype grams = 0;
    for (qsizetype i = 0; i + QGramIndex::Q <= full.size(); i += step) {
        const QStringView gram = QStringView(full).sliced(i, QGramIndex::Q);
        const auto positions = m_index.candidates(gram);
        ++grams;
        if (qsizetype(positions.size()) > MaxGramOccurrences) {
            continue;
        }
        const QChar *g = gram.data();
        for (const std::uint32_t p : positions) {
            const QChar *at = t.constData() + p;
            if (at[0] == g[0] && at[1] == g[1] && at[2] == g[2] && at[3] == g[3]) {
                diagonals.push_back(qsizetype(p) - i);
            }
        }
    }
    if (diagonals.empty()) {
        return best;
    }
    std::sort(diagonals.begin(), diagonals.end());
    const qsizetype band = 32 + maxErrors / 2;
    const qsizetype minVotes = std::max<qsizetype>(2, grams / 8);
    std::vector<std::pair<qsizetype, qsizetype>> clusters; // (votes, first diagonal)
    std::size_t r = 0;
    for (std::size_t l = 0; l < diagonals.size(); ++l) {
        r = std::max(r, l);
        while (r + 1 < diagonals.size() && diagonals[r + 1] - diagonals[l] <= band) {
            ++r;
        }
        const qsizetype votes = qsizetype(r - l + 1);
        if (votes >= minVotes) {
            clusters.emplace_back(votes, diagonals[l]);
        }
    }
    std::sort(clusters.begin(), clusters.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<qsizetype> picked;
    for (const auto &[votes, diagonal] : clusters) {
        if (picked.size() >= std::size_t(MaxVotedWindows)) {
            break;
        }
        const bool overlaps = std::any_of(picked.cbegin(), picked.cend(),
                                          [&](qsizetype p) { return std::abs(p - diagonal) <= band; });
        if (overlaps) {
            continue;
        }
        picked.push_back(diagonal);
        evaluate(diagonal + quoteOffset - maxErrors - 8, diagonal + band + quoteOffset + m + maxErrors + 8);
    }
    return best;
}

} // namespace Glossa::Anchor
