// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagstore.h"

#include "rowcodec.h"

namespace Glossa::Store::TagStore {

namespace {
// Fixed table names chosen by us, never by input: the only SQL assembled from pieces.
QString joinTable(Owner owner)
{
    return owner == Owner::Article ? QStringLiteral("article_tags") : QStringLiteral("annotation_tags");
}
QString ownerColumn(Owner owner)
{
    return owner == Owner::Article ? QStringLiteral("article_id") : QStringLiteral("annotation_id");
}
} // namespace

Status setTags(Database &db, Owner owner, const QString &ownerId, const QStringList &tags)
{
    auto del = db.prepare(u"DELETE FROM " + joinTable(owner) + u" WHERE " + ownerColumn(owner) + u" = ?1");
    if (!del) {
        return del.status();
    }
    (*del)->bind(1, ownerId);
    if (Status s = (*del)->exec(); !s) {
        return s;
    }
    auto ensure = db.prepare(QStringLiteral("INSERT INTO tags(id, name) VALUES (?1, ?2) ON CONFLICT(name) DO NOTHING"));
    auto find = db.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?1"));
    auto link = db.prepare(u"INSERT OR IGNORE INTO " + joinTable(owner) + u"(" + ownerColumn(owner)
        + u", tag_id, position) VALUES (?1, ?2, ?3)");
    if (!ensure || !find || !link) {
        return !ensure ? ensure.status() : !find ? find.status() : link.status();
    }
    int position = 0;
    for (const QString &raw : tags) {
        const QString name = raw.trimmed();
        if (name.isEmpty()) {
            continue;
        }
        (*ensure)->bind(1, Codec::newId());
        (*ensure)->bind(2, name);
        if (Status s = (*ensure)->exec(); !s) {
            return s;
        }
        (*find)->bind(1, name);
        if ((*find)->step() != Statement::Step::Row) {
            Error e = (*find)->error();
            (*find)->reset();
            return e;
        }
        const QString tagId = (*find)->text(0);
        (*find)->reset();
        (*link)->bind(1, ownerId);
        (*link)->bind(2, tagId);
        (*link)->bind(3, position++);
        if (Status s = (*link)->exec(); !s) {
            return s;
        }
    }
    return {};
}

Result<QStringList> tags(Database &db, Owner owner, const QString &ownerId)
{
    auto q = db.prepare(u"SELECT t.name FROM " + joinTable(owner) + u" j JOIN tags t ON t.id = j.tag_id WHERE j."
        + ownerColumn(owner) + u" = ?1 ORDER BY j.position");
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, ownerId);
    QStringList out;
    Statement::Step s;
    while ((s = (*q)->step()) == Statement::Step::Row) {
        out << (*q)->text(0);
    }
    if (s == Statement::Step::Failed) {
        Error e = (*q)->error();
        (*q)->reset();
        return e;
    }
    (*q)->reset();
    return out;
}

Result<QList<Count>> counts(Database &db)
{
    auto q = db.prepare(
        QStringLiteral("SELECT t.name, (SELECT count(*) FROM article_tags j WHERE j.tag_id = t.id) AS articles, "
                       "(SELECT count(*) FROM annotation_tags j WHERE j.tag_id = t.id) AS annotations "
                       "FROM tags t WHERE articles + annotations > 0 ORDER BY t.name COLLATE NOCASE"));
    if (!q) {
        return q.error();
    }
    QList<Count> out;
    if (Status s
        = (*q)->forEach([&](const Statement &row) { out.append({row.text(0), row.integer(1), row.integer(2)}); });
        !s) {
        return s.error();
    }
    return out;
}

Result<QHash<QString, QStringList>> annotationTagsByArticle(Database &db)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT DISTINCT a.article_id, t.name FROM annotation_tags j JOIN annotations a ON a.id = j.annotation_id "
        "JOIN tags t ON t.id = j.tag_id ORDER BY a.article_id, t.name COLLATE NOCASE"));
    if (!q) {
        return q.error();
    }
    QHash<QString, QStringList> out;
    if (Status s = (*q)->forEach([&](const Statement &row) { out[row.text(0)].append(row.text(1)); }); !s) {
        return s.error();
    }
    return out;
}

} // namespace Glossa::Store::TagStore
