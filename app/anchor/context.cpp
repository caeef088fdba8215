// SPDX-License-Identifier: GPL-3.0-or-later
// How well the text around a candidate agrees with the selector's context: the prefix's and the
// suffix's edit distances, their weighted similarity, and the block edges a passage shares.
#include "anchorer.h"
#include "anchorer_p.h"

#include <algorithm>
#include <array>
#include <vector>

namespace Glossa::Anchor {

namespace {

// Edit distance between `pattern` and the text read from `at` away from the candidate (backwards
// for the prefix, forwards for the suffix): anchored at the candidate, free at the far end.
template<typename CharAt> int anchoredDistance(QStringView pattern, bool reversed, qsizetype available, CharAt charAt)
{
    // At the text's edge only the part of the context that can exist is compared: a prefix longer
    // than the text before the match is not evidence against it.
    if (available < pattern.size()) {
        pattern = reversed ? pattern.sliced(pattern.size() - available) : pattern.first(available);
    }
    const qsizetype m = pattern.size();
    const qsizetype n = std::min(available, m + 8);
    std::vector<int> prev(std::size_t(n) + 1);
    std::vector<int> cur(std::size_t(n) + 1);
    for (qsizetype j = 0; j <= n; ++j) {
        prev[std::size_t(j)] = int(j);
    }
    for (qsizetype i = 1; i <= m; ++i) {
        const QChar pc = reversed ? pattern[m - i] : pattern[i - 1];
        cur[0] = int(i);
        for (qsizetype j = 1; j <= n; ++j) {
            const int sub = prev[std::size_t(j - 1)] + (charAt(j - 1) == pc ? 0 : 1);
            cur[std::size_t(j)] = std::min({sub, prev[std::size_t(j)] + 1, cur[std::size_t(j - 1)] + 1});
        }
        std::swap(prev, cur);
    }
    return *std::min_element(prev.cbegin(), prev.cend());
}

// The distance of a context pattern to the text read away from the candidate (see
// anchoredDistance), bit-parallel: the anchored Myers row gives every far end at once.
template<typename CharAt> int contextDistance(const MyersPattern &pattern, qsizetype available, CharAt charAt)
{
    const qsizetype m = pattern.size();
    const qsizetype n = std::min(available, m + 8);
    std::array<QChar, Tuning::MaxContextWindow> buffer;
    for (qsizetype j = 0; j < n; ++j) {
        buffer[std::size_t(j)] = charAt(j);
    }
    const std::vector<int> d = pattern.distances(QStringView(buffer.data(), n), true);
    int best = int(m);
    for (const int v : d) {
        best = std::min(best, v);
    }
    return best;
}

} // namespace

double AnchorerPrivate::contextSimilarity(
    const Query &q, qsizetype start, qsizetype end, double *bestSide, double *prefixSide, double *suffixSide) const
{
    const QString &t = m_norm.text();
    double weighted = 0.0;
    double weight = 0.0;
    double side = -1.0;
    if (!q.prefix.isEmpty() && start > 0) {
        const qsizetype len = std::min(q.prefix.size(), start);
        const int d = prefixCost(q, start);
        weighted += double(len - d);
        weight += double(len);
        side = std::max(side, double(len - d) / double(len));
        if (prefixSide) {
            *prefixSide = double(len - d) / double(len);
        }
    }
    if (!q.suffix.isEmpty() && end < t.size()) {
        const qsizetype len = std::min(q.suffix.size(), t.size() - end);
        const int d = suffixCost(q, end);
        weighted += double(len - d);
        weight += double(len);
        side = std::max(side, double(len - d) / double(len));
        if (suffixSide) {
            *suffixSide = double(len - d) / double(len);
        }
    }
    if (bestSide) {
        *bestSide = side;
    }
    return weight > 0 ? std::max(0.0, weighted / weight) : -1.0;
}

bool AnchorerPrivate::isWholeBlock(const Model::Selector &s)
{
    return (s.prefix.isEmpty() || s.prefix.endsWith(u'\n')) && (s.suffix.isEmpty() || s.suffix.startsWith(u'\n'));
}

bool AnchorerPrivate::isWholeBlockAt(qsizetype start, qsizetype end) const
{
    const qsizetype from = m_norm.originalStart(start);
    const qsizetype to = m_norm.originalEnd(start, end);
    return (from == 0 || m_text[from - 1] == u'\n') && (to >= m_text.size() || m_text[to] == u'\n');
}

bool AnchorerPrivate::sharesBlockEdge(const Model::Selector &s, qsizetype start, qsizetype end) const
{
    const qsizetype from = m_norm.originalStart(start);
    const qsizetype to = m_norm.originalEnd(start, end);
    const bool startsBlock = from == 0 || m_text[from - 1] == u'\n';
    const bool endsBlock = to >= m_text.size() || m_text[to] == u'\n';
    const bool startedBlock = s.prefix.endsWith(u'\n') || (s.prefix.isEmpty() && !s.suffix.isEmpty());
    const bool endedBlock = s.suffix.startsWith(u'\n') || (s.suffix.isEmpty() && !s.prefix.isEmpty());
    return (startsBlock && startedBlock) || (endsBlock && endedBlock);
}

int AnchorerPrivate::prefixCost(const Query &q, qsizetype start) const
{
    if (q.prefix.isEmpty() && q.atTextStart) {
        return int(std::min(start, Query::MaxContext)); // the text skipped before the passage
    }
    if (q.prefix.isEmpty() || start <= 0) {
        return 0;
    }
    const QString &t = m_norm.text();
    const auto at = [&](qsizetype j) {
        return t[start - 1 - j];
    };
    if (start < q.prefix.size()) {
        return anchoredDistance(q.prefix, true, start, at); // cut at the text's start
    }
    return contextDistance(q.reversedPrefix, start, at);
}

int AnchorerPrivate::suffixCost(const Query &q, qsizetype end) const
{
    const QString &t = m_norm.text();
    if (q.suffix.isEmpty() && q.atTextEnd) {
        return int(std::min(t.size() - end, Query::MaxContext));
    }
    if (q.suffix.isEmpty() || end >= t.size()) {
        return 0;
    }
    const auto at = [&](qsizetype j) {
        return t[end + j];
    };
    if (t.size() - end < q.suffix.size()) {
        return anchoredDistance(q.suffix, false, t.size() - end, at); // cut at the text's end
    }
    return contextDistance(q.suffixPattern, t.size() - end, at);
}

} // namespace Glossa::Anchor
