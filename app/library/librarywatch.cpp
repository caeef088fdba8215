// SPDX-License-Identifier: GPL-3.0-or-later
// Watching the discussion and its unread comments: view state, written at once (no undo step).
#include "library.h"
#include "library_p.h"
#include "store/watchrepository.h"

namespace Glossa {

using namespace LibraryPrivate;

using Store::Status;

Status Library::watchArticleThread(const QString &articleId, bool watch)
{
    const auto article = existing(readArticle(articleId), tr("There is no article %1.").arg(articleId));
    if (!article) {
        return article.status();
    }
    if (Status s
        = write([&](Store::Database &db) { return Store::WatchRepository(db).setArticleWatched(articleId, watch); });
        !s) {
        return s;
    }
    Q_EMIT watchChanged(articleId);
    return {};
}

Status Library::watchComment(const QString &commentId, bool watch)
{
    const auto comment = existing(readComment(commentId), tr("There is no comment %1.").arg(commentId));
    if (!comment) {
        return comment.status();
    }
    if (Status s
        = write([&](Store::Database &db) { return Store::WatchRepository(db).setCommentWatched(commentId, watch); });
        !s) {
        return s;
    }
    Q_EMIT watchChanged(comment->articleId);
    return {};
}

Store::Result<bool> Library::isWatchingArticleThread(const QString &articleId) const
{
    if (!m_store) {
        return notOpen();
    }
    return read(Store::WatchRepository(m_store->db()).isArticleWatched(articleId));
}

Store::Result<bool> Library::isWatchingComment(const QString &commentId) const
{
    if (!m_store) {
        return notOpen();
    }
    return read(Store::WatchRepository(m_store->db()).isCommentWatched(commentId));
}

Store::Result<QSet<QString>> Library::watchedComments(const QString &articleId) const
{
    if (!m_store) {
        return notOpen();
    }
    return read(Store::WatchRepository(m_store->db()).watchedComments(articleId));
}

Store::Result<QSet<QString>> Library::unreadComments(const QString &articleId) const
{
    if (!m_store) {
        return notOpen();
    }
    return read(Store::WatchRepository(m_store->db()).unread(articleId));
}

Store::Result<int> Library::unreadCount(const QString &articleId) const
{
    const auto unread = unreadComments(articleId);
    if (!unread) {
        return unread.error();
    }
    return int(unread->size());
}

Store::Result<QHash<QString, int>> Library::unreadCounts() const
{
    if (!m_store) {
        return notOpen();
    }
    return read(Store::WatchRepository(m_store->db()).unreadCounts());
}

Status Library::markThreadRead(const QString &articleId)
{
    int marked = 0;
    if (Status s = write([&](Store::Database &db) -> Status {
            const auto n = Store::WatchRepository(db).markArticleRead(articleId);
            if (!n) {
                return n.error();
            }
            marked = *n;
            return {};
        });
        !s) {
        return s;
    }
    if (marked > 0) {
        Q_EMIT unreadChanged(articleId);
    }
    return {};
}

} // namespace Glossa
