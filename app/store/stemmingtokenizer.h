// SPDX-License-Identifier: GPL-3.0-or-later
// The FTS5 tokenizer `glossa` every full-text table of the library uses (store/schema.cpp): SQLite's
// unicode61 with remove_diacritics 2 (words folded: case and accents do not count), plus, for a word
// of a language Glossa stems (Store::Stemmer), its stem as a colocated token `LANG:STEM`
// ("it:trattat"), so that a word finds its inflected forms in an article of that language.
//
// - Indexing: a text may begin with a language marker, U+001F LANG U+001F ("\x1Fit\x1F…"), which the
//   triggers put in front of each text from the article's language. The marker is not a word and
//   the offsets of the words after it stay those in the whole text. The folded words are exactly
//   what unicode61 alone gives, so fts5vocab tables list the same terms as before.
// - Querying: a string that begins with '=' (the MATCH phrase "=trattati nucleari") is exact and
//   looks for the folded words only. Any other string looks for each word folded, and for its stems
//   in each of the five languages (colocated; Stemmer::queryStemsUtf8: its own, and in Italian and
//   Spanish those of its other forms in gender and number), so a word finds itself in any article
//   and its inflections in the articles of each language; a prefix query ("tratt"*) uses the same
//   tokens as prefixes.
// Words shorter than three bytes and numbers get no stem (Snowball leaves them alone anyway).
// The tokenizer must be registered on every connection before it touches those tables: Database
// does it when it opens one.
#pragma once

#include "database.h"

#include <QString>

namespace Glossa::Store::StemmingTokenizer {

// The tokenizer's name in `tokenize='…'`.
inline constexpr char Name[] = "glossa";
// What begins and ends a language marker.
inline constexpr char16_t MarkerDelimiter = u'\x1F';
// What, in front of a MATCH phrase, makes it exact (no stems).
inline constexpr char16_t ExactPrefix = u'=';

// Registers the tokenizer on the connection `db` (its sqlite3 handle).
Status registerOn(sqlite3 *db);

// `text` with the marker of `language` in front, as the triggers write it (for tests and tools that
// write an index of their own).
QString marked(const QString &language, const QString &text);

} // namespace Glossa::Store::StemmingTokenizer
