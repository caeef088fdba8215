// SPDX-License-Identifier: GPL-3.0-or-later
// The Anchorer's private side, shared by its parts (anchorer.cpp: selectors, the stages and the exact
// ones; context.cpp: context comparison; approximate.cpp: the Myers search; edges.cpp: word edges;
// decision.cpp: the decision model): the tuning constants, the normalised query and AnchorerPrivate.
// CALIBRATION.md says why the constants are what they are.
#pragma once

#include "anchorer.h"
#include "myers.h"
#include "normalizedtext.h"
#include "qgramindex.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

namespace Glossa::Anchor {

namespace Tuning {

// Weights of a fuzzy candidate's score. The quote counts most; context is what tells apart two
// places where similar words occur; position only nudges (it is often stale after edits).
inline constexpr double QuoteWeight = 0.55;
inline constexpr double ContextWeight = 0.35;
inline constexpr double PositionWeight = 0.10;
// A quote's similarity: this share from character edits, the rest from the share of its words
// found. Words weigh more: a passage edited here and there keeps most of its words, one rewritten
// in place keeps its spaces, punctuation and common letters but not its words.
inline constexpr double CharacterShare = 0.15;
// Allowed edits, as a fraction of the quote's length, in approximate matching.
// Half: a clause may have had a word replaced and another inserted; the decision then weighs what is
// left of it (at least half of its words, see CALIBRATION.md).
inline constexpr double MaxErrorRate = 0.5;
// An exact occurrence whose context agrees at least this much is taken without further search.
inline constexpr double ContextAgrees = 0.6;
// A short quote at its old position is taken there only if its context agrees at least this much
// (unrelated text agrees about 0.35): a shifted text brings other copies of "the" to that offset.
inline constexpr double PositionContextAgrees = 0.5;
// Exact quotes at least this long (normalised code units) identify their passage on their own
// when they occur once.
inline constexpr qsizetype DistinctiveLength = 24;
// q-grams occurring more often than this say little about where a passage is: skip them in voting.
inline constexpr qsizetype MaxGramOccurrences = 256;
// A candidate this good near the hint or an exact occurrence ends the search: the q-gram vote over
// the whole text costs more than everything before it.
inline constexpr double GoodEnough = 0.78;
inline constexpr int MaxCandidatesPerWindow = 4;
inline constexpr int MaxVotedWindows = 4;
inline constexpr qsizetype MaxOccurrences = 256;
// How many of the quote's tokens (words, punctuation marks) are aligned with its context to place
// each edge of a fuzzy match.
inline constexpr qsizetype EdgeTokens = 6;
// Quotes at least this long are also tried as two halves (a sentence inserted inside them)...
inline constexpr qsizetype SplitLength = 64;
// ...when the best match of the whole quote has a search score below this.
inline constexpr double SplitBelow = 0.85;
// How much more a boundary may cost the quote than the best alignment does, when the context is
// what decides it: about one replaced word.
inline constexpr int MaxBoundaryWord = 12;
// Longest context window compared (the longest kept context, Query::MaxContext, plus slack for
// insertions).
inline constexpr qsizetype MaxContextWindow = 72;
// Position similarity falls to one half this many normalised code units away from the hint.
inline constexpr double PositionScale = 200.0;

// Deciding on the quote's exact occurrences (stage 2 in CALIBRATION.md). Unrelated text still
// agrees about 0.35 with a context: the thresholds below sit clearly above that where they must.
//
// The hint points right at an occurrence this close to it (normalised code units): a common word
// is always "near" some stale position, so farther means nothing.
inline constexpr qsizetype HintReach = 16;
// An occurrence the hint points right at, with at least this context agreement, is taken at once.
inline constexpr double HintContextAgrees = 0.9;
// The hint confirms an occurrence it points right at when the context does not contradict it:
// agrees at least this much (or cannot be compared). A short quote (under DistinctiveLength) needs
// clearly more than unrelated text...
inline constexpr double HintNotContradictedShort = 0.5;
// ...a long quote less.
inline constexpr double HintNotContradictedLong = 0.3;
// Ranking occurrences: context agreement counted for an occurrence whose context cannot be
// compared (neutral)...
inline constexpr double UnknownContextRank = 0.5;
// ...and the weight of its position similarity to the hint, after the context.
inline constexpr double HintRankWeight = 0.2;
// A long quote (DistinctiveLength) found once is its passage when its context agrees at least this
// much (not unrelated), or when it begins or ends a block as it did.
inline constexpr double UniqueContextAgrees = 0.5;
// A quote found once and at least this long is its passage whatever its context, and that is
// strong evidence (no fuzzy alternative is looked for).
inline constexpr qsizetype UniqueLength = 64;
// A quote found once, with no context to compare, is its passage from this length on.
inline constexpr qsizetype UniqueWithoutContextLength = 8;
// One context side agreeing at least this much accepts an occurrence (a neighbouring sentence
// deleted or inserted changes only the other side).
inline constexpr double OneSideAgrees = 0.85;
// An occurrence whose context agrees at least this much is strong evidence; one accepted on less
// gives way to a fuzzy match elsewhere whose context agrees clearly better...
inline constexpr double ContextConfirms = 0.85;
// ...by at least this much.
inline constexpr double BetterContextMargin = 0.2;
// A quote longer than this is searched approximately by its two ends (longquote.cpp): the
// bit-parallel search costs the quote's length times the text's, which for a quote of a whole
// article would take minutes, and the ends are as telling as the whole.
inline constexpr qsizetype MaxFuzzyQuote = 2048;
// The fuzzy search starts from at most this many of the best ranked exact occurrences.
inline constexpr std::size_t MaxRankedOccurrences = 4;

// The decision model: a logistic regression over the best candidate's evidence, fitted on the
// calibration texts of bench/bench_anchor by bench/fit_anchor_decision.py (GLOSSA_BENCH_FEATURES
// dumps the evidence it reads). Its output, the estimated probability that the candidate is the
// passage, is a fuzzy anchor's score. The weights say what separates right places from wrong ones: context agreeing on
// both sides (the worse side weighs most: a wrong place rarely agrees on both), a clear margin over any other place,
// and position; the search score and the quote's similarity add less than they seem to, because the search score
// already holds them.
namespace Decision {
inline constexpr double Bias = -8.53;
inline constexpr double Score = 3.33; // the search score
inline constexpr double Quote = -1.15; // the quote's similarity (the search score and the words hold it)
inline constexpr double BetterSide = 1.46; // the context side agreeing more
inline constexpr double WorseSide = 4.10; // the other side
inline constexpr double Position = 2.10; // positionSimilarity to the hint
inline constexpr double Margin = 3.65; // search score minus the runner-up's at another place
inline constexpr double Split = 1.77; // found as two halves
inline constexpr double HalfTheWords = 2.26; // at least half of the quote's words found in the range
} // namespace Decision

} // namespace Tuning

// The selector in normalised form, with the bit-parallel patterns its context is compared with.
struct Query {
    Query(QString e, QString p, QString s)
        : exact(std::move(e))
        // Context past MaxContext code units adds cost and no evidence.
        , prefix(p.size() > MaxContext ? p.right(MaxContext) : std::move(p))
        , suffix(s.size() > MaxContext ? s.left(MaxContext) : std::move(s))
        , reversedPrefix(reversedOf(prefix))
        , suffixPattern(suffix)
    {
    }

