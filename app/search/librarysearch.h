// SPDX-License-Identifier: GPL-3.0-or-later
// Searching the library as the person types: article titles, the text of each article's current
// revision (passage by passage, as the passage index holds it) and the annotations' notes and quotes,
// each hit with a snippet whose matched words are marked, grouped by article. Accents and case do not
// count; the last word is a prefix (from its third letter). Built on the store's FTS tables (store/schema.cpp) and
// SearchRepository's query words, so a quote or an operator typed is a plain word.
#pragma once

#include "model/result.h"
#include "search/searchsnippet.h"

#include <QList>
#include <QString>

namespace Glossa::Store {
class Database;
}

namespace Glossa::Search {

// What to look for. A struct so that the library search can grow (kinds, tags, dates) without
// changing every caller.
struct Query {
    QString text;
    int limit = 50; // articles at most
    int hitsPerArticle = 3; // hits shown under each article at most (its best ones)
};

struct Hit {
    enum class Kind { Title, Text, Note };
    Kind kind = Kind::Text;
    QString articleId;
    QString articleTitle;
    QString annotationId; // a Note hit's annotation
    // The words around the match, matched words marked (Snippet::marks); plain text for the UI to
    // escape.
    Snippet snippet;
    // The passage in the article's current canonical text, [start, end) in UTF-16 offsets: a Text
    // hit's passage, a Note hit's annotation where it is anchored; -1 for a title or an orphan.
    qsizetype start = -1;
    qsizetype end = -1;
    double rank = 0; // bm25 weighted by kind (titles and notes weigh more): lower is better
};

// One article's hits, best first.
struct ArticleHits {
    QString articleId;
    QString title;
    double rank = 0; // its best hit's
    QList<Hit> hits;
};

class LibrarySearch final
{
public:
    // How much more a match in a title, or in a note or quote, counts than one in the text.
    static constexpr double kTitleWeight = 4.0;
    static constexpr double kNoteWeight = 2.0;
    // The last word is a prefix from this many characters on (before, a whole word), so that the
    // first letters typed do not rank most of the library.
    static constexpr qsizetype kMinPrefix = 3;
    // Characters of context a snippet shows, about.
    static constexpr qsizetype kSnippetWidth = 160;

    explicit LibrarySearch(Store::Database &db)
        : m_db(db)
    {
    }

    // The articles matching `query` (every word found, in a title, a passage or an annotation),
    // best first; an empty or wordless query gives an empty list.
    Result<QList<ArticleHits>> search(const Query &query) const;

private:
    Status addTitleHits(const QString &match, int limit, QList<Hit> &hits) const;
    Status addTextHits(const QString &match, int limit, QList<Hit> &hits) const;
    // `terms` (Snippet::queryTerms) choose between a note and its quote for the snippet.
    Status addNoteHits(const QString &match, const QStringList &terms, int limit, QList<Hit> &hits) const;

    Store::Database &m_db;
};

} // namespace Glossa::Search
