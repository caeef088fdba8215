// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchsnippet.h"

#include "links/terms.h"
#include "store/stemmer.h"

#include <QSet>

#include <algorithm>
#include <memory>

namespace Glossa::Search {

namespace {

// How far before the first matched word a cut snippet starts.
constexpr qsizetype kLead = 40;

bool matches(const QString &term, const QStringList &terms, qsizetype minPrefix)
{
    if (terms.isEmpty()) {
        return false;
    }
    const QString &last = terms.last();
    return terms.contains(term) || (last.size() >= minPrefix && term.startsWith(last));
}

// The query's terms by their stems in one language, to mark inflected forms as the index finds them
// (store/stemmingtokenizer.h: words shorter than three bytes and numbers have no stem). The word
// being typed finds the words it begins and its own inflections (QueryTerm::fts()), not the words
// its stem begins: matches() marks the first, this the second.
class StemMatcher
{
public:
    StemMatcher(const QString &language, const QStringList &terms)
    {
        if (!Store::Stemmer::supports(language) || terms.isEmpty()) {
            return;
        }
        m_stemmer = std::make_unique<Store::Stemmer>(language);
        for (const QString &t : terms) {
            if (stemmable(t)) {
                m_stems.append(m_stemmer->queryStems(t));
            }
        }
        for (const QString &stem : std::as_const(m_stems)) {
            m_heads.insert(stem.left(kHead));
            m_everyWord = m_everyWord || stem.size() < kHead;
        }
    }

    bool matches(const QString &term) const
    {
        // A stem begins as its word does (Snowball changes endings), so a word whose first letters
        // begin no stem looked for is not stemmed: most words of a passage are not.
        if (!m_stemmer || (!m_everyWord && !m_heads.contains(term.left(kHead))) || !stemmable(term)) {
            return false;
        }
        return m_stems.contains(m_stemmer->stem(term));
    }

private:
    static bool stemmable(const QString &term)
    {
        if (term.toUtf8().size() < 3) {
            return false;
        }
        return std::any_of(term.cbegin(), term.cend(), [](QChar c) { return !c.isDigit(); });
    }

    static constexpr qsizetype kHead = 2;

    std::unique_ptr<Store::Stemmer> m_stemmer;
    QSet<QString> m_heads; // the first kHead letters of each stem
    bool m_everyWord = false; // a stem shorter than that: every word is stemmed
    QStringList m_stems;
};

} // namespace

QStringList Snippet::queryTerms(const QString &query)
{
    QStringList terms;
    for (const Links::Terms::Token &t : Links::Terms::tokens(query)) {
        terms << t.term;
    }
    return terms;
}

Snippet Snippet::around(
    const QString &original, const QStringList &terms, qsizetype width, qsizetype minPrefix, const QString &language)
{
    const QString text = original.simplified();
    const QList<Links::Terms::Token> tokens = Links::Terms::tokens(text);
    const StemMatcher stems(language, terms);
    QList<Mark> found;
    for (const Links::Terms::Token &t : tokens) {
        if (matches(t.term, terms, minPrefix) || stems.matches(t.term)) {
            found.append({t.start, t.end});
        }
    }
    qsizetype start = 0;
    qsizetype end = text.size();
    if (text.size() > width) {
        start = found.isEmpty() ? 0 : std::max<qsizetype>(0, found.first().start - kLead);
        start = std::min(start, text.size() - width);
        end = start + width;
        // Whole words only: start after a space, end before one.
        if (start > 0) {
            const qsizetype space = text.indexOf(u' ', start - 1);
            if (space >= 0 && space < start + kLead && (found.isEmpty() || space < found.first().start)) {
                start = space + 1;
            }
        }
        if (end < text.size()) {
            const qsizetype space = text.lastIndexOf(u' ', end);
            if (space > start) {
                end = space;
            }
        }
    }
    Snippet s;
    const qsizetype shift = start > 0 ? 1 : 0; // the "…" in front
    s.text = text.sliced(start, end - start);
    if (start > 0) {
        s.text.prepend(u'…');
    }
    if (end < text.size()) {
        s.text.append(u'…');
    }
    for (const Mark &m : std::as_const(found)) {
        if (m.start >= start && m.end <= end) {
            s.marks.append({m.start - start + shift, m.end - start + shift});
        }
    }
    return s;
}

} // namespace Glossa::Search
