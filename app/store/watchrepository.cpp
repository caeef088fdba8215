// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchrepository.h"

#include <QHash>

namespace Glossa::Store {

Status WatchRepository::exec(const QString &sql, const QString &id)
{
    auto q = m_db.prepare(sql);
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, id);
    return (*q)->exec();
}

Result<QSet<QString>> WatchRepository::ids(const QString &sql, const QString &id) const
{
    auto q = m_db.prepare(sql);
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, id);
    QSet<QString> out;
    if (Status st = (*q)->forEach([&](const Statement &r) { out.insert(r.text(0)); }); !st) {
        return st.error();
    }
    return out;
}

Status WatchRepository::setArticleWatched(const QString &articleId, bool watched)
{
    return exec(watched ? QStringLiteral("INSERT OR IGNORE INTO article_watches(article_id) VALUES (?1)")
                        : QStringLiteral("DELETE FROM article_watches WHERE article_id = ?1"),
        articleId);
}

Status WatchRepository::setCommentWatched(const QString &commentId, bool watched)
{
    return exec(watched ? QStringLiteral("INSERT OR IGNORE INTO comment_watches(comment_id) VALUES (?1)")
                        : QStringLiteral("DELETE FROM comment_watches WHERE comment_id = ?1"),
        commentId);
}

Result<bool> WatchRepository::isArticleWatched(const QString &articleId) const
{
    auto found = ids(QStringLiteral("SELECT article_id FROM article_watches WHERE article_id = ?1"), articleId);
    if (!found) {
        return found.error();
    }
    return !found->isEmpty();
}

Result<bool> WatchRepository::isCommentWatched(const QString &commentId) const
{
    auto found = ids(QStringLiteral("SELECT comment_id FROM comment_watches WHERE comment_id = ?1"), commentId);
    if (!found) {
        return found.error();
    }
    return !found->isEmpty();
}

Result<QSet<QString>> WatchRepository::watchedComments(const QString &articleId) const
{
    return ids(QStringLiteral("SELECT w.comment_id FROM comment_watches w JOIN comments c ON c.id = w.comment_id "
                              "WHERE c.article_id = ?1"),
        articleId);
}

Status WatchRepository::markUnread(const QString &commentId)
{
    return exec(QStringLiteral("INSERT OR IGNORE INTO unread_comments(comment_id) VALUES (?1)"), commentId);
}

Result<int> WatchRepository::markArticleRead(const QString &articleId)
{
    if (Status st = exec(QStringLiteral("DELETE FROM unread_comments WHERE comment_id IN "
                                        "(SELECT id FROM comments WHERE article_id = ?1)"),
            articleId);
        !st) {
        return st.error();
    }
    return int(m_db.changes());
}

Result<QSet<QString>> WatchRepository::unread(const QString &articleId) const
{
    return ids(QStringLiteral("SELECT u.comment_id FROM unread_comments u JOIN comments c ON c.id = u.comment_id "
                              "WHERE c.article_id = ?1 AND c.deleted = 0"),
        articleId);
}

Result<QHash<QString, int>> WatchRepository::unreadCounts() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT c.article_id, count(*) FROM unread_comments u "
                                         "JOIN comments c ON c.id = u.comment_id WHERE c.deleted = 0 "
                                         "GROUP BY c.article_id"));
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
