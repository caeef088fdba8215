// SPDX-License-Identifier: GPL-3.0-or-later
// The filters of a library search applied to the rows it considered (searchcandidates.h), and the
// facets' counts: each facet's values are counted over the rows that pass every OTHER facet's
// filter (the usual faceted-search rule), so choosing a colour does not hide the other colours.
// Done in memory: the rows are few (at most LibrarySearch::kMaxConsidered per index) and each
// already carries what the filters look at.
#pragma once

#include "model/palette.h"
#include "search/librarysearch.h"
#include "search/searchcandidates.h"

#include <optional>

namespace Glossa::Search {

// The kind facet's values: "text" (a title or a passage), "note", "comment".
QString kindValue(HitKind kind);
// The kind a value names (Text for "text"); nullopt for an unknown one.
std::optional<HitKind> kindFromValue(const QString &value);

struct Filtered {
    QList<qsizetype> passing; // the rows passing every filter, in the order given
    Facets facets;
};

// `palette` labels the colours (by meaning).
Filtered applyFilters(const QList<Candidate> &rows, const Filters &filters, const Model::Palette &palette);

} // namespace Glossa::Search
