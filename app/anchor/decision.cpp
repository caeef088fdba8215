// SPDX-License-Identifier: GPL-3.0-or-later
// The decision on a fuzzy candidate (the last stage of anchoring): the logistic model of its evidence
// (Tuning::Decision), whose output is the anchor's score (see CALIBRATION.md).
#include "anchorer.h"
#include "anchorer_p.h"
#include "wordalign.h"

#include <algorithm>
#include <cmath>

namespace Glossa::Anchor {

using namespace Tuning;

double AnchorerPrivate::confidence(const Candidate &c, const Query &q, qsizetype hint, AnchorEvidence *evidence) const
{
    // Each side's agreement; a side that cannot be compared (the text's edge) counts as neutral.
    const double prefix = c.prefix < 0 ? 0.5 : c.prefix;
    const double suffix = c.suffix < 0 ? 0.5 : c.suffix;
    const double margin = std::min(1.0, c.score - c.runnerUp);
    const double words
        = c.words >= 0 ? c.words : wordOverlap(q.exact, QStringView(m_norm.text()).sliced(c.start, c.end - c.start));
    const double z = Decision::Bias + Decision::Score * c.score + Decision::Quote * c.quote
        + Decision::BetterSide * std::max(prefix, suffix) + Decision::WorseSide * std::min(prefix, suffix)
        + Decision::Position * positionSimilarity(c.start, hint) + Decision::Margin * margin
        + Decision::Split * (c.split ? 1.0 : 0.0) + Decision::HalfTheWords * (words >= 0.5 ? 1.0 : 0.0);
    // Fewer than half of the quote's words there: whatever the context says, the passage was
    // rewritten (or deleted, and the context closed over it). A reader would not call it the same.
    const bool rewritten = words < 0.5 && !wordsOf(q.exact).isEmpty();
    const double p = rewritten ? 0.0 : 1.0 / (1.0 + std::exp(-z));
    if (evidence) {
        *evidence = {true, c.score, c.quote, c.prefix, c.suffix, hint >= 0 ? std::abs(c.start - hint) : -1,
            m_norm.size(), c.runnerUp, c.split, q.exact.size(), words, p};
    }
    return p;
}

Model::Anchor AnchorerPrivate::decide(
    const Query &q, const Candidate &c, qsizetype hint, double threshold, AnchorEvidence *evidence) const
{
    if (c.start < 0) {
        return {};
    }
    const double score = confidence(c, q, hint, evidence);
    if (score < threshold || score <= 0.0) {
        return {};
    }
    return toAnchor(c.start, c.end, score, Model::AnchorStatus::Fuzzy);
}

} // namespace Glossa::Anchor
