// SPDX-License-Identifier: GPL-3.0-or-later
// Anchoring: finds where an annotation's selectors point in a (possibly changed) canonical text, and
// says honestly when they no longer point anywhere.
//
// Order of evidence, cheapest first:
//  1. the TextPosition, accepted only if the text there equals the quote (modulo whitespace and
//     typographic variants): status exact, score 1;
//  2. the exact quote's occurrences, ranked by prefix/suffix agreement and distance to the hint; the
//     best is accepted (exact, score 1) only when its context agrees, the hint confirms it, or the
//     quote is long and unique enough to speak for itself. A short quote with no agreeing context
//     and a lost position is never guessed;
//  3. approximate matching with Myers' bit-parallel algorithm in the windows the q-gram index (over
//     prefix + quote + suffix) and the hint point at, at most 40 % of the quote's length in edits.
//     Candidates are scored 0.55 quote similarity + 0.35 context similarity + 0.10 position; the best
//     is accepted as fuzzy only if its score reaches the threshold, otherwise the annotation is an
//     orphan.
//
// Threshold: 0.66 (DefaultThreshold), calibrated with bench/bench_anchor on the edit corpus in
// bench/editcorpus.*: the lowest value at which false anchors (truth: passage deleted or rewritten)
// and wrong-place anchors both stay under 0.5 %, while correct anchors stay above 99 % at ≤ 10 % word
// edits. The precision/recall table the benchmark prints is what justified it.
//
// All matching happens on a NormalizedText, so whitespace runs, NBSP, curly quotes, dashes and
// ellipses never cost a match; offsets in and out are UTF-16 code units of the original text.
#pragma once

#include "model/selector.h"
#include "normalizedtext.h"
#include "qgramindex.h"

#include <QString>

#include <tuple>

namespace Glossa::Model {
class Revision;
}

namespace Glossa::Anchor {

class MyersPattern;

inline constexpr qsizetype ContextLength = 32;
inline constexpr double DefaultThreshold = 0.76;

// Selectors for the range [start, end) of a canonical text: position, quote with up to
// ContextLength code units of context each side (cut at the text's edges, never splitting a
// surrogate pair), and the block index when a revision is given.
Model::Selector describe(QStringView text, qsizetype start, qsizetype end);
Model::Selector describe(const Model::Revision &revision, qsizetype start, qsizetype end);

struct AnchorOptions {
    // Where the passage probably is now, in the new text's offsets; -1 to use the selector's own
    // position. Breaks ties between equally good occurrences and narrows the approximate search.
    qsizetype hint = -1;
    // Fuzzy candidates scoring below this are orphans. 0 returns the best candidate whatever its
    // score (the benchmark uses it to draw the precision/recall curve).
    double threshold = DefaultThreshold;
};

// The text prepared for anchoring many selectors: its normalised view and q-gram index are built
// once (a few milliseconds per megabyte) and shared by every anchor() call. Thread-compatible: const
// methods may run concurrently.
class Anchorer final
{
public:
    explicit Anchorer(QString text);

    // Longest context window compared (the longest kept context, 64, plus slack for insertions).
    static constexpr qsizetype MaxContextWindow = 72;

    const QString &text() const { return m_text; }

    Model::Anchor anchor(const Model::Selector &selector, const AnchorOptions &options = {}) const;

    // Only the cheap, certain stages: the position check, and a single exact occurrence whose
    // context agrees. Re-anchoring uses these first, then derives hints for the rest from them.
    Model::Anchor anchorCertain(const Model::Selector &selector) const;

private:
    struct Candidate {
        qsizetype start = -1; // normalised offsets
        qsizetype end = -1;
        double score = -1.0;
        double context = 0.0;
        double quote = 0.0; // the quote's similarity alone
    };
    struct Query; // the selector in normalised form

    Model::Anchor atPosition(const Model::Selector &selector, const QString &exactNorm) const;
    QList<qsizetype> exactOccurrences(QStringView quote, qsizetype limit) const;
    QList<qsizetype> indexedOccurrences(QStringView quote, qsizetype limit) const;
    QList<qsizetype> shortQuoteOccurrences(const Query &q, qsizetype limit) const;
    // Agreement of the selector's prefix and suffix with the text around [start, end), weighted by
    // their lengths, in [0, 1]; -1 when neither can be compared. `bestSide`: the better side alone.
    double contextSimilarity(const Query &q, qsizetype start, qsizetype end, double *bestSide = nullptr) const;
    double positionSimilarity(qsizetype start, qsizetype hint) const;
    static bool isWholeBlock(const Model::Selector &s);
    bool isWholeBlockAt(qsizetype start, qsizetype end) const; // normalised range
    Model::Anchor toAnchor(qsizetype start, qsizetype end, double score, Model::AnchorStatus status) const;
    Candidate fuzzy(const Query &q, qsizetype hint, const QList<qsizetype> &occurrences) const;
    Candidate splitMatch(const Query &q, qsizetype hint) const;
    std::tuple<qsizetype, qsizetype, int> refine(const Query &q, const MyersPattern &forward, const MyersPattern &backward,
                                                 qsizetype end, int maxErrors) const;
    bool isBoundary(qsizetype at) const;
    int prefixCost(const Query &q, qsizetype start) const;
    int suffixCost(const Query &q, qsizetype end) const;

    QString m_text;
    NormalizedText m_norm;
    QGramIndex m_index;
};

// One-shot convenience: builds an Anchorer for `text`. Prefer Anchorer for more than one selector.
Model::Anchor anchor(const QString &text, const Model::Selector &selector, const AnchorOptions &options = {});

} // namespace Glossa::Anchor
