// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchsnippet.h"

#include "links/terms.h"

#include <algorithm>

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

} // namespace

QStringList Snippet::queryTerms(const QString &query)
{
    QStringList terms;
    for (const Links::Terms::Token &t : Links::Terms::tokens(query)) {
        terms << t.term;
    }
    return terms;
}

Snippet Snippet::around(const QString &original, const QStringList &terms, qsizetype width, qsizetype minPrefix)
{
    const QString text = original.simplified();
    const QList<Links::Terms::Token> tokens = Links::Terms::tokens(text);
    QList<Mark> found;
    for (const Links::Terms::Token &t : tokens) {
        if (matches(t.term, terms, minPrefix)) {
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
