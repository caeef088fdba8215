// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"

#include "annotationrepository.h"
#include "commentrepository.h"
#include "markstore.h"
#include "rowcodec.h"
#include "tagstore.h"

#include <sqlite3.h>

namespace Glossa::Store {

namespace {
// ?1–?6 of both the INSERT and the UPDATE of an article: its id and the metadata the user sees.
void bindIdentity(Statement &s, const Model::Article &article)
{
    s.bind(1, article.id);
    s.bind(2, article.title);
    s.bind(3, article.byline);
    s.bind(4, article.site);
    s.bind(5, article.language);
    s.bind(6, article.source);
}

// The columns an INSERT writes: those of every schema version (an article with a published date
// or a note writes them after, so tests can still build the older libraries a migration starts from).
const QString kInsertColumns
    = QStringLiteral("id, title, byline, site, language, source, created, updated, current_revision_id");
const QString kArticleColumns = kInsertColumns + QStringLiteral(", published, note");
} // namespace

Model::Article ArticleRepository::articleFrom(const Statement &q)
{
    Model::Article a;
    a.id = q.text(0);
    a.title = q.text(1);
    a.byline = q.text(2);
    a.site = q.text(3);
    a.language = q.text(4);
    a.source = q.text(5);
    a.created = Codec::timestampFrom(q.text(6));
    a.updated = Codec::timestampFrom(q.text(7));
    a.currentRevisionId = q.text(8);
    a.published = q.text(9);
    a.note = q.text(10);
    return a;
}

Status ArticleRepository::insert(Model::Article article, const Model::Revision &revision)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!article.created.isValid()) {
        article.created = now;
    }
    if (!article.updated.isValid()) {
        article.updated = article.created;
    }
    auto q = m_db.prepare(QStringLiteral("INSERT INTO articles(") + kInsertColumns
        + QStringLiteral(") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!q) {
        return q.status();
    }
    Statement &s = **q;
    bindIdentity(s, article);
    s.bind(7, Codec::timestamp(article.created));
    s.bind(8, Codec::timestamp(article.updated));
    s.bindOptional(9, revision.id.isEmpty() ? QString() : revision.id);
    if (Status st = s.exec(); !st) {
        return st;
    }
    if (!article.published.isEmpty() || !article.note.isEmpty()) {
        auto p = m_db.prepare(QStringLiteral("UPDATE articles SET published = ?2, note = ?3 WHERE id = ?1"));
        if (!p) {
            return p.status();
        }
        (*p)->bind(1, article.id);
        (*p)->bind(2, article.published);
        (*p)->bind(3, article.note);
        if (Status st = (*p)->exec(); !st) {
            return st;
        }
    }
    if (!revision.id.isEmpty()) {
        Model::Revision r = revision;
        r.articleId = article.id;
        if (Status st = insertRevision(r); !st) {
            return st;
        }
    }
    return TagStore::setTags(m_db, TagStore::Owner::Article, article.id, article.tags);
}

Status ArticleRepository::insertRevision(const Model::Revision &revision)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO revisions(id, article_id, created, canonical_text, content_hash, raw_source, source_format) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!q) {
        return q.status();
    }
    Statement &s = **q;
    s.bind(1, revision.id);
    s.bind(2, revision.articleId);
    s.bind(3, Codec::timestamp(revision.created.isValid() ? revision.created : QDateTime::currentDateTimeUtc()));
    s.bind(4, revision.canonicalText());
    s.bind(5, revision.contentHash);
    s.bind(6, revision.rawSource);
    s.bind(7, revision.sourceFormat);
    if (Status st = s.exec(); !st) {
        return st;
    }
    auto b = m_db.prepare(QStringLiteral("INSERT INTO blocks(revision_id, idx, type, level, ordinal, language, "
                                         "start, \"end\") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!b) {
        return b.status();
    }
    const QList<Model::Block> &blocks = revision.blocks();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Model::Block &block = blocks[i];
        Statement &bs = **b;
        bs.bind(1, revision.id);
        bs.bind(2, qint64(i));
        bs.bind(3, Model::blockTypeName(block.type));
        bs.bind(4, block.level);
        bs.bind(5, block.ordinal);
        bs.bind(6, block.language);
        bs.bind(7, qint64(block.start));
        bs.bind(8, qint64(block.end));
        if (Status st = bs.exec(); !st) {
            return st;
        }
    }
    return MarkStore::insert(m_db, revision);
}

Status ArticleRepository::setCurrentRevision(const QString &articleId, const QString &revisionId)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE articles SET current_revision_id = ?2 WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, articleId);
    (*q)->bind(2, revisionId);
    return (*q)->exec();
}

Status ArticleRepository::setTitle(const QString &articleId, const QString &title, const QDateTime &updated)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE articles SET title = ?2, updated = ?3 WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, articleId);
    (*q)->bind(2, title);
    (*q)->bind(3, Codec::timestamp(updated));
    Status st = (*q)->exec();
    if (st && m_db.changes() == 0) {
        return Error {SQLITE_NOTFOUND, QStringLiteral("no article with id %1").arg(articleId)};
    }
    return st;
}

