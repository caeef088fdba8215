// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search over article titles and text, annotation quotes and notes, and comments.
#pragma once

#include "database.h"

#include <QList>

namespace Glossa::Store {

struct SearchHit {
    enum class Kind { Article, Annotation, Comment };
    Kind kind = Kind::Article;
    QString id; // the article, annotation or comment
    QString articleId; // the article it belongs to
    double rank = 0; // bm25: lower is better
};

class SearchRepository final
{
public:
    explicit SearchRepository(Database &db)
        : m_db(db)
    {
    }

    // Every word of `text` must match (accents and case ignored; the last word as a prefix).
    // The text is never passed to FTS as query syntax, so quotes or operators in it are plain words.
    Result<QList<SearchHit>> search(const QString &text, int limit = 50) const;

    // The FTS5 MATCH expression used for `text` (exposed for tests): queryWords(text), each quoted,
    // the last one a prefix once it has `minPrefix` characters (shorter, it is a whole word: a prefix
    // of one or two letters matches most of a large library, and ranking all that takes long).
    static QString matchExpression(const QString &text, qsizetype minPrefix = 1);
    // The words a query for `text` looks for, as typed (split where FTS splits words).
    static QStringList queryWords(const QString &text);

private:
    Database &m_db;
};

} // namespace Glossa::Store
