// SPDX-License-Identifier: GPL-3.0-or-later
// What the parts of the Anchorer (anchorer.cpp: selectors, exact stages; context.cpp: context
// comparison; approximate.cpp: the Myers search) share: the tuning constants and the normalised query.
#pragma once

#include "anchorer.h"
#include "myers.h"

#include <QString>

#include <optional>

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
// left of it (at least half of its words, see anchorer.h).
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
// Quotes at least this long are also tried as two halves (a sentence inserted inside them).
inline constexpr qsizetype SplitLength = 64;
// How much more a boundary may cost the quote than the best alignment does, when the context is
// what decides it: about one replaced word.
inline constexpr int MaxBoundaryWord = 12;

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
struct Anchorer::Query {
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

} // namespace Glossa::Anchor
