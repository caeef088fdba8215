// SPDX-License-Identifier: GPL-3.0-or-later
// Anchoring a quote too long for the bit-parallel search (MaxFuzzyQuote): its head and its tail
// are anchored as selectors of their own, with the quote's context on their outer side and the
// quote's own words on the inner one; the passage is what lies from the head's start to the tail's
// end, if that is about as long as the quote. The work is then bounded by MaxFuzzyQuote whatever
// the quote's length (a 1 MB quote once took minutes).
#include "anchorer.h"
#include "anchorer_p.h"

#include <algorithm>

namespace Glossa::Anchor {

using namespace Tuning;

namespace {

// `n` code units, one fewer when the cut would split a surrogate pair.
qsizetype headLength(QStringView s, qsizetype n)
{
    return n < s.size() && s[n].isLowSurrogate() ? n - 1 : n;
}

} // namespace

Model::Anchor AnchorerPrivate::longQuote(const Model::Selector &selector, const AnchorOptions &options) const
{
    const QStringView exact(selector.exact);
    const qsizetype m = exact.size();
    const qsizetype half = MaxFuzzyQuote / 2;
    const qsizetype context = ContextLength;

    Model::Selector head;
    const qsizetype h = headLength(exact, half);
    head.exact = exact.first(h).toString();
    head.prefix = selector.prefix;
    head.suffix = exact.sliced(h, std::min(context, m - h)).toString();

    Model::Selector tail;
    const qsizetype t = m - headLength(exact, m - half);
    tail.exact = exact.last(t).toString();
    tail.prefix = exact.sliced(std::max<qsizetype>(0, m - t - context), std::min(context, m - t)).toString();
    tail.suffix = selector.suffix;
    if (selector.hasPosition()) {
        head.start = selector.start;
        head.end = selector.start + h;
        tail.start = selector.end - t;
        tail.end = selector.end;
    }

    AnchorOptions tailOptions = options;
    if (options.hint >= 0) {
        tailOptions.hint = options.hint + (m - t);
    }
    const Model::Anchor a = anchor(head, options, nullptr);
    const Model::Anchor b = a.isAnchored() ? anchor(tail, tailOptions, nullptr) : Model::Anchor {};
    if (!a.isAnchored() || !b.isAnchored() || b.start < a.end) {
        return {};
    }
    // As many edits as a match may have (MaxErrorRate), no more: else the head and the tail were
    // found in two unrelated places.
    const qsizetype span = b.end - a.start;
    if (double(span) < double(m) * (1.0 - MaxErrorRate) || double(span) * (1.0 - MaxErrorRate) > double(m)) {
        return {};
    }
    if (QStringView(m_text).sliced(a.start, span) == exact) {
        return {a.start, b.end, 1.0, Model::AnchorStatus::Exact};
    }
    return {a.start, b.end, std::min(a.score, b.score), Model::AnchorStatus::Fuzzy};
}

} // namespace Glossa::Anchor
