// SPDX-License-Identifier: GPL-3.0-or-later
// Tags shared by articles and annotations: one `tags` row per name, ordered join rows per owner.
#pragma once

#include "database.h"

#include <QHash>
#include <QStringList>

namespace Glossa::Store::TagStore {

enum class Owner { Article, Annotation };

// Replaces the owner's tags with `tags`, in that order, creating tag rows as needed.
Status setTags(Database &db, Owner owner, const QString &ownerId, const QStringList &tags);
Result<QStringList> tags(Database &db, Owner owner, const QString &ownerId);

// Every tag some article or annotation has, with how many of each have it, by name (without case).
struct Count {
    QString name;
    int articles = 0;
    int annotations = 0;
    friend bool operator==(const Count &, const Count &) = default;
};
Result<QList<Count>> counts(Database &db);

// The tags of each article's annotations, by article id (each tag once per article).
Result<QHash<QString, QStringList>> annotationTagsByArticle(Database &db);

} // namespace Glossa::Store::TagStore
