// SPDX-License-Identifier: GPL-3.0-or-later
// Converting offsets in a text between UTF-16 code units (Glossa's selectors, QString indices) and
// Unicode code points (W3C TextPositionSelector). Built once per text: a conversion is a binary
// search over the text's surrogate pairs, so converting every annotation of a long article is cheap.
#pragma once

#include <QList>
#include <QStringView>

namespace Glossa::Export {

class CodePoints
{
public:
    explicit CodePoints(QStringView text);

    // The text's length in code points.
    qsizetype length() const { return m_utf16Length - m_pairs.size(); }
    // The number of code points before UTF-16 offset `offset` (0 ≤ offset ≤ the text's size). An
    // offset inside a surrogate pair counts the pair's code point as before it.
    qsizetype toCodePoints(qsizetype offset) const;
    // The UTF-16 offset of code point `index` (0 ≤ index ≤ length()).
    qsizetype toUtf16(qsizetype index) const;

private:
    qsizetype m_utf16Length = 0;
    QList<qsizetype> m_pairs; // UTF-16 offset of each surrogate pair's high half, ascending
};

} // namespace Glossa::Export
