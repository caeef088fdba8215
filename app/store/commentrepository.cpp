// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentrepository.h"

#include "rowcodec.h"

#include <sqlite3.h>

namespace Glossa::Store {

namespace {
// parentId is the comment a reply answers, stored in this library (parent_id) or not
// (missing_parent_id).
const QString kSelect
    = QStringLiteral("SELECT id, article_id, annotation_id, coalesce(parent_id, missing_parent_id), author, body, "
                     "created, edited, votes, resolved, deleted FROM comments ");
} // namespace

Status CommentRepository::insert(const Model::Comment &c)
{
    // A reply whose parent this article's thread lacks keeps the parent's id aside (parent_id is a
    // foreign key) until the parent comes.
    bool parentHere = false;
    if (!c.parentId.isEmpty()) {
        auto p = m_db.prepare(QStringLiteral("SELECT 1 FROM comments WHERE id = ?1 AND article_id = ?2"));
        if (!p) {
            return p.status();
        }
        (*p)->bind(1, c.parentId);
        (*p)->bind(2, c.articleId);
        if (Status st = (*p)->forEach([&](const Statement &) { parentHere = true; }); !st) {
            return st;
        }
    }
    auto q = m_db.prepare(QStringLiteral("INSERT INTO comments(id, article_id, annotation_id, parent_id, author, body, "
                                         "created, edited, votes, resolved, deleted, missing_parent_id) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"));
    if (!q) {
        return q.status();
    }
    Statement &s = **q;
    s.bind(1, c.id);
    s.bind(2, c.articleId);
    s.bindOptional(3, c.annotationId.isEmpty() ? QString() : c.annotationId);
    s.bindOptional(4, parentHere ? c.parentId : QString());
    s.bindOptional(12, parentHere || c.parentId.isEmpty() ? QString() : c.parentId);
    s.bind(5, c.author);
    s.bind(6, c.body);
    s.bind(7, Codec::timestamp(c.created.isValid() ? c.created : QDateTime::currentDateTimeUtc()));
    s.bindOptional(8, Codec::timestamp(c.edited));
    s.bind(9, c.votes);
    s.bind(10, c.resolved);
    s.bind(11, c.deleted);
    if (Status st = s.exec(); !st) {
        return st;
    }
    for (auto it = c.ballots.cbegin(); it != c.ballots.cend(); ++it) {
        if (Status st = setBallot(c.id, it.key(), it.value()); !st) {
            return st;
        }
    }
    // Replies that came before this comment now hang below it, unless that would close a loop of
    // parents (a broken file: the reply is also above it).
    auto link = m_db.prepare(QStringLiteral(
        "UPDATE comments SET parent_id = ?1, missing_parent_id = NULL WHERE missing_parent_id = ?1 AND article_id = ?2 "
        "AND id NOT IN (WITH RECURSIVE up(id, parent) AS (SELECT id, parent_id FROM comments WHERE id = ?1 "
        "UNION SELECT c.id, c.parent_id FROM comments c JOIN up ON c.id = up.parent) SELECT id FROM up)"));
    if (!link) {
        return link.status();
    }
    (*link)->bind(1, c.id);
    (*link)->bind(2, c.articleId);
    return (*link)->exec();
}

Status CommentRepository::detachReplies(const QString &commentId)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE comments SET missing_parent_id = parent_id, parent_id = NULL "
                                         "WHERE parent_id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, commentId);
    return (*q)->exec();
}

Status CommentRepository::setBallot(const QString &commentId, const QString &voter, int value)
{
    auto q = value == 0 ? m_db.prepare(QStringLiteral("DELETE FROM comment_votes WHERE comment_id = ?1 AND voter = ?2"))
                        : m_db.prepare(QStringLiteral("INSERT INTO comment_votes(comment_id, voter, value) "
                                                      "VALUES (?1, ?2, ?3) ON CONFLICT(comment_id, voter) "
                                                      "DO UPDATE SET value = excluded.value"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, commentId);
    (*q)->bind(2, voter);
    if (value != 0) {
        (*q)->bind(3, value > 0 ? 1 : -1);
    }
    return (*q)->exec();
}

Status CommentRepository::readBallots(Model::Comment &comment) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT voter, value FROM comment_votes WHERE comment_id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, comment.id);
    return (*q)->forEach([&](const Statement &r) { comment.ballots.insert(r.text(0), r.integer(1)); });
}

Status CommentRepository::update(const QString &sql, const QString &id, const std::function<void(Statement &)> &bind)
{
    auto q = m_db.prepare(sql);
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, id);
    bind(**q);
    Status st = (*q)->exec();
    if (st && m_db.changes() == 0) {
        return Error {SQLITE_NOTFOUND, QStringLiteral("no comment with id %1").arg(id)};
    }
    return st;
}

Status CommentRepository::setBody(const QString &commentId, const QString &body, const QDateTime &edited)
{
    return update(
        QStringLiteral("UPDATE comments SET body = ?2, edited = ?3 WHERE id = ?1"), commentId, [&](Statement &s) {
            s.bind(2, body);
            s.bindOptional(3, Codec::timestamp(edited));
        });
}

Status CommentRepository::setVotes(const QString &commentId, int votes)
{
    return update(QStringLiteral("UPDATE comments SET votes = ?2 WHERE id = ?1"), commentId,
        [&](Statement &s) { s.bind(2, votes); });
}

Status CommentRepository::setResolved(const QString &commentId, bool resolved)
{
    return update(QStringLiteral("UPDATE comments SET resolved = ?2 WHERE id = ?1"), commentId,
        [&](Statement &s) { s.bind(2, resolved); });
}

