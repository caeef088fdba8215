// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationrepository.h"

#include "rowcodec.h"
#include "tagstore.h"

#include <sqlite3.h>

namespace Glossa::Store {

namespace {
const QString kColumns = QStringLiteral(
    "id, article_id, revision_id, kind, color, style, note, is_private, pos_start, pos_end, quote, prefix, "
    "suffix, block_index, anchor_start, anchor_end, anchor_score, anchor_status, author, created, updated, "
    "original_quote");
}

namespace {

// Binds every column of `a` as ?1 (its id) … ?22, in kColumns' order. A statement that names only some
// of them leaves the others unbound.
void bindColumns(Statement &s, const Model::Annotation &a)
{
    s.bind(1, a.id);
    s.bind(2, a.articleId);
    s.bind(3, a.revisionId);
    s.bind(4, Codec::kindName(a.kind));
    s.bind(5, a.color);
    s.bind(6, Model::highlightStyleName(a.style));
    s.bind(7, a.note);
    s.bind(8, a.isPrivate);
    s.bind(9, qint64(a.selector.start));
    s.bind(10, qint64(a.selector.end));
    s.bind(11, a.selector.exact);
    s.bind(12, a.selector.prefix);
    s.bind(13, a.selector.suffix);
    s.bind(14, qint64(a.selector.blockIndex));
    s.bind(15, qint64(a.anchor.start));
    s.bind(16, qint64(a.anchor.end));
    s.bind(17, a.anchor.score);
    s.bind(18, Model::anchorStatusName(a.anchor.status));
    s.bind(19, a.author);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    s.bind(20, Codec::timestamp(a.created.isValid() ? a.created : now));
    s.bind(21, Codec::timestamp(a.updated.isValid() ? a.updated : (a.created.isValid() ? a.created : now)));
    s.bind(22, a.originalQuote);
}

} // namespace

Status AnnotationRepository::bindAndRun(const QString &sql, const Model::Annotation &a)
{
    auto q = m_db.prepare(sql);
    if (!q) {
        return q.status();
    }
    bindColumns(**q, a);
    if (Status st = (*q)->exec(); !st) {
        return st;
    }
    if (m_db.changes() == 0) {
        return Error {SQLITE_NOTFOUND, QStringLiteral("no annotation with id %1").arg(a.id)};
    }
    return TagStore::setTags(m_db, TagStore::Owner::Annotation, a.id, a.tags);
}

Status AnnotationRepository::insert(const Model::Annotation &a)
{
    return bindAndRun(QStringLiteral("INSERT INTO annotations(") + kColumns
            + QStringLiteral(") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                             "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)"),
        a);
}

Status AnnotationRepository::update(const Model::Annotation &a)
{
    // The quote and the note are written only when they change: writing them makes the full-text
    // index take the annotation again (the annotations_au trigger), which is most of what an update
    // costs; re-anchoring an article's 10,000 annotations or changing a colour moves neither.
    if (Status s
        = bindAndRun(QStringLiteral("UPDATE annotations SET article_id = ?2, revision_id = ?3, kind = ?4, color = ?5, "
                                    "style = ?6, is_private = ?8, pos_start = ?9, pos_end = ?10, "
                                    "prefix = ?12, suffix = ?13, block_index = ?14, "
                                    "anchor_start = ?15, anchor_end = ?16, anchor_score = ?17, "
                                    "anchor_status = ?18, author = ?19, created = ?20, updated = ?21, "
                                    "original_quote = ?22 WHERE id = ?1"),
            a);
        !s) {
        return s;
    }
    auto q = m_db.prepare(QStringLiteral("UPDATE annotations SET quote = ?2, note = ?3 "
                                         "WHERE id = ?1 AND (quote IS NOT ?2 OR note IS NOT ?3)"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, a.id);
    (*q)->bind(2, a.selector.exact);
    (*q)->bind(3, a.note);
    return (*q)->exec();
}

Status AnnotationRepository::remove(const QString &annotationId)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, annotationId);
    return (*q)->exec();
}

Result<QList<Model::Annotation>> AnnotationRepository::select(const QString &where, const QString &value) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM annotations WHERE ") + where
        + QStringLiteral(" = ?1 ORDER BY seq"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, value);
    QList<Model::Annotation> out;
    Status st = (*q)->forEach([&](const Statement &r) {
        Model::Annotation a;
        a.id = r.text(0);
        a.articleId = r.text(1);
        a.revisionId = r.text(2);
        a.kind = Codec::kindFrom(r.text(3));
        a.color = r.text(4);
        a.style = Model::highlightStyleFromName(r.text(5));
        a.note = r.text(6);
        a.isPrivate = r.int64(7) != 0;
        a.selector.start = r.int64(8);
        a.selector.end = r.int64(9);
        a.selector.exact = r.text(10);
        a.selector.prefix = r.text(11);
        a.selector.suffix = r.text(12);
        a.selector.blockIndex = r.int64(13);
        a.anchor.start = r.int64(14);
        a.anchor.end = r.int64(15);
        a.anchor.score = r.real(16);
        a.anchor.status = Codec::anchorStatusFrom(r.text(17));
        a.author = r.text(18);
        a.created = Codec::timestampFrom(r.text(19));
        a.updated = Codec::timestampFrom(r.text(20));
        a.originalQuote = r.text(21);
        out.append(std::move(a));
    });
    if (!st) {
        return st.error();
    }
    // Tags in one pass for the whole list rather than one query per annotation.
    auto t = m_db.prepare(QStringLiteral("SELECT j.annotation_id, t.name FROM annotation_tags j "
                                         "JOIN tags t ON t.id = j.tag_id JOIN annotations a ON a.id = j.annotation_id "
                                         "WHERE a.")
        + where + QStringLiteral(" = ?1 ORDER BY j.annotation_id, j.position"));
    if (!t) {
        return t.error();
    }
    (*t)->bind(1, value);
    QHash<QString, QStringList> tags;
    st = (*t)->forEach([&](const Statement &r) { tags[r.text(0)].append(r.text(1)); });
    if (!st) {
        return st.error();
    }
    if (!tags.isEmpty()) {
        for (Model::Annotation &a : out) {
            a.tags = tags.value(a.id);
        }
    }
    return out;
}

Result<std::optional<Model::Annotation>> AnnotationRepository::find(const QString &annotationId) const
{
    auto list = select(QStringLiteral("id"), annotationId);
    if (!list) {
        return list.error();
    }
    if (list->isEmpty()) {
        return std::optional<Model::Annotation>();
    }
    return std::optional<Model::Annotation>(list->first());
}

Result<QList<Model::Annotation>> AnnotationRepository::forArticle(const QString &articleId) const
{
    return select(QStringLiteral("article_id"), articleId);
}

Result<qint64> AnnotationRepository::countForArticle(const QString &articleId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT count(*) FROM annotations WHERE article_id = ?1"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, articleId);
    qint64 n = 0;
    if (Status st = (*q)->forEach([&](const Statement &r) { n = r.int64(0); }); !st) {
        return st.error();
    }
    return n;
}

Result<QHash<QString, int>> AnnotationRepository::colorUsage() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT color, count(*) FROM annotations GROUP BY color"));
    if (!q) {
        return q.error();
    }
    QHash<QString, int> usage;
    if (Status st = (*q)->forEach([&](const Statement &r) { usage.insert(r.text(0), int(r.int64(1))); }); !st) {
        return st.error();
    }
    return usage;
}

} // namespace Glossa::Store
