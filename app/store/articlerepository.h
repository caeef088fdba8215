// SPDX-License-Identifier: GPL-3.0-or-later
// The article aggregate: articles, their immutable revisions (blocks, canonical text, raw source)
// and their tags. Callers wrap writes in a Transaction; reads need none.
#pragma once

#include "database.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/comment.h"
#include "model/revision.h"

#include <QList>

#include <optional>
#include <utility>

namespace Glossa::Store {

// Everything deleting an article removes, so the deletion can be undone exactly.
struct ArticleSnapshot {
    Model::Article article;
    QList<Model::Revision> revisions;
    QList<Model::Annotation> annotations;
    QList<Model::Comment> comments; // parents before replies
    struct Edit {
        QString commentId;
        QString body;
        QDateTime replaced;
    };
    QList<Edit> commentEdits; // oldest first
};

class ArticleRepository final
{
public:
    explicit ArticleRepository(Database &db)
        : m_db(db)
    {
    }

    // Inserts the article and its revision (which becomes current). Fills created/updated when unset.
    Status insert(Model::Article article, const Model::Revision &revision);
    Status insertRevision(const Model::Revision &revision);
    Status setCurrentRevision(const QString &articleId, const QString &revisionId);
    Status setTitle(const QString &articleId, const QString &title, const QDateTime &updated);
    // Writes the article's metadata and current revision (not its tags): updating an article to a
    // new revision, and undoing that.
    Status updateMetadata(const Model::Article &article);
    // Deletes one revision with its blocks (undoing an update). Nothing may still point at it.
    Status removeRevision(const QString &revisionId);
    Status setTags(const QString &articleId, const QStringList &tags);
    Status remove(const QString &articleId);

    Result<QList<Model::Article>> all() const; // by creation time, then title
    // Every article's id and title, and nothing else (resolving [[Title]] reads them often).
    Result<QList<std::pair<QString, QString>>> titles() const;
    Result<std::optional<Model::Article>> find(const QString &articleId) const;
    Result<std::optional<Model::Revision>> revision(const QString &revisionId) const;
    Result<QList<Model::Revision>> revisions(const QString &articleId) const; // oldest first
    Result<qint64> count() const;
    // The most recently created article whose source is exactly `source`.
    Result<std::optional<QString>> findBySource(const QString &source) const;
    // The articles an import of `source` whose text hashes to `contentHash` is already in the
    // library as: those from the same source and those whose current text is the same, most
    // annotated first (an update must never pick a bare duplicate over the annotated original),
    // then the same text before the same source, then the newest.
    struct Existing {
        QString id;
        QString title;
        bool sameText = false;
        bool sameSource = false;
        int annotations = 0; // highlights and notes
    };
    Result<QList<Existing>> findExisting(const QString &source, const QString &contentHash) const;

    Result<ArticleSnapshot> snapshot(const QString &articleId) const;
    Status restore(const ArticleSnapshot &snapshot);

private:
    static Model::Article articleFrom(const Statement &q);
    Database &m_db;
};

} // namespace Glossa::Store
