// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordalign.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <vector>

namespace Glossa::Anchor {

namespace {
// Longer tokens are compared as they are.
constexpr qsizetype MaxWordLength = 48;
} // namespace

QList<QStringView> wordsOf(QStringView s)
{
    QList<QStringView> words;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && !s[i].isLetterOrNumber()) {
            ++i;
        }
        const qsizetype from = i;
        while (i < s.size() && s[i].isLetterOrNumber()) {
            ++i;
        }
        if (i > from) {
            words.append(s.sliced(from, i - from));
        }
    }
    return words;
}

bool alike(QStringView a, QStringView b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    const qsizetype allowed = longer / 3;
    if (std::abs(a.size() - b.size()) > allowed) {
        return false;
    }
    if (a == b) {
        return true;
    }
    if (allowed == 0 || b.size() >= MaxWordLength) {
        return false; // a long "word" (a URL, a code token) must match as it is
    }
    // Each edit changes at most one letter of the bag of letters: a pair whose bags differ by more
    // than a typo allows is rejected without the table (most pairs an alignment compares).
    std::array<int, 64> bag {};
    for (const QChar c : a) {
        ++bag[c.unicode() & 63];
    }
    for (const QChar c : b) {
        --bag[c.unicode() & 63];
    }
    qsizetype surplus = 0;
    for (const int v : bag) {
        surplus += std::max(v, 0);
    }
    if (surplus > allowed) {
        return false;
    }
    // Three rows of the edit distance (the third for swapped letters), on the stack: this runs for
    // every pair of words an alignment compares. Most pairs differ early: stop once every cell
    // exceeds what a typo allows.
    std::array<int, MaxWordLength + 1> rows[3];
    int *before = rows[0].data();
    int *prev = rows[1].data();
    int *cur = rows[2].data();
    for (qsizetype j = 0; j <= b.size(); ++j) {
        prev[j] = int(j);
    }
    int prevBest = 0;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        int best = cur[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            int v = std::min({prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                v = std::min(v, before[j - 2] + 1);
            }
            cur[j] = v;
            best = std::min(best, v);
        }
        // (A swap reaches back two rows, at the cost of one edit.)
        if (best > allowed && prevBest >= allowed) {
            return false;
        }
        prevBest = best;
        std::swap(before, prev);
        std::swap(prev, cur);
    }
    return prev[b.size()] <= allowed;
}

double wordOverlap(QStringView quote, QStringView candidate)
{
    QList<QStringView> a = wordsOf(quote);
    QList<QStringView> b = wordsOf(candidate);
    if (a.isEmpty()) {
        return 1.0;
    }
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    QList<QStringView> leftA;
    QList<QStringView> leftB;
    std::set_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(leftA));
    std::set_difference(b.cbegin(), b.cend(), a.cbegin(), a.cend(), std::back_inserter(leftB));
    qsizetype matched = a.size() - leftA.size();
    // Typos: pair what is left, a few at most (more means the passage was rewritten anyway).
    if (leftA.size() <= 16 && leftB.size() <= 24) {
        for (const QStringView w : std::as_const(leftA)) {
            for (qsizetype j = 0; j < leftB.size(); ++j) {
                if (alike(w, leftB[j])) {
                    ++matched;
                    leftB.removeAt(j);
                    break;
                }
            }
        }
    }
    return double(matched) / double(a.size());
}

namespace {

// Costs, in halves: a token kept costs nothing, a word with a typo a little, one replaced less than
// one deleted and another inserted (the two would explain the same change with two edits), and a
// replaced one more than a lone insertion or deletion, so that a word inserted next to a kept one
// is not read as two replacements.
constexpr int Same = 0;
constexpr int Typo = 1;
constexpr int Replaced = 3;
constexpr int Gap = 2;

} // namespace

QList<QStringView> tokensOf(QStringView s)
{
    QList<QStringView> tokens;
    qsizetype i = 0;
    while (i < s.size()) {
        if (s[i].isSpace()) {
            ++i;
            continue;
        }
        const qsizetype from = i;
        if (s[i].isLetterOrNumber()) {
            while (i < s.size() && s[i].isLetterOrNumber()) {
                ++i;
            }
        } else {
            ++i; // a punctuation mark is a token of its own, as a reader counts it
        }
        tokens.append(s.sliced(from, i - from));
    }
    return tokens;
}

EdgeAlignment alignEdge(const QList<QStringView> &pattern, qsizetype quoteFrom, qsizetype quoteTo,
    const QList<QStringView> &text, bool freeStart, bool freeEnd)
{
    EdgeAlignment out;
    const std::size_t p = std::size_t(pattern.size());
    const std::size_t n = std::size_t(text.size());
    const std::size_t w = n + 1;
    std::vector<int> d((p + 1) * w);
    std::vector<char> match(p * n); // 0 same, 1 typo, 2 other
    for (std::size_t i = 0; i < p; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            const QStringView a = pattern[qsizetype(i)];
            const QStringView b = text[qsizetype(j)];
            match[i * n + j] = a == b                                                           ? 0
                : (a.front().isLetterOrNumber() && b.front().isLetterOrNumber() && alike(a, b)) ? 1
                                                                                                : 2;
        }
    }
    const auto subCost = [&](std::size_t i, std::size_t j) {
        const char m = match[(i - 1) * n + (j - 1)];
        return m == 0 ? Same : m == 1 ? Typo : Replaced;
    };
    for (std::size_t i = 0; i <= p; ++i) {
        for (std::size_t j = 0; j <= n; ++j) {
            int &c = d[i * w + j];
            if (i == 0) {
                c = freeStart ? 0 : int(j) * Gap;
            } else if (j == 0) {
                c = int(i) * Gap;
            } else {
                c = std::min(
                    {d[(i - 1) * w + j - 1] + subCost(i, j), d[(i - 1) * w + j] + Gap, d[i * w + j - 1] + Gap});
            }
        }
    }
    std::size_t j = n;
    if (freeEnd) {
        for (std::size_t k = 0; k <= n; ++k) {
            if (d[p * w + k] < d[p * w + j]) {
                j = k;
            }
        }
    }
    std::size_t i = p;
    while (i > 0 && (j > 0 || !freeStart)) {
        const int c = d[i * w + j];
        const qsizetype q = qsizetype(i) - 1;
        if (j > 0 && c == d[(i - 1) * w + j - 1] + subCost(i, j)) {
            if (q >= quoteFrom && q < quoteTo) {
                out.first = qsizetype(j) - 1; // the last assignment is the first quote token
                out.last = out.last < 0 ? qsizetype(j) - 1 : out.last;
                // Only words count: a full stop found says nothing about the place.
                out.found += match[std::size_t(q) * n + j - 1] < 2 && pattern[q].front().isLetterOrNumber() ? 1 : 0;
            }
            --i;
            --j;
        } else if (j == 0 || c == d[(i - 1) * w + j] + Gap) {
            --i;
        } else {
            --j;
        }
    }
    return out;
}

} // namespace Glossa::Anchor