Status CommentRepository::setAnnotation(const QString &commentId, const QString &annotationId)
{
    return update(QStringLiteral("UPDATE comments SET annotation_id = ?2 WHERE id = ?1"), commentId,
        [&](Statement &s) { s.bindOptional(2, annotationId.isEmpty() ? QString() : annotationId); });
}

Status CommentRepository::remove(const QString &commentId)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM comments WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, commentId);
    return (*q)->exec();
}

Status CommentRepository::overwrite(const Model::Comment &c, const QList<CommentEdit> &history)
{
    Status st = update(QStringLiteral("UPDATE comments SET body = ?2, edited = ?3, votes = ?4, resolved = ?5, "
                                      "deleted = ?6 WHERE id = ?1"),
        c.id, [&](Statement &s) {
            s.bind(2, c.body);
            s.bindOptional(3, Codec::timestamp(c.edited));
            s.bind(4, c.votes);
            s.bind(5, c.resolved);
            s.bind(6, c.deleted);
        });
    if (!st) {
        return st;
    }
    for (const QString &sql : {QStringLiteral("DELETE FROM comment_votes WHERE comment_id = ?1"),
             QStringLiteral("DELETE FROM comment_edits WHERE comment_id = ?1")}) {
        auto q = m_db.prepare(sql);
        if (!q) {
            return q.status();
        }
        (*q)->bind(1, c.id);
        if (Status s = (*q)->exec(); !s) {
            return s;
        }
    }
    for (auto it = c.ballots.cbegin(); it != c.ballots.cend(); ++it) {
        if (Status s = setBallot(c.id, it.key(), it.value()); !s) {
            return s;
        }
    }
    for (const CommentEdit &e : history) {
        if (Status s = addEdit(c.id, e.body, e.replaced); !s) {
            return s;
        }
    }
    return {};
}

Status CommentRepository::addEdit(const QString &commentId, const QString &previousBody, const QDateTime &replaced)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO comment_edits(comment_id, body, replaced) VALUES (?1, ?2, ?3)"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, commentId);
    (*q)->bind(2, previousBody);
    (*q)->bind(3, Codec::timestamp(replaced));
    return (*q)->exec();
}

Status CommentRepository::removeLastEdit(const QString &commentId)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM comment_edits WHERE seq = "
                                         "(SELECT max(seq) FROM comment_edits WHERE comment_id = ?1)"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, commentId);
    return (*q)->exec();
}

Result<QList<CommentEdit>> CommentRepository::edits(const QString &commentId) const
{
    auto q
        = m_db.prepare(QStringLiteral("SELECT body, replaced FROM comment_edits WHERE comment_id = ?1 ORDER BY seq"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, commentId);
    QList<CommentEdit> out;
    Status st = (*q)->forEach([&](const Statement &r) { out.append({r.text(0), Codec::timestampFrom(r.text(1))}); });
    if (!st) {
        return st.error();
    }
    return out;
}

Result<QList<Model::Comment>> CommentRepository::select(const QString &sql, const QString &value) const
{
    auto q = m_db.prepare(sql);
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, value);
    QList<Model::Comment> out;
    Status st = (*q)->forEach([&](const Statement &r) {
        Model::Comment c;
        c.id = r.text(0);
        c.articleId = r.text(1);
        c.annotationId = r.text(2);
        c.parentId = r.text(3);
        c.author = r.text(4);
        c.body = r.text(5);
        c.created = Codec::timestampFrom(r.text(6));
        c.edited = Codec::timestampFrom(r.text(7));
        c.votes = r.integer(8);
        c.resolved = r.int64(9) != 0;
        c.deleted = r.int64(10) != 0;
        out.append(std::move(c));
    });
    if (!st) {
        return st.error();
    }
    for (Model::Comment &c : out) {
        if (Status b = readBallots(c); !b) {
            return b.error();
        }
    }
    return out;
}

Result<std::optional<Model::Comment>> CommentRepository::find(const QString &commentId) const
{
    auto list = select(kSelect + QStringLiteral("WHERE id = ?1"), commentId);
    if (!list) {
        return list.error();
    }
    return list->isEmpty() ? std::optional<Model::Comment>() : std::optional<Model::Comment>(list->first());
}

Result<QList<Model::Comment>> CommentRepository::forArticle(const QString &articleId) const
{
    // A reply is always inserted after its parent, so insertion order puts parents first.
    return select(kSelect + QStringLiteral("WHERE article_id = ?1 ORDER BY seq"), articleId);
}

Result<QList<Model::Comment>> CommentRepository::subtree(const QString &commentId) const
{
    return select(kSelect
            + QStringLiteral("WHERE id IN (WITH RECURSIVE t(id) AS (SELECT ?1 UNION ALL "
                             "SELECT c.id FROM comments c JOIN t ON c.parent_id = t.id) "
                             "SELECT id FROM t) ORDER BY seq"),
        commentId);
}

Result<QList<Model::Comment>> CommentRepository::onAnnotation(const QString &annotationId) const
{
    return select(kSelect + QStringLiteral("WHERE annotation_id = ?1 ORDER BY seq"), annotationId);
}

Result<QHash<QString, int>> CommentRepository::countPerArticle() const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT article_id, count(*) FROM comments WHERE deleted = 0 GROUP BY article_id"));
    if (!q) {
        return q.error();
    }
    QHash<QString, int> out;
    if (Status st = (*q)->forEach([&](const Statement &r) { out.insert(r.text(0), r.integer(1)); }); !st) {
        return st.error();
    }
    return out;
}

} // namespace Glossa::Store
