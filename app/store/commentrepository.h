// SPDX-License-Identifier: GPL-3.0-or-later
// The comment aggregate: an article's discussion thread, replies, votes, resolution and each
// comment's edit history.
#pragma once

#include "database.h"
#include "model/comment.h"

#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace Glossa::Store {

struct CommentEdit {
    QString body; // the body before the edit
    QDateTime replaced; // when the edit replaced it
};

class CommentRepository final
{
public:
    explicit CommentRepository(Database &db)
        : m_db(db)
    {
    }

    // A reply whose parent (comment.parentId) this article's thread lacks is stored all the same;
    // its parent is linked when it is inserted later. find/forArticle give such a reply its
    // parentId, so Thread::build shows it "in reply to a comment you don't have".
    Status insert(const Model::Comment &comment);
    // Body and edited time; the history row is the caller's choice (addEdit / removeLastEdit).
    Status setBody(const QString &commentId, const QString &body, const QDateTime &edited);
    Status setVotes(const QString &commentId, int votes);
    // One author's vote on a comment: +1, -1, or 0 to take it back. The shown score (setVotes) is
    // the caller's to keep in step.
    Status setBallot(const QString &commentId, const QString &voter, int value);
    Status setResolved(const QString &commentId, bool resolved);
    Status setAnnotation(const QString &commentId, const QString &annotationId); // empty: none
    Status remove(const QString &commentId); // replies go with it
    // Its replies wait for it again as replies to a missing comment: what undoing the step that
    // brought a parent does before removing it, so replies stored before it stay.
    Status detachReplies(const QString &commentId);
    // Replaces what a merge may change: body, edited, votes, resolved, deleted, the ballots and the
    // whole edit history (`history`, oldest first).
    Status overwrite(const Model::Comment &comment, const QList<CommentEdit> &history);

    Status addEdit(const QString &commentId, const QString &previousBody, const QDateTime &replaced);
    Status removeLastEdit(const QString &commentId);
    Result<QList<CommentEdit>> edits(const QString &commentId) const; // oldest first

    Result<std::optional<Model::Comment>> find(const QString &commentId) const;
    Result<QList<Model::Comment>> forArticle(const QString &articleId) const; // parents before replies
    // The comment and all its replies, parents first: what removing it deletes.
    Result<QList<Model::Comment>> subtree(const QString &commentId) const;
    Result<QList<Model::Comment>> onAnnotation(const QString &annotationId) const;
    // How many comments each article's thread shows (tombstones left out), for those that have some.
    Result<QHash<QString, int>> countPerArticle() const;

private:
    Result<QList<Model::Comment>> select(const QString &sql, const QString &value) const;
    Status readBallots(Model::Comment &comment) const;
    Status update(const QString &sql, const QString &id, const std::function<void(Statement &)> &bind);
    Database &m_db;
};

} // namespace Glossa::Store
