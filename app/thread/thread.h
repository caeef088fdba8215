// SPDX-License-Identifier: GPL-3.0-or-later
// An article's discussion as a tree: built from the flat list of comments the store holds (in any
// order), sorted and filtered the way the thread shows it. GUI-free: the window's thread view and
// `glossa thread` both read this.
#pragma once

#include "model/comment.h"

#include <QList>
#include <QString>

#include <optional>

namespace Glossa::Thread {

// The order of the thread's top level, as on the seed article's comment widget; replies are always
// oldest first, as a conversation reads.
enum class Sort { Oldest, Newest, Votes };
// Which top-level comments are shown (with all their replies).
enum class Filter { All, Open, Resolved, OnPassages };

QString sortName(Sort sort); // "oldest", "newest", "votes"
std::optional<Sort> sortFromName(const QString &name);
QString filterName(Filter filter); // "all", "open", "resolved", "passages"
std::optional<Filter> filterFromName(const QString &name);

struct Node {
    Model::Comment comment;
    // A reply whose parent this library does not have (it came from someone else's thread file):
    // shown at the top level, "in reply to a comment you don't have".
    bool parentMissing = false;
    QList<Node> replies;
    // This comment and all its replies, tombstones left out.
    int count() const;
};

// The tree of `comments` (one article's, in any order). A deleted comment is kept as a tombstone
// only when a reply below it is not deleted; otherwise it is left out. A comment whose parent is
// missing, or which sits in a loop of parents, goes to the top level with parentMissing set.
// Ties (the same time, the same votes) are broken by id, so two libraries holding the same comments
// show the same tree.
QList<Node> build(const QList<Model::Comment> &comments, Sort sort = Sort::Oldest, Filter filter = Filter::All);

// How many comments the tree shows, tombstones left out.
int count(const QList<Node> &tree);

} // namespace Glossa::Thread
