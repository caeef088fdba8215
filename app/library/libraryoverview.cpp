// SPDX-License-Identifier: GPL-3.0-or-later
// The library list's figures: each article's counts and when it was last read (see library.h).
#include "library.h"
#include "library_p.h"
#include "store/articleoverview.h"

namespace Glossa {

using namespace LibraryPrivate;

Store::Result<QHash<QString, Store::ArticleOverview::Counts>> Library::readArticleCounts() const
{
    return m_store ? read(Store::ArticleOverview::counts(m_store->db())) : notOpen();
}

Store::Result<QHash<QString, QDateTime>> Library::readLastRead() const
{
    return m_store ? read(Store::ArticleOverview::lastRead(m_store->db())) : notOpen();
}

Store::Status Library::markArticleRead(const QString &articleId, const QDateTime &when)
{
    // A library opened read-only is read without being told so on every article opened.
    if (m_store && m_store->isReadOnly()) {
        return Store::Error {.message = tr("The library is not open for writing.")};
    }
    const Store::Status s
        = write([&](Store::Database &db) { return Store::ArticleOverview::setLastRead(db, articleId, when.toUTC()); });
    if (s) {
        Q_EMIT articleRead(articleId);
    }
    return s;
}

} // namespace Glossa
