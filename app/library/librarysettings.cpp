// SPDX-License-Identifier: GPL-3.0-or-later
// The library's own settings (the settings table) and the local author's profile.
#include "library.h"
#include "library_p.h"
#include "store/settingsrepository.h"

namespace Glossa {

using namespace LibraryPrivate;

namespace {
const QString kAuthorEmail = QStringLiteral("author.email");
const QString kAuthorAsked = QStringLiteral("author.asked");
} // namespace

std::optional<QString> Library::setting(const QString &key) const
{
    if (!m_store) {
        return std::nullopt;
    }
    const auto stored = Store::SettingsRepository(m_store->db()).value(key);
    if (!stored) {
        qCWarning(lcStore) << "could not read the setting" << key << stored.error().message;
        return std::nullopt;
    }
    return *stored;
}

Store::Status Library::setSetting(const QString &key, const QString &value)
{
    return write([&](Store::Database &db) { return Store::SettingsRepository(db).setValue(key, value); });
}

Library::AuthorProfile Library::authorProfile() const
{
    return AuthorProfile {.name = localAuthorName(),
        .email = setting(kAuthorEmail).value_or(QString()),
        .asked = setting(kAuthorAsked) == QStringLiteral("1")};
}

Store::Status Library::setAuthorProfile(const QString &name, const QString &email)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty()) {
        return refusal(tr("An author needs a name."));
    }
    return write([&](Store::Database &db) -> Store::Status {
        Store::SettingsRepository settings(db);
        if (Store::Status s = settings.setLocalAuthorName(trimmed); !s) {
            return s;
        }
        if (Store::Status s = settings.setValue(kAuthorEmail, email.trimmed()); !s) {
            return s;
        }
        return settings.setValue(kAuthorAsked, QStringLiteral("1"));
    });
}

} // namespace Glossa
