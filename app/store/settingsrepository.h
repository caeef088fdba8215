// SPDX-License-Identifier: GPL-3.0-or-later
// Library-wide settings (key/value) and the authors table, where the local user's name lives.
#pragma once

#include "database.h"
#include "model/comment.h"

#include <optional>

namespace Glossa::Store {

class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db)
        : m_db(db)
    {
    }

    Result<std::optional<QString>> value(const QString &key) const;
    Status setValue(const QString &key, const QString &value);

    // The local user (created on first call with `defaultName`).
    Result<Model::Author> localAuthor(const QString &defaultName);
    Status setLocalAuthorName(const QString &name);

private:
    Database &m_db;
};

} // namespace Glossa::Store
