// SPDX-License-Identifier: GPL-3.0-or-later
#include "qgramindex.h"

#include <algorithm>
#include <bit>

namespace Glossa::Anchor {

namespace {

inline std::uint64_t gramKey(const QChar *p)
{
    return std::uint64_t(p[0].unicode()) | (std::uint64_t(p[1].unicode()) << 16) | (std::uint64_t(p[2].unicode()) << 32)
        | (std::uint64_t(p[3].unicode()) << 48);
}

inline std::uint32_t mix(std::uint64_t key)
{
    key ^= key >> 29;
    key *= 0xbf58476d1ce4e5b9ULL;
    key ^= key >> 32;
    return std::uint32_t(key);
}

} // namespace

static_assert(QGramIndex::Q == 4, "gramKey packs exactly four code units");

QGramIndex::QGramIndex(QStringView text)
{
    const qsizetype count = text.size() - Q + 1;
    if (count <= 0) {
        return;
    }
    // About one bucket per position keeps chains short without a large table for short texts.
    const unsigned bits = std::clamp(unsigned(std::bit_width(std::uint64_t(count))), 8u, 24u);
    m_mask = (std::uint32_t(1) << bits) - 1;
    std::vector<std::uint32_t> bucket(static_cast<std::size_t>(count));
    m_bucketStart.assign(std::size_t(m_mask) + 2, 0);
    const QChar *data = text.data();
    for (qsizetype i = 0; i < count; ++i) {
        bucket[std::size_t(i)] = mix(gramKey(data + i)) & m_mask;
        ++m_bucketStart[bucket[std::size_t(i)] + 1];
    }
    for (std::size_t b = 1; b < m_bucketStart.size(); ++b) {
        m_bucketStart[b] += m_bucketStart[b - 1];
    }
    m_positions.resize(std::size_t(count));
    std::vector<std::uint32_t> fill(m_bucketStart.begin(), m_bucketStart.end() - 1);
    for (qsizetype i = 0; i < count; ++i) {
        m_positions[fill[bucket[std::size_t(i)]]++] = std::uint32_t(i);
    }
}

std::uint32_t QGramIndex::bucketOf(QStringView gram) const
{
    return mix(gramKey(gram.data())) & m_mask;
}

std::span<const std::uint32_t> QGramIndex::candidates(QStringView gram) const
{
    if (m_positions.empty() || gram.size() != Q) {
        return {};
    }
    const std::uint32_t b = bucketOf(gram);
    return {m_positions.data() + m_bucketStart[b], m_positions.data() + m_bucketStart[b + 1]};
}

} // namespace Glossa::Anchor
