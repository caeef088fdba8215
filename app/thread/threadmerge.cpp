// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadmerge.h"

#include <QMap>

#include <algorithm>
#include <tuple>

namespace Glossa::Thread {

namespace {

QDateTime written(const Model::Comment &c)
{
    return c.edited.isValid() ? c.edited : c.created;
}

bool later(const Model::Comment &a, const Model::Comment &b)
{
    return std::tuple(written(a), a.body) > std::tuple(written(b), b.body);
}

int ballotSum(const Model::Comment &c)
{
    int sum = 0;
    for (int v : c.ballots) {
        sum += v;
    }
    return sum;
}

} // namespace

Entry merge(const Entry &a, const Entry &b)
{
    const bool aWins = !later(b.comment, a.comment);
    const Model::Comment &winner = aWins ? a.comment : b.comment;
    const Model::Comment &loser = aWins ? b.comment : a.comment;
    const bool deleted = a.comment.deleted || b.comment.deleted;
    Entry out;
    out.comment = winner;

    // The history: one entry per text, at the earliest time known for it; the loser's text goes
    // into it. A deleted comment keeps no text at all.
    QMap<QString, QDateTime> texts;
    auto keep = [&](const QString &body, const QDateTime &when) {
        auto it = texts.find(body);
        if (it == texts.end()) {
            texts.insert(body, when);
        } else if (when < *it) {
            *it = when;
        }
    };
    for (const Entry *e : {&a, &b}) {
        for (const Store::CommentEdit &edit : e->history) {
            keep(edit.body, edit.replaced);
        }
    }
    if (deleted) {
        texts.clear(); // a deletion takes the text and its history
    } else if (std::tuple(written(loser), loser.body) != std::tuple(written(winner), winner.body)) {
        keep(loser.body, written(loser));
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        out.history.append({it.key(), it.value()});
    }
    std::sort(out.history.begin(), out.history.end(), [](const Store::CommentEdit &x, const Store::CommentEdit &y) {
        return std::tuple(x.replaced, x.body) < std::tuple(y.replaced, y.body);
    });

    // Votes: each voter once; anonymous votes from before per-author votes, the larger count.
    Model::Comment &c = out.comment;
    const int anonymous = std::max(a.comment.votes - ballotSum(a.comment), b.comment.votes - ballotSum(b.comment));
    c.ballots = a.comment.ballots;
    for (auto it = b.comment.ballots.cbegin(); it != b.comment.ballots.cend(); ++it) {
        c.ballots[it.key()] = std::max(c.ballots.value(it.key(), -1), it.value());
    }
    c.votes = anonymous + ballotSum(c);
    c.resolved = a.comment.resolved || b.comment.resolved;
    c.deleted = deleted;
    if (deleted) {
        c.body.clear();
    }
    return out;
}

bool same(const Entry &a, const Entry &b)
{
    const Model::Comment &x = a.comment;
    const Model::Comment &y = b.comment;
    if (std::tuple(x.id, x.articleId, x.annotationId, x.parentId, x.author, x.body, x.created, x.edited, x.votes,
            x.resolved, x.deleted)
        != std::tuple(y.id, y.articleId, y.annotationId, y.parentId, y.author, y.body, y.created, y.edited, y.votes,
            y.resolved, y.deleted)) {
        return false;
    }
    if (x.ballots != y.ballots || a.history.size() != b.history.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.history.size(); ++i) {
        if (a.history[i].body != b.history[i].body || a.history[i].replaced != b.history[i].replaced) {
            return false;
        }
    }
    return true;
}

} // namespace Glossa::Thread
