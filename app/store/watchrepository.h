// SPDX-License-Identifier: GPL-3.0-or-later
// What the reader watches in the discussion ("Notify me", offline): an article's whole thread or one
// comment and its replies; and the comments a merge brought into something watched, unread until
// read. View state: the tables go with the articles and comments they name.
#pragma once

#include "database.h"

#include <QSet>
#include <QString>

namespace Glossa::Store {

class WatchRepository final
{
public:
    explicit WatchRepository(Database &db)
        : m_db(db)
    {
    }

    Status setArticleWatched(const QString &articleId, bool watched);
    Status setCommentWatched(const QString &commentId, bool watched);
    Result<bool> isArticleWatched(const QString &articleId) const;
    Result<bool> isCommentWatched(const QString &commentId) const;
    // The watched comments of an article.
    Result<QSet<QString>> watchedComments(const QString &articleId) const;

    Status markUnread(const QString &commentId);
    // How many comments were marked read.
    Result<int> markArticleRead(const QString &articleId);
    // An article's unread comments, tombstones left out.
    Result<QSet<QString>> unread(const QString &articleId) const;
    // Unread comments per article, for every article that has some.
    Result<QHash<QString, int>> unreadCounts() const;

private:
    Status exec(const QString &sql, const QString &id);
    Result<QSet<QString>> ids(const QString &sql, const QString &id) const;
    Database &m_db;
};

} // namespace Glossa::Store
