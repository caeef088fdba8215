// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepoints.h"

#include <algorithm>

namespace Glossa::Export {

CodePoints::CodePoints(QStringView text)
    : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_pairs.append(i);
            ++i;
        }
    }
}

qsizetype CodePoints::toCodePoints(qsizetype offset) const
{
    // Every pair starting before `offset` took two code units for one code point.
    const auto pairsBefore = std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), offset) - m_pairs.cbegin();
    const bool insidePair = pairsBefore > 0 && m_pairs[pairsBefore - 1] + 1 == offset;
    return offset - pairsBefore + (insidePair ? 1 : 0);
}

qsizetype CodePoints::toUtf16(qsizetype index) const
{
    // Pair k starts at code point m_pairs[k] - k; the pairs starting before `index` each add a unit.
    qsizetype lo = 0;
    qsizetype hi = m_pairs.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_pairs[mid] - mid < index) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return index + lo;
}

} // namespace Glossa::Export
