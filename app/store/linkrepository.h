// SPDX-License-Identifier: GPL-3.0-or-later
// The link aggregate: typed links between passages or whole articles. A link whose end was deleted
// is kept (see the schema) and reported as dangling.
#pragma once

#include "database.h"
#include "model/link.h"

#include <QList>

#include <optional>

namespace Glossa::Store {

struct StoredLink {
    Model::Link link;
    bool dangling = false; // one end's article or annotation no longer exists
};

class LinkRepository final
{
public:
    explicit LinkRepository(Database &db)
        : m_db(db)
    {
    }

    Status insert(const Model::Link &link);
    // Rewrites every field of the link `link.id` (a re-target keeps the link's place in the lists).
    Status update(const Model::Link &link);
    Status remove(const QString &linkId);
    // How many link ends are the annotation (a link anchor is removed with the last link using it).
    Result<int> countUsing(const QString &annotationId) const;
    Result<std::optional<Model::Link>> find(const QString &linkId) const;
    // The links a note's or comment's `[[ ]]` made (Model::Link::sourceId), oldest first.
    Result<QList<Model::Link>> fromSource(const QString &sourceId) const;
    // The links some text's `[[ ]]` made to the article, oldest first.
    Result<QList<Model::Link>> mentionsOf(const QString &articleId) const;
    // Links with either end in the article (outgoing and backlinks), oldest first.
    Result<QList<StoredLink>> forArticle(const QString &articleId) const;

private:
    Database &m_db;
};

} // namespace Glossa::Store
