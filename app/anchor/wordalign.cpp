// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordalign.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace Glossa::Anchor {

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
    if (3 * std::abs(a.size() - b.size()) > longer) {
        return false;
    }
    const std::size_t w = std::size_t(b.size()) + 1;
    std::vector<int> d((std::size_t(a.size()) + 1) * w);
    for (qsizetype i = 0; i <= a.size(); ++i) {
        for (qsizetype j = 0; j <= b.size(); ++j) {
            const std::size_t at = std::size_t(i) * w + std::size_t(j);
            if (i == 0 || j == 0) {
                d[at] = int(i + j);
                continue;
            }
            d[at] = std::min({d[at - w - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), d[at - w] + 1, d[at - 1] + 1});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                d[at] = std::min(d[at], d[at - 2 * w - 2] + 1);
            }
        }
    }
    return 3 * d.back() <= longer;
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
                c = std::min({d[(i - 1) * w + j - 1] + subCost(i, j), d[(i - 1) * w + j] + Gap, d[i * w + j - 1] + Gap});
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
                out.found += match[std::size_t(q) * n + j - 1] < 2 ? 1 : 0;
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
