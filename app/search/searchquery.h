// SPDX-License-Identifier: GPL-3.0-or-later
// What a person types into the library search, read into terms and turned into an FTS5 MATCH
// expression that SQLite can always parse. The syntax:
//   words            every one must match (the last one a prefix once it has `minPrefix` letters,
//                    or any word typed with a trailing `*`)
//   "exact phrase"   the words in that order
//   -word, -"phrase" must not match
//   a OR b           either (between words or phrases; binds tighter than the implicit AND)
//   ="words"         exact words: no inflections (the FTS string starts with '=', which the
//                    stemming tokenizer reads as "do not stem")
// Case and accents are folded by the index, not here. Anything else that FTS5 would read as syntax
// (a lone quote, AND, NOT, NEAR, '*', parentheses, column filters, a query of exclusions only) makes
// the whole query be read as plain words: `readAsPlainWords` is set, every word is quoted, and a very
// long query is cut to kMaxWords words. Nothing typed can reach SQLite as an operator.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Glossa::Search {

// A word or a phrase to look for.
struct QueryTerm {
    QStringList words; // as typed, split where the index splits words
    bool exact = false; // ="…": no inflections
    bool prefix = false; // its last word is a prefix

    // Its FTS5 MATCH expression: "w1 w2", "=w1 w2"; a prefix is ("=w1 w2"* OR "w1 w2"): the words
    // it begins, folded, or the word typed and its inflections (the stemming tokenizer's stems,
    // store/stemmingtokenizer.h). Not the stems as prefixes ("w1 w2"*): each stem of each language
    // is then a prefix to look up, which costs several times the rest of a search, and a word
    // typed whole still finds its inflections through its stems.
    QString fts() const;
    // How many FTS5 phrases fts() holds: 2 for a prefix, else 1.
    int phraseCount() const;
    friend bool operator==(const QueryTerm &, const QueryTerm &) = default;
};

class SearchQuery
{
public:
    // More words than this are cut (a pasted page is not a query, and each word costs a lookup).
    static constexpr qsizetype kMaxWords = 32;
    // A query longer than this is read as plain words (and cut to kMaxWords of them).
    static constexpr qsizetype kMaxChars = 1000;

    // Reads `text`; `minPrefix`: the last bare word is a prefix from this many characters on.
    static SearchQuery parse(const QString &text, qsizetype minPrefix);

    // Each group must match: any one of its terms (terms joined by OR).
    const QList<QList<QueryTerm>> &required() const { return m_required; }
    // None of these may match.
    const QList<QueryTerm> &excluded() const { return m_excluded; }
    bool readAsPlainWords() const { return m_plainWords; }
    // Nothing to look for (an empty query, or only punctuation).
    bool isEmpty() const { return m_required.isEmpty(); }

    // The FTS5 MATCH expression for the whole query; empty when isEmpty().
    QString matchExpression() const;
    // The terms of matchExpression() in the order it holds them, so their phrases in the order FTS5
    // numbers them (QueryTerm::phraseCount() each): the required ones (group by group), then the
    // excluded ones.
    QList<QueryTerm> terms() const;
    // The same for the groups other than `skip` (with the exclusions); empty when no group is left.
    QString matchExpressionWithout(qsizetype skip) const;
    // The words to mark in snippets, the prefix (if any) last; with hasPrefix() whether the last is
    // one (Snippet::around's minPrefix).
    QString markedWords() const;
    bool hasPrefix() const;

private:
    QList<QList<QueryTerm>> m_required;
    QList<QueryTerm> m_excluded;
    bool m_plainWords = false;

    static SearchQuery plainWords(const QString &text, qsizetype minPrefix);
    bool read(const QString &text, qsizetype minPrefix);
};

} // namespace Glossa::Search
