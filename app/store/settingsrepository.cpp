// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrepository.h"

#include "rowcodec.h"

namespace Glossa::Store {

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, key);
    std::optional<QString> out;
    if (Status st = (*q)->forEach([&](const Statement &r) { out = r.text(0); }); !st) {
        return st.error();
    }
    return out;
}

Status SettingsRepository::setValue(const QString &key, const QString &value)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?1, ?2) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, key);
    (*q)->bind(2, value);
    return (*q)->exec();
}

Result<Model::Author> SettingsRepository::localAuthor(const QString &defaultName)
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, name FROM authors WHERE is_local = 1 ORDER BY seq LIMIT 1"));
    if (!q) {
        return q.error();
    }
    std::optional<Model::Author> found;
    if (Status st = (*q)->forEach([&](const Statement &r) { found = Model::Author {r.text(0), r.text(1)}; }); !st) {
        return st.error();
    }
    if (found) {
        return *found;
    }
    Model::Author author {Codec::newId(), defaultName};
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO authors(id, name, is_local, created) VALUES (?1, ?2, 1, ?3)"));
    if (!ins) {
        return ins.error();
    }
    (*ins)->bind(1, author.id);
    (*ins)->bind(2, author.name);
    (*ins)->bind(3, Codec::timestamp(QDateTime::currentDateTimeUtc()));
    if (Status st = (*ins)->exec(); !st) {
        return st.error();
    }
    return author;
}

Status SettingsRepository::setLocalAuthorName(const QString &name)
{
    auto current = localAuthor(name);
    if (!current) {
        return current.status();
    }
    // The notes written here are signed with the local author's name: those signed with the name
    // it had (the login name, or "Me" before the person gave theirs) follow the new one.
    if (current->name != name) {
        auto notes = m_db.prepare(QStringLiteral("UPDATE annotations SET author = ?2 WHERE author = ?1"));
        if (!notes) {
            return notes.status();
        }
        (*notes)->bind(1, current->name);
        (*notes)->bind(2, name);
        if (Status s = (*notes)->exec(); !s) {
            return s;
        }
    }
    auto q = m_db.prepare(QStringLiteral("UPDATE authors SET name = ?2 WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, current->id);
    (*q)->bind(2, name);
    return (*q)->exec();
}

} // namespace Glossa::Store
