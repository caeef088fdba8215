// SPDX-License-Identifier: GPL-3.0-or-later
#include "thread.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Glossa::Thread {

namespace {

bool olderFirst(const Node &a, const Node &b)
{
    if (a.comment.created != b.comment.created) {
        return a.comment.created < b.comment.created;
    }
    return a.comment.id < b.comment.id;
}

// Fills `node`'s replies from `children` (recursively, replies oldest first); `placed` records
// every comment reached, so one in a loop of parents is never placed twice. Returns whether the
// node is worth showing: it is not deleted, or a reply below it is not.
bool grow(Node &node, const QHash<QString, QList<Model::Comment>> &children, QSet<QString> &placed)
{
    bool live = !node.comment.deleted;
    for (const Model::Comment &c : children.value(node.comment.id)) {
        if (placed.contains(c.id)) {
            continue;
        }
        placed.insert(c.id);
        Node reply {c, false, {}};
        if (grow(reply, children, placed)) {
            node.replies.append(std::move(reply));
            live = true;
        }
    }
    std::sort(node.replies.begin(), node.replies.end(), olderFirst);
    return live;
}

bool shown(const Node &n, Filter filter)
{
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::Open:
        return !n.comment.resolved;
    case Filter::Resolved:
        return n.comment.resolved;
    case Filter::OnPassages:
        return !n.comment.annotationId.isEmpty();
    }
    return true;
}

} // namespace

QString sortName(Sort sort)
{
    switch (sort) {
    case Sort::Oldest:
        return QStringLiteral("oldest");
    case Sort::Newest:
        return QStringLiteral("newest");
    case Sort::Votes:
        return QStringLiteral("votes");
    }
    return {};
}

std::optional<Sort> sortFromName(const QString &name)
{
    for (Sort s : {Sort::Oldest, Sort::Newest, Sort::Votes}) {
        if (sortName(s) == name) {
            return s;
        }
    }
    return std::nullopt;
}

QString filterName(Filter filter)
{
    switch (filter) {
    case Filter::All:
        return QStringLiteral("all");
    case Filter::Open:
        return QStringLiteral("open");
    case Filter::Resolved:
        return QStringLiteral("resolved");
    case Filter::OnPassages:
        return QStringLiteral("passages");
    }
    return {};
}

std::optional<Filter> filterFromName(const QString &name)
{
    for (Filter f : {Filter::All, Filter::Open, Filter::Resolved, Filter::OnPassages}) {
        if (filterName(f) == name) {
            return f;
        }
    }
    return std::nullopt;
}

int Node::count() const
{
    int n = comment.deleted ? 0 : 1;
    for (const Node &r : replies) {
        n += r.count();
    }
    return n;
}

int count(const QList<Node> &tree)
{
    int n = 0;
    for (const Node &node : tree) {
        n += node.count();
    }
    return n;
}

QList<Node> build(const QList<Model::Comment> &comments, Sort sort, Filter filter)
{
    QHash<QString, const Model::Comment *> byId;
    for (const Model::Comment &c : comments) {
        byId.insert(c.id, &c);
    }
    QHash<QString, QList<Model::Comment>> children;
    QList<Node> roots;
    for (const Model::Comment &c : comments) {
        if (c.parentId.isEmpty()) {
            roots.append({c, false, {}});
        } else if (!byId.contains(c.parentId)) {
            roots.append({c, true, {}});
        } else {
            children[c.parentId].append(c);
        }
    }
    QSet<QString> placed;
    for (const Node &r : std::as_const(roots)) {
        placed.insert(r.comment.id);
    }
    QList<Node> tree;
    auto plant = [&](Node root) {
        if (grow(root, children, placed)) {
            tree.append(std::move(root));
        }
    };
    for (Node &root : roots) {
        plant(std::move(root));
    }
    // Comments in a loop of parents (a damaged or hostile thread file) are reached from no root:
    // each loop is shown from its oldest comment, as a reply whose parent is missing.
    QList<Model::Comment> unplaced;
    for (const Model::Comment &c : comments) {
        if (!placed.contains(c.id)) {
            unplaced.append(c);
        }
    }
    std::sort(unplaced.begin(), unplaced.end(),
        [](const Model::Comment &a, const Model::Comment &b) { return olderFirst({a, false, {}}, {b, false, {}}); });
    for (const Model::Comment &c : std::as_const(unplaced)) {
        if (!placed.contains(c.id)) {
            placed.insert(c.id);
            plant({c, true, {}});
        }
    }

    tree.removeIf([&](const Node &n) { return !shown(n, filter); });
    switch (sort) {
    case Sort::Oldest:
        std::sort(tree.begin(), tree.end(), olderFirst);
        break;
    case Sort::Newest:
        std::sort(tree.begin(), tree.end(), [](const Node &a, const Node &b) { return olderFirst(b, a); });
        break;
    case Sort::Votes:
        std::sort(tree.begin(), tree.end(), [](const Node &a, const Node &b) {
            if (a.comment.votes != b.comment.votes) {
                return a.comment.votes > b.comment.votes;
            }
            return olderFirst(a, b);
        });
        break;
    }
    return tree;
}

} // namespace Glossa::Thread
