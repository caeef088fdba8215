// SPDX-License-Identifier: GPL-3.0-or-later
// Where each q-gram (q = 4 code units) occurs in a text: the index that keeps anchoring fast on long
// texts. Exact quotes are found by checking the occurrences of their rarest q-gram, and approximate
// search only visits the windows where many of the selector's q-grams line up. Built in O(n) with a
// counting sort into hash buckets (no suffix array).
#pragma once

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace Glossa::Anchor {

class QGramIndex final
{
public:
    static constexpr qsizetype Q = 4;

    QGramIndex() = default;
    explicit QGramIndex(QStringView text);

    // The positions (ascending) whose q-gram falls in the same bucket as `gram` (gram.size() == Q).
    // Bucket neighbours with another q-gram may be included: callers verify.
    std::span<const std::uint32_t> candidates(QStringView gram) const;

private:
    std::uint32_t bucketOf(QStringView gram) const;

    std::uint32_t m_mask = 0;
    std::vector<std::uint32_t> m_bucketStart; // m_mask + 2 entries
    std::vector<std::uint32_t> m_positions;
};

} // namespace Glossa::Anchor