Status ArticleRepository::updateMetadata(const Model::Article &article)
{
    auto q
        = m_db.prepare(QStringLiteral("UPDATE articles SET title = ?2, byline = ?3, site = ?4, language = ?5, "
                                      "source = ?6, updated = ?7, current_revision_id = ?8, published = ?9, note = ?10 "
                                      "WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    Statement &s = **q;
    bindIdentity(s, article);
    s.bind(7, Codec::timestamp(article.updated));
    s.bindOptional(8, article.currentRevisionId);
    s.bind(9, article.published);
    s.bind(10, article.note);
    Status st = s.exec();
    if (st && m_db.changes() == 0) {
        return Error {SQLITE_NOTFOUND, QStringLiteral("no article with id %1").arg(article.id)};
    }
    return st;
}

Status ArticleRepository::removeRevision(const QString &revisionId)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM revisions WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, revisionId);
    return (*q)->exec();
}

Status ArticleRepository::setTags(const QString &articleId, const QStringList &tags)
{
    return TagStore::setTags(m_db, TagStore::Owner::Article, articleId, tags);
}

Status ArticleRepository::remove(const QString &articleId)
{
    auto q = m_db.prepare(QStringLiteral("DELETE FROM articles WHERE id = ?1"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, articleId);
    return (*q)->exec();
}

Result<QList<std::pair<QString, QString>>> ArticleRepository::titles() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, title FROM articles ORDER BY seq"));
    if (!q) {
        return q.error();
    }
    QList<std::pair<QString, QString>> out;
    if (Status st = (*q)->forEach([&](const Statement &row) { out.append({row.text(0), row.text(1)}); }); !st) {
        return st.error();
    }
    return out;
}

Result<QList<Model::Article>> ArticleRepository::all() const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT ") + kArticleColumns + QStringLiteral(" FROM articles ORDER BY created, seq"));
    if (!q) {
        return q.error();
    }
    QList<Model::Article> out;
    if (Status st = (*q)->forEach([&](const Statement &row) { out.append(articleFrom(row)); }); !st) {
        return st.error();
    }
    // All tags in one query rather than one per article.
    auto t
        = m_db.prepare(QStringLiteral("SELECT j.article_id, t.name FROM article_tags j JOIN tags t ON t.id = j.tag_id "
                                      "ORDER BY j.article_id, j.position"));
    if (!t) {
        return t.error();
    }
    QHash<QString, QStringList> tags;
    if (Status st = (*t)->forEach([&](const Statement &r) { tags[r.text(0)].append(r.text(1)); }); !st) {
        return st.error();
    }
    if (!tags.isEmpty()) {
        for (Model::Article &a : out) {
            a.tags = tags.value(a.id);
        }
    }
    return out;
}

Result<std::optional<Model::Article>> ArticleRepository::find(const QString &articleId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT ") + kArticleColumns + QStringLiteral(" FROM articles WHERE id = ?1"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, articleId);
    std::optional<Model::Article> out;
    if (Status st = (*q)->forEach([&](const Statement &row) { out = articleFrom(row); }); !st) {
        return st.error();
    }
    if (out) {
        auto t = TagStore::tags(m_db, TagStore::Owner::Article, out->id);
        if (!t) {
            return t.error();
        }
        out->tags = *t;
    }
    return out;
}

Result<std::optional<Model::Revision>> ArticleRepository::revision(const QString &revisionId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, article_id, created, canonical_text, content_hash, raw_source, "
                                         "source_format FROM revisions WHERE id = ?1"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, revisionId);
    std::optional<Model::Revision> out;
    QString text;
    Status st = (*q)->forEach([&](const Statement &row) {
        out.emplace();
        out->id = row.text(0);
        out->articleId = row.text(1);
        out->created = Codec::timestampFrom(row.text(2));
        text = row.text(3);
        out->contentHash = row.text(4);
        out->rawSource = row.text(5);
        out->sourceFormat = row.text(6);
    });
    if (!st) {
        return st.error();
    }
    if (!out) {
        return out;
    }
    auto b = m_db.prepare(QStringLiteral("SELECT type, level, ordinal, language, start, \"end\" FROM blocks "
                                         "WHERE revision_id = ?1 ORDER BY idx"));
    if (!b) {
        return b.error();
    }
    (*b)->bind(1, revisionId);
    QList<Model::Block> blocks;
    st = (*b)->forEach([&](const Statement &row) {
        Model::Block block;
        block.type = Model::blockTypeFromName(row.text(0)).value_or(Model::BlockType::Paragraph);
        block.level = row.integer(1);
        block.ordinal = row.integer(2);
        block.language = row.text(3);
        block.start = row.int64(4);
        block.end = row.int64(5);
        block.text = text.mid(block.start, block.end - block.start);
        blocks.append(block);
    });
    if (!st) {
        return st.error();
    }
    if (Status ms = MarkStore::read(m_db, revisionId, blocks); !ms) {
        return ms.error();
    }
    // Rebuilding from the blocks reproduces the stored canonical text and offsets exactly.
    Model::Revision rebuilt = Model::Revision::fromBlocks(std::move(blocks));
    rebuilt.id = out->id;
    rebuilt.articleId = out->articleId;
    rebuilt.created = out->created;
    rebuilt.contentHash = out->contentHash;
    rebuilt.rawSource = out->rawSource;
    rebuilt.sourceFormat = out->sourceFormat;
    return std::optional<Model::Revision>(std::move(rebuilt));
}

