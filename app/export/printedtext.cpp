// SPDX-License-Identifier: GPL-3.0-or-later
#include "printedtext.h"

#include <algorithm>

namespace Glossa::Export {

void PrintedText::appendWord(const QString &word, int page, const QList<QRectF> &boxes, bool newLine)
{
    if (newLine || m_line < 0) {
        ++m_line;
    }
    text.append(word);
    for (qsizetype i = 0; i < word.size(); ++i) {
        // A box per character, as Poppler gives them; a unit without one (the second half of a
        // surrogate pair Poppler counted as one character) shares the last.
        const QRectF box = boxes.isEmpty() ? QRectF() : boxes.at(std::min(i, boxes.size() - 1));
        chars.push_back({page, m_line, box});
    }
}

void PrintedText::appendSpace()
{
    text.append(QLatin1Char(' '));
    chars.push_back({});
}

QList<PassageFragment> passageFragments(
    const PrintedText &printed, const std::vector<qsizetype> &map, qsizetype start, qsizetype end)
{
    std::vector<qsizetype> found;
    for (qsizetype i = std::max<qsizetype>(start, 0); i < std::min<qsizetype>(end, qsizetype(map.size())); ++i) {
        const qsizetype p = map[i];
        if (p >= 0 && p < qsizetype(printed.chars.size()) && printed.chars[p].page >= 0) {
            found.push_back(p);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());

    QList<PassageFragment> fragments;
    int line = -1;
    for (const qsizetype p : found) {
        const PrintedChar &c = printed.chars[p];
        if (c.box.isEmpty()) {
            continue;
        }
        if (fragments.isEmpty() || c.line != line) {
            // A line seen before (the alignment matched a character out of reading order) gets
            // its own fragment rather than a rectangle across what lies between.
            fragments.append({c.page, c.box});
            line = c.line;
        } else {
            fragments.last().rect = fragments.last().rect.united(c.box);
        }
    }
    return fragments;
}

} // namespace Glossa::Export
