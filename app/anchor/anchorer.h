// SPDX-License-Identifier: GPL-3.0-or-later
// Anchoring: finds where an annotation's selectors point in a (possibly changed) canonical text, and
// says honestly when they no longer point anywhere. The stages (the position, the quote's exact
// occurrences, approximate matching, a calibrated decision), the reasoning behind them and the
// figures behind DefaultThreshold are in CALIBRATION.md beside this file.
//
// Offsets in and out are UTF-16 code units of the original text; whitespace runs, NBSP, curly
// quotes, dashes and ellipses never cost a match.
#pragma once

#include "model/selector.h"

#include <QString>

#include <memory>

namespace Glossa::Model {
class Revision;
}

namespace Glossa::Anchor {

class AnchorerPrivate;

// Context kept each side of a quote by describe().
inline constexpr qsizetype ContextLength = 32;
// Fuzzy anchors scoring below this are orphans (see CALIBRATION.md for how it was chosen).
inline constexpr double DefaultThreshold = 0.85;

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

// What decided a fuzzy anchor (or orphan): the best candidate's evidence, for the benchmark and
// for calibrating the decision rule.
struct AnchorEvidence {
    bool fuzzy = false; // the approximate stage ran and found a candidate
    double score = 0.0; // its search score (what ranks candidates)
    double quote = 0.0; // the quote's similarity
    double prefix = -1.0; // each side's context agreement, -1 when it cannot be compared
    double suffix = -1.0;
    qsizetype distance = -1; // from the hint, in normalised code units; -1 without a hint
    qsizetype textLength = 0; // of the normalised text
    double runnerUp = 0.0; // the best score at another place
    bool split = false; // found as two halves
    qsizetype length = 0; // the quote's, normalised
    double words = 0.0; // the share of the quote's words found in the range
    double confidence = 0.0; // the decision model's estimate, the fuzzy anchor's score
};

// The text prepared for anchoring many selectors: its normalised view and q-gram index are built
// once (a few milliseconds per megabyte) and shared by every anchor() call. Thread-compatible: const
// methods may run concurrently. Movable, not copyable.
class Anchorer final
{
public:
    explicit Anchorer(QString text);
    Anchorer(Anchorer &&other) noexcept;
    Anchorer &operator=(Anchorer &&other) noexcept;
    ~Anchorer();

    const QString &text() const;

    // Where the selector's passage is in the text: exact (score 1) when the quote is still at its
    // position or an exact occurrence of it has enough evidence; fuzzy (score: the decision model's
    // estimate that the range is the passage) when the best approximate match scores at least
    // options.threshold; an orphan otherwise, never a guess. `evidence`, when given, is filled in
    // whenever the approximate stage found a candidate (left untouched otherwise).
    Model::Anchor anchor(
        const Model::Selector &selector, const AnchorOptions &options = {}, AnchorEvidence *evidence = nullptr) const;

    // Only the cheap, certain stages: the position check, and a single exact occurrence whose
    // context agrees. Re-anchoring uses these first, then derives hints for the rest from them.
    Model::Anchor anchorCertain(const Model::Selector &selector) const;

private:
    std::unique_ptr<const AnchorerPrivate> d;
};

// One-shot convenience: builds an Anchorer for `text`. Prefer Anchorer for more than one selector.
Model::Anchor anchor(const QString &text, const Model::Selector &selector, const AnchorOptions &options = {});

} // namespace Glossa::Anchor
