// SPDX-License-Identifier: GPL-3.0-or-later
// Approximate string matching with Myers' bit-parallel algorithm (Myers 1999; the blocked form for
// patterns longer than one 64-bit word follows Hyyrö 2003). It gives, for every end position in a
// text window, the smallest edit distance between the pattern and a substring ending there, in
// O(n * ceil(m / 64)) word operations. Anchoring runs it only on small windows the q-gram index or
// the position hint picked, never over a whole long text per annotation.
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace Glossa::Anchor {

class MyersPattern final
{
public:
    explicit MyersPattern(QStringView pattern);

    qsizetype size() const { return m_size; }

    // distances[j]: the edit distance of the pattern to the best substring of `text` ending just
    // before j + 1 (the start is free). With `anchored`, the substring must start at text[0]: the
    // plain edit distance to text[0..j]. Empty for an empty pattern.
    std::vector<int> distances(QStringView text, bool anchored = false) const;

private:
    qsizetype indexOf(char16_t c) const;

    qsizetype m_size = 0;
    qsizetype m_blocks = 0;
    // Peq bit vectors, m_blocks words per symbol; symbol 0 stands for "not in the pattern".
    std::vector<std::uint64_t> m_peq;
    std::vector<std::uint16_t> m_latin; // symbol of code units below 256
    std::vector<std::pair<char16_t, std::uint16_t>> m_other; // sorted, for the rest
};

} // namespace Glossa::Anchor
