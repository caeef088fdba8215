// SPDX-License-Identifier: GPL-3.0-or-later
// Tags shared by articles and annotations: one `tags` row per name, ordered join rows per owner.
#pragma once

#include "database.h"

#include <QStringList>

namespace Glossa::Store::TagStore {

enum class Owner { Article, Annotation };

// Replaces the owner's tags with `tags`, in that order, creating tag rows as needed.
Status setTags(Database &db, Owner owner, const QString &ownerId, const QStringList &tags);
Result<QStringList> tags(Database &db, Owner owner, const QString &ownerId);

} // namespace Glossa::Store::TagStore
