// SPDX-License-Identifier: GPL-3.0-or-later
// Where an annotation points: the selectors captured when it was made (W3C TextPosition and
// TextQuote, plus the block index), and the result of anchoring them on a revision's text.
// Offsets are UTF-16 code units of the canonical text.
#pragma once

#include <QString>

namespace Glossa::Model {

struct Selector {
    // TextPositionSelector; -1 when absent.
    qsizetype start = -1;
    qsizetype end = -1;
    // TextQuoteSelector: the quoted text and up to 32 code units of context on each side
    // (fewer at the text's edges).
    QString exact;
    QString prefix;
    QString suffix;
    // The block the range starts in; -1 when unknown.
    qsizetype blockIndex = -1;

    bool hasPosition() const { return start >= 0 && end >= start; }
    bool hasQuote() const { return !exact.isEmpty(); }

    friend bool operator==(const Selector &, const Selector &) = default;
};

enum class AnchorStatus { Exact, Fuzzy, Orphan };

QString anchorStatusName(AnchorStatus status); // "exact", "fuzzy", "orphan"

struct Anchor {
    qsizetype start = -1; // -1 for an orphan
    qsizetype end = -1;
    double score = 0.0; // 1 for exact anchors; the match quality in [0, 1] for fuzzy ones
    AnchorStatus status = AnchorStatus::Orphan;

    bool isAnchored() const { return status != AnchorStatus::Orphan; }
    friend bool operator==(const Anchor &, const Anchor &) = default;
};

} // namespace Glossa::Model
