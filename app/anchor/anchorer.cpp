// SPDX-License-Identifier: GPL-3.0-or-later
// Anchoring's selectors and exact stages: describing a range, the position check, the quote's exact
// occurrences, and the order of the stages (the context comparison is in context.cpp; the reasoning
// in CALIBRATION.md).
#include "anchorer.h"

#include "anchorer_p.h"
#include "model/revision.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>
#include <vector>

Q_LOGGING_CATEGORY(lcAnchor, "glossa.anchor", QtInfoMsg)

namespace Glossa::Anchor {

using namespace Tuning;

namespace {

bool isHighSurrogateAt(QStringView s, qsizetype i)
{
    return i >= 0 && i < s.size() && s[i].isHighSurrogate();
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
    : d(std::make_unique<const AnchorerPrivate>(std::move(text)))
{
}

Anchorer::Anchorer(Anchorer &&other) noexcept = default;
Anchorer &Anchorer::operator=(Anchorer &&other) noexcept = default;
Anchorer::~Anchorer() = default;

const QString &Anchorer::text() const
{
    return d->m_text;
}

Model::Anchor Anchorer::anchor(
    const Model::Selector &selector, const AnchorOptions &options, AnchorEvidence *evidence) const
{
    return d->anchor(selector, options, evidence);
}

Model::Anchor Anchorer::anchorCertain(const Model::Selector &selector) const
{
    return d->anchorCertain(selector);
}

AnchorerPrivate::AnchorerPrivate(QString text)
    : m_text(std::move(text))
    , m_norm(m_text)
    , m_index(m_norm.text())
{
    // Newlines are few: find each in the original and the normalised unit (a space) covering it.
    for (qsizetype i = m_text.indexOf(u'\n'); i >= 0; i = m_text.indexOf(u'\n', i + 1)) {
        const qsizetype p = m_norm.fromOriginal(i + 1) - 1;
        if (p >= 0 && (m_breaks.empty() || m_breaks.back() != p)) {
            m_breaks.push_back(p);
        }
    }
}

bool AnchorerPrivate::hasBreak(qsizetype from, qsizetype to) const
{
    const auto it = std::lower_bound(m_breaks.cbegin(), m_breaks.cend(), from);
    return it != m_breaks.cend() && *it < to;
}

Model::Anchor anchor(const QString &text, const Model::Selector &selector, const AnchorOptions &options)
{
    return Anchorer(text).anchor(selector, options);
}

Model::Anchor AnchorerPrivate::toAnchor(qsizetype start, qsizetype end, double score, Model::AnchorStatus status) const
{
    Model::Anchor a;
    a.start = m_norm.originalStart(start);
    a.end = std::max(a.start, m_norm.originalEnd(start, end));
    a.score = std::clamp(score, 0.0, 1.0);
    a.status = status;
    return a;
}

Model::Anchor AnchorerPrivate::atPosition(const Model::Selector &selector, const QString &exactNorm) const
{
    if (!selector.hasPosition() || selector.end > m_text.size() || exactNorm.isEmpty()) {
        return {};
    }
    const QStringView there = QStringView(m_text).sliced(selector.start, selector.end - selector.start);
    if (there != selector.exact && NormalizedText::normalize(there) != exactNorm) {
        return {};
    }
    if (exactNorm.size() >= DistinctiveLength || positionKeepsContext(selector)) {
        return {selector.start, selector.end, 1.0, Model::AnchorStatus::Exact};
    }
    // A short quote ("the", "which") found at its old offset after edits elsewhere moved the text is
    // often another occurrence, or part of a longer word, that the shift brought there: it holds
    // only as a whole word where the context does not say otherwise.
    const qsizetype start = m_norm.fromOriginal(selector.start);
    const qsizetype end = start + exactNorm.size();
    const bool wholeStart = exactNorm.front().isLetterOrNumber()
        && (selector.prefix.isEmpty() || !selector.prefix.back().isLetterOrNumber());
    const bool wholeEnd = exactNorm.back().isLetterOrNumber()
        && (selector.suffix.isEmpty() || !selector.suffix.front().isLetterOrNumber());
    if (end > m_norm.size() || (wholeStart && !isBoundary(start)) || (wholeEnd && !isBoundary(end))) {
        return {};
    }
    const Query q {exactNorm, NormalizedText::normalize(selector.prefix), NormalizedText::normalize(selector.suffix)};
    const double context = contextSimilarity(q, start, end);
    if (context >= 0 && context < PositionContextAgrees) {
        return {};
    }
    return {selector.start, selector.end, 1.0, Model::AnchorStatus::Exact};
}

bool AnchorerPrivate::positionKeepsContext(const Model::Selector &selector) const
{
    // The common case, checked without normalising: the text around the position is unchanged.
    const QStringView t(m_text);
    return selector.start >= selector.prefix.size() && t.size() - selector.end >= selector.suffix.size()
        && t.sliced(selector.start - selector.prefix.size(), selector.prefix.size()) == selector.prefix
        && t.sliced(selector.end, selector.suffix.size()) == selector.suffix;
}

QList<qsizetype> AnchorerPrivate::exactOccurrences(QStringView quote, qsizetype limit) const
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

QList<qsizetype> AnchorerPrivate::shortQuoteOccurrences(const Query &q, qsizetype limit) const
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

QList<qsizetype> AnchorerPrivate::indexedOccurrences(QStringView quote, qsizetype limit) const
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

double AnchorerPrivate::positionSimilarity(qsizetype start, qsizetype hint) const
{
    if (hint < 0) {
        return 0.0;
    }
    return 1.0 / (1.0 + double(std::abs(start - hint)) / PositionScale);
}

Model::Anchor AnchorerPrivate::anchorCertain(const Model::Selector &selector) const
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
    const Query q {exact, NormalizedText::normalize(selector.prefix), NormalizedText::normalize(selector.suffix)};
    if (contextSimilarity(q, occ.first(), occ.first() + exact.size()) >= ContextAgrees) {
        return toAnchor(occ.first(), occ.first() + exact.size(), 1.0, Model::AnchorStatus::Exact);
    }
    return {};
}

Model::Anchor AnchorerPrivate::anchor(
    const Model::Selector &selector, const AnchorOptions &options, AnchorEvidence *evidence) const
{
    const QString exact = NormalizedText::normalize(selector.exact);
    if (exact.trimmed().isEmpty() || m_norm.size() == 0) {
        return {}; // nothing to look for, or nowhere to look: an orphan, never a guess
    }
    if (double(exact.size()) * (1.0 - MaxErrorRate) > double(m_norm.size())) {
        return {}; // even with as many edits as a match may have, the quote is longer than the text
    }
    if (const Model::Anchor a = atPosition(selector, exact); a.isAnchored()) {
        return a;
    }
    const Query q = queryFor(selector, exact);
    const qsizetype hint = normalizedHint(selector, options);
    const QList<qsizetype> occurrences = wholeWordOccurrences(q);
    if (const std::optional<Model::Anchor> a = atHint(q, occurrences, hint)) {
        return *a;
    }
    RankedOccurrences ranked = rankOccurrences(q, occurrences, hint);
    if (const std::optional<Model::Anchor> a = acceptOccurrence(selector, q, ranked, hint, options.threshold)) {
        return *a;
    }
    if (exact.size() > MaxFuzzyQuote) {
        return longQuote(selector, options);
    }
    const Candidate c = fuzzySearch(q, hint, std::move(ranked));
    return decide(q, c, hint, options.threshold, evidence);
}

Query AnchorerPrivate::queryFor(const Model::Selector &selector, const QString &exactNorm)
{
    Query q {exactNorm, NormalizedText::normalize(selector.prefix), NormalizedText::normalize(selector.suffix)};
    // An empty side is the text's edge only when the selector carries context at all.
    q.atTextStart = q.prefix.isEmpty() && (!q.suffix.isEmpty() || (selector.hasPosition() && selector.start == 0));
    q.atTextEnd = q.suffix.isEmpty() && !q.prefix.isEmpty();
    q.oneBlock = !selector.exact.contains(u'\n');
    return q;
}

qsizetype AnchorerPrivate::normalizedHint(const Model::Selector &selector, const AnchorOptions &options) const
{
    qsizetype hint = options.hint >= 0 ? options.hint : (selector.hasPosition() ? selector.start : -1);
    if (hint >= 0) {
        hint = m_norm.fromOriginal(std::min(hint, m_text.size()));
    }
    return hint;
}

QList<qsizetype> AnchorerPrivate::wholeWordOccurrences(const Query &q) const
{
    const qsizetype m = q.exact.size();
    QList<qsizetype> occ = shortQuoteOccurrences(q, MaxOccurrences);
    // A quote that did not split a word at an edge is not found inside a longer word ("the" in
    // "they"): that is another word, not the passage.
    const bool wholeStart
        = q.exact.front().isLetterOrNumber() && (q.prefix.isEmpty() || !q.prefix.back().isLetterOrNumber());
    const bool wholeEnd
        = q.exact.back().isLetterOrNumber() && (q.suffix.isEmpty() || !q.suffix.front().isLetterOrNumber());
    occ.removeIf([&](qsizetype at) { return (wholeStart && !isBoundary(at)) || (wholeEnd && !isBoundary(at + m)); });
    return occ;
}

std::optional<Model::Anchor> AnchorerPrivate::atHint(
    const Query &q, const QList<qsizetype> &occurrences, qsizetype hint) const
{
    if (hint < 0 || occurrences.isEmpty()) {
        return std::nullopt;
    }
    // Re-anchoring gives accurate hints: the occurrence right there with its context intact
    // needs no comparison with the forty others.
    const qsizetype m = q.exact.size();
    const auto nearest = std::min_element(occurrences.cbegin(), occurrences.cend(),
        [hint](qsizetype a, qsizetype b) { return std::abs(a - hint) < std::abs(b - hint); });
    if (std::abs(*nearest - hint) <= HintReach && contextSimilarity(q, *nearest, *nearest + m) >= HintContextAgrees) {
        return toAnchor(*nearest, *nearest + m, 1.0, Model::AnchorStatus::Exact);
    }
    return std::nullopt;
}

RankedOccurrences AnchorerPrivate::rankOccurrences(
    const Query &q, const QList<qsizetype> &occurrences, qsizetype hint) const
{
    RankedOccurrences r;
    r.ranked.reserve(std::size_t(occurrences.size()));
    const qsizetype m = q.exact.size();
    double bestRank = -1.0;
    for (const qsizetype at : occurrences) {
        double side = -1.0;
        const double ctx = contextSimilarity(q, at, at + m, &side);
        const double pos = positionSimilarity(at, hint);
        // Context first, the hint second; strict comparison keeps the first of equals.
        const double rank = (ctx < 0 ? UnknownContextRank : ctx) + HintRankWeight * pos;
        r.ranked.emplace_back(-rank, at);
        if (rank > bestRank) {
            r.best = at;
            bestRank = rank;
            r.bestContext = ctx;
            r.bestSide = side;
        }
    }
    return r;
}

std::optional<Model::Anchor> AnchorerPrivate::acceptOccurrence(const Model::Selector &selector, const Query &q,
    const RankedOccurrences &occurrences, qsizetype hint, double threshold) const
{
    if (occurrences.ranked.empty()) {
        return std::nullopt;
    }
    const qsizetype m = q.exact.size();
    const qsizetype best = occurrences.best;
    const double bestContext = occurrences.bestContext;
    const bool contextKnown = bestContext >= 0;
    const bool unique = occurrences.ranked.size() == 1;
    // The hint confirms an occurrence only when it points right at it and the context does
    // not contradict it: a common word is always "near" some stale position.
    // Unrelated text still agrees about 0.35 with a context, so "does not contradict" means
    // clearly above that, and more so for a short quote.
    const double notContradicted = m >= DistinctiveLength ? HintNotContradictedLong : HintNotContradictedShort;
    const bool hintConfirms
        = hint >= 0 && std::abs(best - hint) <= HintReach && (!contextKnown || bestContext >= notContradicted);
    // A long quote found once speaks for itself unless its context says it is another copy
    // (unrelated text still agrees about 0.35: a copy must do clearly better, or the marked
    // copy may have been deleted and this is the phrase repeated elsewhere); a whole paragraph
    // found once is the paragraph, wherever it moved.
    const bool distinctive = unique
        && ((m >= DistinctiveLength
                && (!contextKnown || bestContext >= UniqueContextAgrees || sharesBlockEdge(selector, best, best + m)))
            || m >= UniqueLength || (!contextKnown && m >= UniqueWithoutContextLength));
    // When a neighbouring sentence is deleted or inserted only one side of the context changes;
    // one side agreeing almost fully is as good as both agreeing reasonably.
    const bool oneSideAgrees = occurrences.bestSide >= OneSideAgrees;
    // A whole block (a heading, a one-sentence paragraph) that moved keeps none of its context:
    // found once, and again as a whole block, it is the same block.
    const bool movedBlock = unique && isWholeBlock(selector) && isWholeBlockAt(best, best + m);
    if (!((contextKnown && bestContext >= ContextAgrees) || oneSideAgrees || hintConfirms || distinctive
            || movedBlock)) {
        return std::nullopt;
    }
    const bool strong
        = (contextKnown && bestContext >= ContextConfirms) || (unique && m >= UniqueLength) || !contextKnown;
    if (!strong) {
        if (std::optional<Model::Anchor> a = betterFuzzyMatch(q, best, bestContext, hint, threshold)) {
            return a;
        }
    }
    return toAnchor(best, best + m, 1.0, Model::AnchorStatus::Exact);
}

std::optional<Model::Anchor> AnchorerPrivate::betterFuzzyMatch(
    const Query &q, qsizetype occurrence, double context, qsizetype hint, double threshold) const
{
    // Accepted on partial evidence: a copy of the words with a typo, sitting in the selector's full
    // context, is the better answer (a phrase repeated in the article, a word repeated a few words
    // away).
    const qsizetype m = q.exact.size();
    const Candidate c = fuzzy(q, hint, {occurrence});
    const double p = c.start >= 0 ? confidence(c, q, hint, nullptr) : 0.0;
    if (c.start >= 0 && std::abs(c.start - occurrence) > m / 2 && c.context >= context + BetterContextMargin
        && p >= threshold && p > 0.0) {
        return toAnchor(c.start, c.end, p, Model::AnchorStatus::Fuzzy);
    }
    return std::nullopt;
}

Candidate AnchorerPrivate::fuzzySearch(const Query &q, qsizetype hint, RankedOccurrences occurrences) const
{
    std::vector<std::pair<double, qsizetype>> &ranked = occurrences.ranked;
    std::sort(ranked.begin(), ranked.end());
    QList<qsizetype> closer;
    for (std::size_t i = 0; i < std::min(ranked.size(), MaxRankedOccurrences); ++i) {
        closer.append(ranked[i].second);
    }
    Candidate c = fuzzy(q, hint, closer);
    if (q.exact.size() >= SplitLength && c.score < SplitBelow) {
        // A long passage that matches poorly as a whole may have had a sentence inserted in it:
        // its two halves, each found next to its own context, say so.
        const Candidate split = splitMatch(q, hint >= 0 ? hint : c.start);
        if (split.score > c.score) {
            c = split;
        }
    }
    if (c.start >= 0) {
        alignEdges(q, c);
    }
    return c;
}

} // namespace Glossa::Anchor
