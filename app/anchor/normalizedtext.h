// SPDX-License-Identifier: GPL-3.0-or-later
// A view of a text in which whitespace and typographic variants look the same, with a map back to
// the original offsets. Anchoring matches in this view so that a site switching to curly quotes,
// non-breaking spaces, en/em dashes or an ellipsis character never costs an annotation its match.
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace Glossa::Anchor {

class NormalizedText final
{
public:
    NormalizedText() = default;
    explicit NormalizedText(QStringView original);

    // Only the normalised string, for selector parts that need no way back (quote, prefix, suffix).
    static QString normalize(QStringView original);

    const QString &text() const { return m_text; }
    qsizetype size() const { return m_text.size(); }

    // The original range covered by the normalised range [start, end). An empty normalised range
    // maps to an empty original range at the start of what follows it.
    qsizetype originalStart(qsizetype start) const;
    qsizetype originalEnd(qsizetype start, qsizetype end) const;
    // The first normalised offset whose original character starts at or after `original`.
    qsizetype fromOriginal(qsizetype original) const;

private:
    QString m_text;
    // For each normalised code unit: where its original character(s) start and end. A collapsed
    // whitespace run or an expanded ellipsis map several units to one original span.
    // 32-bit: texts past 2 GB code units are not anchored, and the maps are half the memory traffic.
    std::vector<qint32> m_start;
    std::vector<qint32> m_end;
    qsizetype m_originalSize = 0;
};

} // namespace Glossa::Anchor