    static QString reversedOf(const QString &text)
    {
        QString reversed(text.size(), Qt::Uninitialized);
        std::reverse_copy(text.cbegin(), text.cend(), reversed.begin());
        return reversed;
    }

    static constexpr qsizetype MaxContext = 64;
    // The quote began (ended) the old text: its empty prefix (suffix) is evidence too, that the
    // passage starts where the text does. A replaced or inserted first word then stays inside.
    bool atTextStart = false;
    bool atTextEnd = false;
    // The quote lies within one block: its match does not reach across a paragraph break either.
    bool oneBlock = false;
    QString exact;
    QString prefix;
    QString suffix;
    // Declared after prefix and suffix, which they are made from.
    MyersPattern reversedPrefix;
    MyersPattern suffixPattern;
};

// A fuzzy match of a quote, and what its search found out about it.
struct Candidate {
    qsizetype start = -1; // normalised offsets
    qsizetype end = -1;
    double score = -1.0;
    double context = 0.0;
    double quote = 0.0; // the quote's similarity alone
    double prefix = -1.0; // each side's agreement, -1 when it cannot be compared
    double suffix = -1.0;
    double runnerUp = 0.0; // the best score at another place
    bool split = false; // found as two halves
    double words = -1.0; // the share of the quote's words found; -1 until counted
};

// The quote's exact occurrences, ranked by their context, then their distance to the hint.
struct RankedOccurrences {
    qsizetype best = -1; // normalised offset of the best ranked; -1 when there are none
    double bestContext = -1.0; // its context agreement, -1 when it cannot be compared
    double bestSide = -1.0; // its better context side alone
    std::vector<std::pair<double, qsizetype>> ranked; // (-rank, offset), in the occurrences' order
};

// The text and what is built from it once, and the stages of anchor() (see CALIBRATION.md).
class AnchorerPrivate final
{
public:
    explicit AnchorerPrivate(QString text);

