// SPDX-License-Identifier: GPL-3.0-or-later
// The rows a library search considers (LibrarySearch::find): every unit the query matches, with what
// the filters and facets look at. A unit is an article's title, a passage of its text, a highlight or
// note (quote and note), or a comment that is not deleted; a query word naming a tag also finds the
// articles and annotations carrying that tag (the other words, if any, must match them).
//
// Each index gives at most LibrarySearch::kMaxConsidered rows, ranked by BM25 (store/rankfunction.h).
// When more match, the newest of them are the ones ranked (the matches are read in rowid order, which
// costs little, and only those are ranked and joined): a word found in half the library costs what one
// found in a thousand passages does, and `capped` says that some were left. A row's own attributes (a note's colour,
// author, date and tags…) are read in the same statement; its article's (title, byline, language, date, tags) once
// for each article the rows are in, in one more statement: a word's rows are mostly in few articles. Filtering and
// counting then need no further query.
#pragma once

#include "model/result.h"
#include "search/librarysearch.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Glossa::Store {
class Database;
}

namespace Glossa::Search {

class SearchQuery;

struct Candidate {
    HitKind kind = HitKind::Text;
    qint64 seq = 0; // the row in its table (articles, passages, annotations, comments)
    QString articleId;
    QString articleTitle;
    QString annotationId;
    QString commentId;
    QString color; // a note's colour name
    QString author; // the article's byline, or the note's or comment's author
    QString language; // the article's
    QString date; // "YYYY-MM-DD": the note's or comment's, else the article's creation date
    QStringList tags; // the article's, and the annotation's for a note
    QString text; // what the snippet is cut from: the title, the passage, the comment, the note
    QString quote; // a note's quote (its snippet when the words are not in the note)
    qsizetype start = -1;
    qsizetype end = -1;
    double rank = 0; // weighted by kind: lower is better
};

struct Candidates {
    QList<Candidate> rows;
    bool capped = false;
};

// The units `query` matches (SearchQuery::isEmpty(): none).
Result<Candidates> gatherCandidates(Store::Database &db, const SearchQuery &query);
// Text candidates' words (their passages of the current revision) by passage seq, read for the hits
// shown, in one statement.
Result<QHash<qint64, QString>> passageTexts(Store::Database &db, const QList<qint64> &passageSeqs);

} // namespace Glossa::Search
