// SPDX-License-Identifier: GPL-3.0-or-later
// The edges of a fuzzy match, placed word by word: the quote's first (last) words aligned with its
// context's (see wordalign.h).
#include "anchorer.h"
#include "anchorer_p.h"
#include "wordalign.h"

#include <algorithm>

namespace Glossa::Anchor {

using namespace Tuning;

void AnchorerPrivate::alignEdges(const Query &q, Candidate &c) const
{
    // Only for a quote of whole words: one that cut a word at an edge keeps the character rule.
    const bool wholeStart
        = !q.exact.front().isLetterOrNumber() || q.prefix.isEmpty() || !q.prefix.back().isLetterOrNumber();
    const bool wholeEnd
        = !q.exact.back().isLetterOrNumber() || q.suffix.isEmpty() || !q.suffix.front().isLetterOrNumber();
    const QList<QStringView> quote = tokensOf(q.exact);
    if (!wholeStart || !wholeEnd || quote.isEmpty()) {
        return;
    }
    const QString &t = m_norm.text();
    const qsizetype k = std::min(EdgeTokens, quote.size());
    const qsizetype slack = Query::MaxContext / 2;
    // The text's tokens in [from, to), widened to whole words.
    const auto tokensAround = [&](qsizetype from, qsizetype to) {
        from = std::clamp<qsizetype>(from, 0, t.size());
        to = std::clamp<qsizetype>(to, from, t.size());
        while (from > 0 && t[from - 1].isLetterOrNumber() && t[from].isLetterOrNumber()) {
            --from;
        }
        while (to < t.size() && to > 0 && t[to - 1].isLetterOrNumber() && t[to].isLetterOrNumber()) {
            ++to;
        }
        return std::make_pair(tokensOf(QStringView(t).sliced(from, to - from)), from);
    };
    const auto offsetOf = [&](QStringView token) {
        return qsizetype(token.data() - t.data());
    };
    qsizetype start = c.start;
    qsizetype end = c.end;
    // An edge where the quote's first (last) token stands right after (before) the context's is
    // where the words would put it too: most matches after light edits need no alignment.
    const auto lastToken = [](QStringView s) {
        const QList<QStringView> all = tokensOf(s.last(std::min<qsizetype>(s.size(), 24)));
        return all.isEmpty() ? QStringView() : all.back();
    };
    const auto firstToken = [](QStringView s) {
        const QList<QStringView> all = tokensOf(s.first(std::min<qsizetype>(s.size(), 24)));
        return all.isEmpty() ? QStringView() : all.front();
    };
    const auto keeps = [&](QStringView before, QStringView after, qsizetype at) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        QStringView left = QStringView(t).first(at);
        QStringView right = QStringView(t).sliced(at);
        while (!left.isEmpty() && left.back().isSpace()) {
            left.chop(1);
        }
        while (!right.isEmpty() && right.front().isSpace()) {
            right = right.sliced(1);
        }
        return left.endsWith(before) && right.startsWith(after)
            && (right.size() == after.size() || !after.back().isLetterOrNumber()
                || !right[after.size()].isLetterOrNumber())
            && (left.size() == before.size() || !before.front().isLetterOrNumber()
                || !left[left.size() - before.size() - 1].isLetterOrNumber());
    };
    const bool startKept = keeps(lastToken(q.prefix), quote.front(), c.start);
    const bool endKept = keeps(quote.back(), firstToken(q.suffix), c.end);
    if (startKept && endKept) {
        return;
    }
    // The start: the context's words, then the quote's first few, aligned with the text before and
    // at the match. A word cut by the context's edge is left out.
    if (!startKept && (!q.prefix.isEmpty() || q.atTextStart)) {
        QList<QStringView> pattern = tokensOf(q.prefix);
        if (!pattern.isEmpty() && q.prefix.size() >= ContextLength && q.prefix.front().isLetterOrNumber()) {
            pattern.removeFirst();
        }
        const qsizetype quoteFrom = pattern.size();
        pattern.append(quote.first(k));
        const qsizetype head = quote[k - 1].data() + quote[k - 1].size() - q.exact.data();
        const auto [tokens, from] = tokensAround(c.start - q.prefix.size() - slack, c.start + head + slack);
        // A passage that began the text still does: nothing before it is free.
        const EdgeAlignment a
            = alignEdge(pattern, quoteFrom, pattern.size(), tokens, !(q.atTextStart && from == 0), true);
        if (a.found > 0) {
            start = offsetOf(tokens[a.first]);
        }
    }
    if (!endKept && (!q.suffix.isEmpty() || q.atTextEnd)) {
        QList<QStringView> pattern = quote.last(k);
        QList<QStringView> after = tokensOf(q.suffix);
        if (!after.isEmpty() && q.suffix.size() >= ContextLength && q.suffix.back().isLetterOrNumber()) {
            after.removeLast();
        }
        pattern.append(after);
        const QStringView tailFirst = quote[quote.size() - k];
        const qsizetype tail = (q.exact.data() + q.exact.size()) - tailFirst.data();
        const auto [tokens, from] = tokensAround(c.end - tail - slack, c.end + q.suffix.size() + slack);
        const qsizetype to = tokens.isEmpty() ? from : offsetOf(tokens.back()) + tokens.back().size();
        const EdgeAlignment a = alignEdge(pattern, 0, k, tokens, true, !(q.atTextEnd && to == t.size()));
        if (a.found > 0) {
            end = offsetOf(tokens[a.last]) + tokens[a.last].size();
        }
    }
    // The words decide the edges only near the match found, and within its paragraph.
    if (start >= end || start >= c.end || end <= c.start || (q.oneBlock && hasBreak(start, end))) {
        return;
    }
    if (start != c.start || end != c.end) {
        c.start = start;
        c.end = end;
        c.context = contextSimilarity(q, c.start, c.end, nullptr, &c.prefix, &c.suffix);
        c.words = -1.0; // to be counted again
    }
}

} // namespace Glossa::Anchor