    Model::Anchor anchor(const Model::Selector &selector, const AnchorOptions &options, AnchorEvidence *evidence) const;
    Model::Anchor anchorCertain(const Model::Selector &selector) const;

    // Stage 1: the selector's position, if the quote is still there.
    Model::Anchor atPosition(const Model::Selector &selector, const QString &exactNorm) const;
    bool positionKeepsContext(const Model::Selector &selector) const;
    // The selector in normalised form, knowing whether it began or ended the text or one block.
    static Query queryFor(const Model::Selector &selector, const QString &exactNorm);
    // The hint in normalised offsets: the options', else the selector's position; -1 for none.
    qsizetype normalizedHint(const Model::Selector &selector, const AnchorOptions &options) const;
    // Stage 2: the quote's exact occurrences that do not cut a word the quote did not cut...
    QList<qsizetype> wholeWordOccurrences(const Query &q) const;
    // ...the one the hint points right at, if its context is intact...
    std::optional<Model::Anchor> atHint(const Query &q, const QList<qsizetype> &occurrences, qsizetype hint) const;
    RankedOccurrences rankOccurrences(const Query &q, const QList<qsizetype> &occurrences, qsizetype hint) const;
    // ...and the best ranked, if the evidence for it is enough (or a better fuzzy match elsewhere).
    std::optional<Model::Anchor> acceptOccurrence(const Model::Selector &selector, const Query &q,
        const RankedOccurrences &occurrences, qsizetype hint, double threshold) const;
    std::optional<Model::Anchor> betterFuzzyMatch(
        const Query &q, qsizetype occurrence, double context, qsizetype hint, double threshold) const;
    // Stage 3: the best approximate match near the hint and the best ranked occurrences, whole or
    // in two halves, its edges placed word by word.
    Candidate fuzzySearch(const Query &q, qsizetype hint, RankedOccurrences occurrences) const;
    // Stage 3 for a quote longer than MaxFuzzyQuote: its first and last words anchored each on its
    // own, and the passage between them taken if its length fits the quote's.
    Model::Anchor longQuote(const Model::Selector &selector, const AnchorOptions &options) const;
    // Stage 4: a fuzzy anchor if the decision model trusts the candidate enough, else an orphan.
    Model::Anchor decide(
        const Query &q, const Candidate &c, qsizetype hint, double threshold, AnchorEvidence *evidence) const;

    QList<qsizetype> exactOccurrences(QStringView quote, qsizetype limit) const;
    QList<qsizetype> indexedOccurrences(QStringView quote, qsizetype limit) const;
    QList<qsizetype> shortQuoteOccurrences(const Query &q, qsizetype limit) const;
    // Agreement of the selector's prefix and suffix with the text around [start, end), weighted by
    // their lengths, in [0, 1]; -1 when neither can be compared. `bestSide`: the better side alone.
    double contextSimilarity(const Query &q, qsizetype start, qsizetype end, double *bestSide = nullptr,
        double *prefixSide = nullptr, double *suffixSide = nullptr) const;
    double positionSimilarity(qsizetype start, qsizetype hint) const;
    static bool isWholeBlock(const Model::Selector &s);
    bool isWholeBlockAt(qsizetype start, qsizetype end) const; // normalised range
    // Whether the normalised range begins (ends) a block where the selector's passage did: the
    // paragraph structure is context that survives a paragraph being moved.
    bool sharesBlockEdge(const Model::Selector &s, qsizetype start, qsizetype end) const;
    Model::Anchor toAnchor(qsizetype start, qsizetype end, double score, Model::AnchorStatus status) const;
    Candidate fuzzy(const Query &q, qsizetype hint, const QList<qsizetype> &occurrences) const;
    Candidate splitMatch(const Query &q, qsizetype hint) const;
    // Moves the candidate's edges to the words aligned with the quote's (see wordalign.h).
    void alignEdges(const Query &q, Candidate &c) const;
    // The decision model's estimate that the candidate is the passage (see CALIBRATION.md).
    double confidence(const Candidate &c, const Query &q, qsizetype hint, AnchorEvidence *evidence) const;
    std::tuple<qsizetype, qsizetype, int> refine(
        const Query &q, const MyersPattern &forward, const MyersPattern &backward, qsizetype end, int maxErrors) const;
    bool isBoundary(qsizetype at) const;
    // Whether a block break (whitespace holding a newline) lies in the normalised range [from, to).
    bool hasBreak(qsizetype from, qsizetype to) const;
    int prefixCost(const Query &q, qsizetype start) const;
    int suffixCost(const Query &q, qsizetype end) const;

    QString m_text;
    NormalizedText m_norm;
    QGramIndex m_index;
    std::vector<qsizetype> m_breaks; // normalised offsets of block breaks, ascending
};

} // namespace Glossa::Anchor
