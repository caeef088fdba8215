// SPDX-License-Identifier: GPL-3.0-or-later
// Re-anchoring: when an article gets a new revision, every annotation's selectors are anchored on
// the new canonical text. A pure function on value types: the store calls it on re-import, writes
// the results in one transaction, and keeps `previous` so the change can be undone. Orphans keep
// their old selectors (quote, context) untouched so they can be listed and re-attached by hand.
#pragma once

#include "anchorer.h"

#include <QList>

namespace Glossa::Model {
class Revision;
}

namespace Glossa::Anchor {

struct Reanchored {
    Model::Selector previous; // the selectors as they were on the old revision
    Model::Selector selector; // on the new revision (== previous for an orphan)
    Model::Anchor anchor; // where they landed on the new text

    // Whether the passage now sits elsewhere or reads differently (what the UI marks "moved").
    bool moved() const { return anchor.isAnchored() && (anchor.start != previous.start || anchor.end != previous.end); }
};

struct ReanchorSummary {
    qsizetype exact = 0;
    qsizetype fuzzy = 0;
    qsizetype orphans = 0;
    qsizetype moved = 0;
};

// Results in the order of `selectors`. Certain matches (position, or a unique exact quote whose
// context agrees) are found first; the shift they show around each remaining annotation becomes
// that annotation's position hint, so edits that moved all later text do not throw the search off.
// options.threshold applies; options.hint is ignored.
QList<Reanchored> reanchor(
    const Model::Revision &newRevision, const QList<Model::Selector> &selectors, const AnchorOptions &options = {});
// Without block information (blockIndex of new selectors stays -1).
QList<Reanchored> reanchor(
    const QString &newText, const QList<Model::Selector> &selectors, const AnchorOptions &options = {});

ReanchorSummary summarize(const QList<Reanchored> &results);

} // namespace Glossa::Anchor