Result<QList<Model::Revision>> ArticleRepository::revisions(const QString &articleId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM revisions WHERE article_id = ?1 ORDER BY seq"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, articleId);
    QStringList ids;
    if (Status st = (*q)->forEach([&](const Statement &row) { ids << row.text(0); }); !st) {
        return st.error();
    }
    QList<Model::Revision> out;
    for (const QString &id : std::as_const(ids)) {
        auto r = revision(id);
        if (!r) {
            return r.error();
        }
        if (*r) {
            out.append(**r);
        }
    }
    return out;
}

Result<qint64> ArticleRepository::count() const
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM articles"));
}

Result<std::optional<QString>> ArticleRepository::findBySource(const QString &source) const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT id FROM articles WHERE source = ?1 ORDER BY created DESC, seq DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, source);
    std::optional<QString> out;
    if (Status st = (*q)->forEach([&](const Statement &row) { out = row.text(0); }); !st) {
        return st.error();
    }
    return out;
}

Result<QList<ArticleRepository::Existing>> ArticleRepository::findExisting(
    const QString &source, const QString &contentHash) const
{
    // Annotations counted as the library list counts them (ArticleOverview): not link or comment anchors.
    auto q = m_db.prepare(QStringLiteral(
        "SELECT a.id, a.title, coalesce(r.content_hash = ?2, 0) AS same_text, a.source = ?1 AS same_source, "
        "(SELECT count(*) FROM annotations n WHERE n.article_id = a.id AND n.kind IN ('highlight', 'note')) AS n "
        "FROM articles a LEFT JOIN revisions r ON r.id = a.current_revision_id "
        "WHERE (?1 <> '' AND a.source = ?1) OR (?2 <> '' AND r.content_hash = ?2) "
        "ORDER BY n DESC, same_text DESC, same_source DESC, a.created DESC, a.seq DESC"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, source);
    (*q)->bind(2, contentHash);
    QList<Existing> out;
    if (Status st = (*q)->forEach([&](const Statement &row) {
            out.append({row.text(0), row.text(1), row.integer(2) != 0, row.integer(3) != 0, int(row.integer(4))});
        });
        !st) {
        return st.error();
    }
    return out;
}

Result<ArticleSnapshot> ArticleRepository::snapshot(const QString &articleId) const
{
    ArticleSnapshot snap;
    auto a = find(articleId);
    if (!a) {
        return a.error();
    }
    if (!*a) {
        return Error {SQLITE_NOTFOUND, QStringLiteral("no article with id %1").arg(articleId)};
    }
    snap.article = **a;
    auto r = revisions(articleId);
    if (!r) {
        return r.error();
    }
    snap.revisions = *r;
    AnnotationRepository annotations(m_db);
    auto an = annotations.forArticle(articleId);
    if (!an) {
        return an.error();
    }
    snap.annotations = *an;
    CommentRepository comments(m_db);
    auto c = comments.forArticle(articleId);
    if (!c) {
        return c.error();
    }
    snap.comments = *c;
    for (const Model::Comment &comment : std::as_const(snap.comments)) {
        auto edits = comments.edits(comment.id);
        if (!edits) {
            return edits.error();
        }
        for (const CommentEdit &e : std::as_const(*edits)) {
            snap.commentEdits.append({comment.id, e.body, e.replaced});
        }
    }
    return snap;
}

Status ArticleRepository::restore(const ArticleSnapshot &snap)
{
    Model::Article article = snap.article;
    const QString current = article.currentRevisionId;
    article.currentRevisionId.clear();
    if (Status st = insert(article, Model::Revision()); !st) {
        return st;
    }
    for (const Model::Revision &r : snap.revisions) {
        if (Status st = insertRevision(r); !st) {
            return st;
        }
    }
    if (!current.isEmpty()) {
        if (Status st = setCurrentRevision(article.id, current); !st) {
            return st;
        }
    }
    AnnotationRepository annotations(m_db);
    for (const Model::Annotation &a : snap.annotations) {
        if (Status st = annotations.insert(a); !st) {
            return st;
        }
    }
    CommentRepository comments(m_db);
    for (const Model::Comment &c : snap.comments) {
        if (Status st = comments.insert(c); !st) {
            return st;
        }
    }
    for (const ArticleSnapshot::Edit &e : snap.commentEdits) {
        if (Status st = comments.addEdit(e.commentId, e.body, e.replaced); !st) {
            return st;
        }
    }
    return {};
}

} // namespace Glossa::Store
