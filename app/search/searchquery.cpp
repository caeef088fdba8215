// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include "store/searchrepository.h"

namespace Glossa::Search {

namespace {

// What one stretch of the typed text is.
struct Token {
    enum class Type { Term, Or };
    Type type = Type::Term;
    QueryTerm term;
    bool negated = false;
    bool bare = false; // a word as typed, not a "phrase"
    bool star = false; // typed with a trailing '*'
};

// Characters that FTS5 reads as syntax outside a string; in a bare word they mean the person
// typed an operator we do not offer (a column filter, NEAR(…), ^first): read as plain words.
bool isSyntax(QChar c)
{
    return c == u'(' || c == u')' || c == u':' || c == u'^' || c == u'{' || c == u'}' || c == u'*' || c == u'+';
}

bool isOperatorWord(const QString &word)
{
    return word == u"AND" || word == u"NOT" || word == u"NEAR";
}

// Splits `text` into tokens; false when it cannot be read as the syntax.
bool tokenize(const QString &text, QList<Token> &tokens)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        Token t;
        if (text[i] == u'-' && i + 1 < n && !text[i + 1].isSpace()) {
            t.negated = true;
            ++i;
        }
        if (text[i] == u'=' && i + 1 < n && !text[i + 1].isSpace()) {
            t.term.exact = true;
            ++i;
        }
        if (text[i] == u'"') {
            const qsizetype close = text.indexOf(u'"', i + 1);
            if (close < 0) {
                return false; // a lone quote
            }
            t.term.words = Store::SearchRepository::queryWords(text.sliced(i + 1, close - i - 1));
            i = close + 1;
        } else {
            qsizetype end = i;
            while (end < n && !text[end].isSpace() && text[end] != u'"') {
                ++end;
            }
            QString word = text.sliced(i, end - i);
            i = end;
            if (word == u"OR" && !t.negated && !t.term.exact) {
                t.type = Token::Type::Or;
                tokens.append(t);
                continue;
            }
            if (isOperatorWord(word)) {
                return false;
            }
            t.bare = true;
            if (word.size() > 1 && word.endsWith(u'*') && !isSyntax(word[word.size() - 2])) {
                t.star = true;
                word.chop(1);
            }
            if (std::any_of(word.cbegin(), word.cend(), isSyntax)) {
                return false;
            }
            t.term.words = Store::SearchRepository::queryWords(word);
        }
        if (t.term.words.isEmpty()) {
            return false; // "", a lone '-', punctuation: nothing to look for
        }
        tokens.append(t);
    }
    return true;
}

QString quoted(const QStringList &words, bool exact)
{
    // queryWords() splits at every non-word character, so no word holds a '"'.
    return u'"' + (exact ? QStringLiteral("=") : QString()) + words.join(u' ') + u'"';
}

QString groupFts(const QList<QueryTerm> &group)
{
    if (group.size() == 1) {
        return group.first().fts();
    }
    QStringList alternatives;
    for (const QueryTerm &t : group) {
        alternatives << t.fts();
    }
    return u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

} // namespace

QString QueryTerm::fts() const
{
    if (prefix && !exact) {
        return u'(' + quoted(words, true) + QStringLiteral("* OR ") + quoted(words, false) + u')';
    }
    return quoted(words, exact) + (prefix ? QStringLiteral("*") : QString());
}

int QueryTerm::phraseCount() const
{
    return prefix && !exact ? 2 : 1;
}

SearchQuery SearchQuery::parse(const QString &text, qsizetype minPrefix)
{
    SearchQuery q;
    if (text.size() > kMaxChars || !q.read(text, minPrefix)) {
        return plainWords(text, minPrefix);
    }
    return q;
}

bool SearchQuery::read(const QString &text, qsizetype minPrefix)
{
    QList<Token> tokens;
    if (!tokenize(text, tokens)) {
        return false;
    }
    qsizetype words = 0;
    bool pendingOr = false;
    const Token *previous = nullptr;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        Token &t = tokens[i];
        if (t.type == Token::Type::Or) {
            // OR joins two terms we look for: not at either end, not twice, not beside an exclusion.
            if (!previous || previous->type == Token::Type::Or || previous->negated) {
                return false;
            }
            pendingOr = true;
            previous = &t;
            continue;
        }
        words += t.term.words.size();
        const bool last = i == tokens.size() - 1;
        // The word being typed is a prefix once long enough; `word*` asks for one.
        if (t.bare && !t.term.exact && !t.negated && (t.star || (last && t.term.words.last().size() >= minPrefix))) {
            t.term.prefix = true;
        }
        if (t.negated) {
            if (pendingOr) {
                return false;
            }
            m_excluded.append(t.term);
        } else if (pendingOr) {
            m_required.last().append(t.term);
            pendingOr = false;
        } else {
            m_required.append({t.term});
        }
        previous = &t;
    }
    if (pendingOr || words > kMaxWords) {
        return false;
    }
    // Only exclusions: FTS5 has no "everything but", and the person surely meant some words.
    return !m_required.isEmpty() || m_excluded.isEmpty();
}

SearchQuery SearchQuery::plainWords(const QString &text, qsizetype minPrefix)
{
    SearchQuery q;
    q.m_plainWords = true;
    QStringList words = Store::SearchRepository::queryWords(text.left(kMaxChars * 4));
    const bool cut = words.size() > kMaxWords;
    if (cut) {
        words.resize(kMaxWords);
    }
    for (qsizetype i = 0; i < words.size(); ++i) {
        QueryTerm t;
        t.words = {words[i]};
        // The word being typed, unless the query was cut before its end.
        t.prefix = !cut && i == words.size() - 1 && words[i].size() >= minPrefix;
        q.m_required.append({t});
    }
    return q;
}

QString SearchQuery::matchExpression() const
{
    return matchExpressionWithout(-1);
}

QList<QueryTerm> SearchQuery::terms() const
{
    QList<QueryTerm> out;
    for (const QList<QueryTerm> &group : m_required) {
        out << group;
    }
    return out << m_excluded;
}

QString SearchQuery::matchExpressionWithout(qsizetype skip) const
{
    QStringList groups;
    for (qsizetype i = 0; i < m_required.size(); ++i) {
        if (i != skip) {
            groups << groupFts(m_required[i]);
        }
    }
    if (groups.isEmpty()) {
        return {};
    }
    QString expression = groups.join(QStringLiteral(" AND "));
    if (!m_excluded.isEmpty()) {
        expression = u'(' + expression + u')';
        for (const QueryTerm &t : m_excluded) {
            expression += QStringLiteral(" NOT ") + t.fts();
        }
    }
    return expression;
}

QString SearchQuery::markedWords() const
{
    QStringList words;
    QStringList prefix;
    for (const QList<QueryTerm> &group : m_required) {
        for (const QueryTerm &t : group) {
            (t.prefix && prefix.isEmpty() ? prefix : words) << t.words;
        }
    }
    return (words + prefix).join(u' ');
}

bool SearchQuery::hasPrefix() const
{
    for (const QList<QueryTerm> &group : m_required) {
        for (const QueryTerm &t : group) {
            if (t.prefix) {
                return true;
            }
        }
    }
    return false;
}

} // namespace Glossa::Search
