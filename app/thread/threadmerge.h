// SPDX-License-Identifier: GPL-3.0-or-later
// Merging two copies of one comment, as exchanged thread files bring them. The rules make merging
// commutative, associative and idempotent, so every library that has seen the same files shows the
// same thread whatever the order:
// - the text: the later one (its edited time, else its created time; then the text itself) is shown,
//   and every other text either copy had, current or past, goes into the history (one entry per
//   text, at the earliest time known for it): concurrent edits keep both texts;
// - votes are per voter: a voter's vote is counted once (if two copies disagree, the up vote);
//   votes counted before per-author votes existed keep the larger of the two counts;
// - resolved and deleted are kept once either copy has them (a deletion is a tombstone with no text
//   and no history, so an older copy does not bring the comment or its words back).
// Known limit: a vote taken back, or a comment reopened, is not carried by a merge (the copies do
// not record when a vote or a resolution changed).
#pragma once

#include "model/comment.h"
#include "store/commentrepository.h"

#include <QList>

namespace Glossa::Thread {

struct Entry {
    Model::Comment comment;
    QList<Store::CommentEdit> history; // oldest first
};

// The merge of two copies of the same comment (same id).
Entry merge(const Entry &a, const Entry &b);

// Whether two copies hold the same thing (what a merge would write is unchanged).
bool same(const Entry &a, const Entry &b);

} // namespace Glossa::Thread
