// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrepository.h"

#include "rowcodec.h"

namespace Glossa::Store {

namespace {
// An end exists when its article does and, for a passage, its annotation too.
const QString kSelect = QStringLiteral(
    "SELECT l.id, l.from_article_id, l.from_annotation_id, l.to_article_id, l.to_annotation_id, l.relation, l.note, "
    "l.created, "
    "(EXISTS (SELECT 1 FROM articles WHERE id = l.from_article_id) "
    " AND (l.from_annotation_id IS NULL OR EXISTS (SELECT 1 FROM annotations WHERE id = l.from_annotation_id)) "
    " AND EXISTS (SELECT 1 FROM articles WHERE id = l.to_article_id) "
    " AND (l.to_annotation_id IS NULL OR EXISTS (SELECT 1 FROM annotations WHERE id = l.to_annotation_id))) "
    ", l.from_quote, l.to_quote, l.source_id "
    "FROM links l ");

StoredLink linkFrom(const Statement &r)
{
    StoredLink s;
    s.link.id = r.text(0);
    s.link.from = {r.text(1), r.text(2)};
    s.link.to = {r.text(3), r.text(4)};
    s.link.relation = r.text(5);
    s.link.note = r.text(6);
    s.link.created = Codec::timestampFrom(r.text(7));
    s.dangling = r.int64(8) == 0;
    s.link.from.quote = r.text(9);
    s.link.to.quote = r.text(10);
    s.link.sourceId = r.text(11);
    return s;
}
void bindLink(Statement &s, const Model::Link &link)
{
    s.bind(1, link.id);
    s.bind(2, link.from.articleId);
    s.bindOptional(3, link.from.annotationId.isEmpty() ? QString() : link.from.annotationId);
    s.bind(4, link.to.articleId);
    s.bindOptional(5, link.to.annotationId.isEmpty() ? QString() : link.to.annotationId);
    s.bind(6, link.relation);
    s.bind(7, link.note);
    s.bind(8, Codec::timestamp(link.created.isValid() ? link.created : QDateTime::currentDateTimeUtc()));
    s.bind(9, link.from.quote);
    s.bind(10, link.to.quote);
    s.bindOptional(11, link.sourceId.isEmpty() ? QString() : link.sourceId);
}
} // namespace

Status LinkRepository::insert(const Model::Link &link)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO links(id, from_article_id, from_annotation_id, to_article_id, "
                                         "to_annotation_id, relation, note, created, from_quote, to_quote, source_id) "
                                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (!q) {
        return q.status();
    }
    bindLink(**q, link);
    return (*q)->exec();
}

Status LinkRepository::update(const Model::Link &link)
{
    auto q
        = m_db.prepare(QStringLiteral("UPDATE links SET from_article_id = ?2, from_annotation_id = ?3, "
                                      "to_article_id = ?4, to_annotation_id = ?5, relation = ?6, note = ?7, "
                                      "created = ?8, from_quote = ?9, to_quote = ?10, source_id = ?11 WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    bindLink(**q, link);
    return (*q)->exec();
}

Result<int> LinkRepository::countUsing(const QString &annotationId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM links WHERE from_annotation_id = ?1) + "
                                         "(SELECT count(*) FROM links WHERE to_annotation_id = ?1)"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, annotationId);
    int count = 0;
    if (Status st = (*q)->forEach([&](const Statement &r) { count = int(r.int64(0)); }); !st) {
        return st.error();
    }
    return count;
}

Status LinkRepository::remove(const QString &linkId)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM links WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, linkId);
    return (*q)->exec();
}

Result<std::optional<Model::Link>> LinkRepository::find(const QString &linkId) const
{
    auto q = m_db.prepare(kSelect + QStringLiteral("WHERE l.id = ?1"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, linkId);
    std::optional<Model::Link> out;
    if (Status st = (*q)->forEach([&](const Statement &r) { out = linkFrom(r).link; }); !st) {
        return st.error();
    }
    return out;
}

Result<QList<Model::Link>> LinkRepository::fromSource(const QString &sourceId) const
{
    auto q = m_db.prepare(kSelect + QStringLiteral("WHERE l.source_id = ?1 ORDER BY l.seq"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, sourceId);
    QList<Model::Link> out;
    if (Status st = (*q)->forEach([&](const Statement &r) { out.append(linkFrom(r).link); }); !st) {
        return st.error();
    }
    return out;
}

Result<QList<Model::Link>> LinkRepository::mentionsOf(const QString &articleId) const
{
    auto q = m_db.prepare(
        kSelect + QStringLiteral("WHERE l.to_article_id = ?1 AND l.source_id IS NOT NULL ORDER BY l.seq"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, articleId);
    QList<Model::Link> out;
    if (Status st = (*q)->forEach([&](const Statement &r) { out.append(linkFrom(r).link); }); !st) {
        return st.error();
    }
    return out;
}

Result<QList<StoredLink>> LinkRepository::forArticle(const QString &articleId) const
{
    auto q
        = m_db.prepare(kSelect + QStringLiteral("WHERE l.from_article_id = ?1 OR l.to_article_id = ?1 ORDER BY l.seq"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, articleId);
    QList<StoredLink> out;
    if (Status st = (*q)->forEach([&](const Statement &r) { out.append(linkFrom(r)); }); !st) {
        return st.error();
    }
    return out;
}

} // namespace Glossa::Store
