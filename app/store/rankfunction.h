// SPDX-License-Identifier: GPL-3.0-or-later
// The FTS5 rank function `glossa_rank`: Okapi BM25 as FTS5's own bm25() computes it (k1 = 1.2,
// b = 0.75, every column weighing 1, lower is better), except that each phrase's number of
// matching rows, the "n" of its inverse document frequency, is given by the caller:
//
//     SELECT rowid, glossa_rank(fts_passages, 412, 90000) FROM fts_passages WHERE fts_passages MATCH ?
//
// bm25() counts those rows itself by reading every phrase's whole list of rows before the first
// result, which for a word in half the library costs more than everything else a search does. The
// library search knows them, exactly or closely, from the rows it reads anyway (Search::gatherCandidates).
// A phrase given no number (or NULL) is counted as bm25() counts it.
//
// When a term of the query is written as several phrases (a word being typed is the words it begins
// OR the word and its inflections: Search::QueryTerm::fts()), a text before the numbers says which
// term each phrase is of, and the numbers are the terms' rows:
//
//     SELECT rowid, glossa_rank(fts_passages, '0 0 1', 412, 90000) FROM fts_passages WHERE fts_passages MATCH ?
//
// for `("=trat"* OR "trat") AND "pace"`. A term's phrases found at one place count once there, so
// the term scores as one phrase would; a term of several phrases given no number counts as its
// most frequent phrase (a lower bound).
// Database registers the function on every connection it opens.
#pragma once

#include "database.h"

namespace Glossa::Store::RankFunction {

inline constexpr char Name[] = "glossa_rank";

// Registers the function on the connection `db` (its sqlite3 handle).
Status registerOn(sqlite3 *db);

} // namespace Glossa::Store::RankFunction
