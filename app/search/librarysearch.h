// SPDX-License-Identifier: GPL-3.0-or-later
// Searching the library as the person types: article titles, the text of each article's current
// revision (passage by passage, as the passage index holds it), the annotations' notes and quotes and
// the comments, each hit with a snippet whose matched words are marked, grouped by article. Accents
// and case do not count; the last word is a prefix (from its third letter); a word finds its
// inflections in the article's language (the store's tokenizer, store/stemmingtokenizer.h).
// find() is the whole library search: the query syntax of SearchQuery (searchquery.h), comments and
// tags too, filters, and facet counts (searchcandidates.h says how the rows are gathered and capped).
#pragma once

#include "model/result.h"
#include "search/searchsnippet.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Glossa::Store {
class Database;
}

namespace Glossa::Search {

// Where a hit was found; the facet "kind" groups Title with Text.
enum class HitKind { Title, Text, Note, Comment };

// The facets a search can be narrowed by. Each list empty: no restriction; several values in one
// list: any of them; several lists: all of them.
struct Filters {
    QStringList colors; // highlight colour names (Palette keys): only annotations of those colours
    QStringList tags; // tag names: hits in articles, or annotations, carrying one of them
    QStringList authors; // the article's byline, or the note's or comment's author
    QList<HitKind> kinds; // Title and Text both mean "text"
    QStringList languages; // the article's language ("it", "en"…)
    QDate since; // the hit's date (a note's or comment's own, else the article's), inclusive
    QDate until; // inclusive
    bool isEmpty() const
    {
        return colors.isEmpty() && tags.isEmpty() && authors.isEmpty() && kinds.isEmpty() && languages.isEmpty()
            && !since.isValid() && !until.isValid();
    }
};

// What to look for. A struct so that the library search can grow without changing every caller.
struct Query {
    QString text;
    int limit = 50; // articles at most
    int hitsPerArticle = 3; // hits shown under each article at most (its best ones)
    Filters filters;
};

struct Hit {
    using Kind = HitKind;
    Kind kind = Kind::Text;
    QString articleId;
    QString articleTitle;
    QString annotationId; // a Note hit's annotation, or the passage a Comment hit is on, if any
    QString commentId; // a Comment hit's comment
    QString color; // a Note hit's colour name
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

// One value of a facet and how many hits it would give with the query and the OTHER facets' filters.
struct FacetValue {
    QString value; // what goes into Filters: a colour name, a tag, "it", "note"…
    QString label; // what to show: a colour's meaning, a language's name…
    int count = 0;
};

struct Facets {
    QList<FacetValue> colors;
    QList<FacetValue> tags;
    QList<FacetValue> authors;
    QList<FacetValue> kinds; // values "text", "note", "comment"
    QList<FacetValue> languages;
    QDate first; // the earliest and latest hit dates, for a date range's bounds
    QDate last;
};

struct Results {
    QList<ArticleHits> articles;
    Facets facets;
    int totalHits = 0; // every hit matching, not only those listed
    // The query could not be read as search syntax (a lone quote, "AND" alone…): it was searched
    // as plain words.
    bool readAsPlainWords = false;
    // Some index matched more rows than LibrarySearch::kMaxConsidered: only its newest ones were ranked and
    // considered, so totalHits and the facets' counts are lower bounds.
    bool capped = false;
};

class LibrarySearch final
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Search::LibrarySearch)

public:
    // How much more a match in a title, or in a note or quote, counts than one in the text.
    static constexpr double kTitleWeight = 4.0;
    static constexpr double kNoteWeight = 2.0;
    // The last word is a prefix from this many characters on (before, a whole word), so that the
    // first letters typed do not rank most of the library.
    static constexpr qsizetype kMinPrefix = 3;
    // Characters of context a snippet shows, about.
    static constexpr qsizetype kSnippetWidth = 160;
    // find(): the rows each index gives at most (titles, passages, notes, comments, tag hits), the newest
    // when more match; the filters and facets are computed over them (Results::capped says when some
    // were left).
    static constexpr int kMaxConsidered = 1000;
    // find(): the bm25-like rank of a hit found through its tag (before the kind's weight): about a
    // good match of one word.
    static constexpr double kTagRank = -10.0;

    explicit LibrarySearch(Store::Database &db)
        : m_db(db)
    {
    }

    // The articles matching `query` in a title, a passage or a highlight's quote or note (find()
    // with only those kinds: what a link can point at), best first; an empty query gives none.
    Result<QList<ArticleHits>> search(const Query &query) const;
    // The whole search: the query's syntax ("phrases", -excluded, OR, ="exact"), comments and tags
    // too, the filters, and the facets' counts.
    Result<Results> find(const Query &query) const;

private:
    Store::Database &m_db;
};

} // namespace Glossa::Search
