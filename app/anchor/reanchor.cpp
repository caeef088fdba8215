// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanchor.h"

#include "model/revision.h"

#include <QLoggingCategory>

#include <algorithm>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcAnchor)

namespace Glossa::Anchor {

namespace {

QList<Reanchored> run(const QString &text, const Model::Revision *revision, const QList<Model::Selector> &selectors,
    const AnchorOptions &options)
{
    const Anchorer anchorer(text);
    QList<Reanchored> results(selectors.size());

    // Pass 1: the certain matches. They also tell how far text has shifted at their old position.
    std::vector<std::pair<qsizetype, qsizetype>> shifts; // (old start, new start - old start)
    shifts.reserve(std::size_t(selectors.size()));
    for (qsizetype i = 0; i < selectors.size(); ++i) {
        results[i].previous = selectors[i];
        results[i].anchor = anchorer.anchorCertain(selectors[i]);
        if (results[i].anchor.isAnchored() && selectors[i].hasPosition()) {
            shifts.emplace_back(selectors[i].start, results[i].anchor.start - selectors[i].start);
        }
    }
    std::sort(shifts.begin(), shifts.end());

    // Pass 2: everything else, with the shift of the nearest certain neighbour as the hint.
    for (qsizetype i = 0; i < selectors.size(); ++i) {
        if (results[i].anchor.isAnchored()) {
            continue;
        }
        const Model::Selector &s = selectors[i];
        AnchorOptions o = options;
        o.hint = -1; // one hint cannot fit many annotations: each gets its own
        if (s.hasPosition() && !shifts.empty()) {
            const auto after
                = std::lower_bound(shifts.cbegin(), shifts.cend(), std::make_pair(s.start, qsizetype(-1) << 40));
            auto nearest = after;
            if (after == shifts.cend()
                || (after != shifts.cbegin() && s.start - (after - 1)->first < after->first - s.start)) {
                nearest = after - 1;
            }
            o.hint = std::max<qsizetype>(0, s.start + nearest->second);
        }
        results[i].anchor = anchorer.anchor(s, o);
    }

    for (Reanchored &r : results) {
        if (!r.anchor.isAnchored()) {
            r.selector = r.previous;
            continue;
        }
        r.selector = revision ? describe(*revision, r.anchor.start, r.anchor.end)
                              : describe(text, r.anchor.start, r.anchor.end);
    }
    const ReanchorSummary sum = summarize(results);
    qCDebug(lcAnchor) << "re-anchored" << results.size() << "annotations:" << sum.exact << "exact," << sum.fuzzy
                      << "fuzzy," << sum.orphans << "orphans," << sum.moved << "moved";
    return results;
}

} // namespace

QList<Reanchored> reanchor(
    const Model::Revision &newRevision, const QList<Model::Selector> &selectors, const AnchorOptions &options)
{
    return run(newRevision.canonicalText(), &newRevision, selectors, options);
}

QList<Reanchored> reanchor(
    const QString &newText, const QList<Model::Selector> &selectors, const AnchorOptions &options)
{
    return run(newText, nullptr, selectors, options);
}

ReanchorSummary summarize(const QList<Reanchored> &results)
{
    ReanchorSummary s;
    for (const Reanchored &r : results) {
        switch (r.anchor.status) {
        case Model::AnchorStatus::Exact:
            ++s.exact;
            break;
        case Model::AnchorStatus::Fuzzy:
            ++s.fuzzy;
            break;
        case Model::AnchorStatus::Orphan:
            ++s.orphans;
            break;
        }
        if (r.moved()) {
            ++s.moved;
        }
    }
    return s;
}

} // namespace Glossa::Anchor
