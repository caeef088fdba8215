// SPDX-License-Identifier: GPL-3.0-or-later
#include "myers.h"

#include <algorithm>

namespace Glossa::Anchor {

namespace {

using Word = std::uint64_t;
constexpr Word HighBit = Word(1) << 63;

// One 64-row block of one text column (Hyyrö's formulation). `hin` is the horizontal delta
// entering from the block above (-1, 0, +1); the return value is the delta leaving its row `outBit`.
inline int advanceBlock(Word &pv, Word &mv, Word eq, int hin, Word outBit)
{
    const Word hinNeg = hin < 0 ? 1 : 0;
    const Word hinPos = hin > 0 ? 1 : 0;
    const Word xv = eq | mv;
    eq |= hinNeg;
    const Word xh = (((eq & pv) + pv) ^ pv) | eq;
    Word ph = mv | ~(xh | pv);
    Word mh = pv & xh;
    int hout = 0;
    if (ph & outBit) {
        hout = 1;
    } else if (mh & outBit) {
        hout = -1;
    }
    ph = (ph << 1) | hinPos;
    mh = (mh << 1) | hinNeg;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
    return hout;
}

} // namespace

MyersPattern::MyersPattern(QStringView pattern)
    : m_size(pattern.size())
    , m_blocks((pattern.size() + 63) / 64)
    , m_latin(256, 0)
{
    // Symbols are numbered in order of first appearance; patterns are built for every anchoring,
    // so this avoids sorting the alphabet.
    std::uint16_t symbols = 0;
    std::vector<std::uint16_t> symbolAt(std::size_t(pattern.size()));
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const char16_t c = pattern[i].unicode();
        std::uint16_t symbol = 0;
        if (c < 256) {
            symbol = m_latin[c];
            if (symbol == 0) {
                symbol = m_latin[c] = ++symbols;
            }
        } else {
            const auto it = std::find_if(m_other.cbegin(), m_other.cend(), [c](const auto &e) { return e.first == c; });
            if (it != m_other.cend()) {
                symbol = it->second;
            } else {
                symbol = ++symbols;
                m_other.emplace_back(c, symbol);
            }
        }
        symbolAt[std::size_t(i)] = symbol;
    }
    std::sort(m_other.begin(), m_other.end());
    m_peq.assign((std::size_t(symbols) + 1) * std::size_t(m_blocks), 0);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        m_peq[std::size_t(symbolAt[std::size_t(i)] * m_blocks + i / 64)] |= Word(1) << (i % 64);
    }
}

qsizetype MyersPattern::indexOf(char16_t c) const
{
    if (c < 256) {
        return m_latin[c];
    }
    const auto it = std::lower_bound(m_other.cbegin(), m_other.cend(), c,
        [](const std::pair<char16_t, std::uint16_t> &e, char16_t v) { return e.first < v; });
    return it != m_other.cend() && it->first == c ? it->second : 0;
}

std::vector<int> MyersPattern::distances(QStringView text, bool anchored) const
{
    std::vector<int> out;
    if (m_size == 0) {
        return out;
    }
    out.resize(std::size_t(text.size()));
    std::vector<Word> pv(std::size_t(m_blocks), ~Word(0));
    std::vector<Word> mv(std::size_t(m_blocks), 0);
    const Word lastBit = Word(1) << ((m_size - 1) % 64);
    int score = int(m_size);
    if (m_blocks == 1) {
        // The common case (quotes and contexts up to 64 code units), without the block loop.
        Word p = ~Word(0);
        Word mw = 0;
        const int carry = anchored ? 1 : 0;
        for (qsizetype j = 0; j < text.size(); ++j) {
            score += advanceBlock(p, mw, m_peq[std::size_t(indexOf(text[j].unicode()))], carry, lastBit);
            out[std::size_t(j)] = score;
        }
        return out;
    }
    for (qsizetype j = 0; j < text.size(); ++j) {
        const Word *eq = m_peq.data() + indexOf(text[j].unicode()) * m_blocks;
        // Row 0 is all zeros when searching (a match may start anywhere), 0, 1, 2… when anchored.
        int carry = anchored ? 1 : 0;
        for (qsizetype b = 0; b < m_blocks; ++b) {
            const bool last = b == m_blocks - 1;
            carry = advanceBlock(pv[std::size_t(b)], mv[std::size_t(b)], eq[b], carry, last ? lastBit : HighBit);
        }
        score += carry;
        out[std::size_t(j)] = score;
    }
    return out;
}

} // namespace Glossa::Anchor
