// SPDX-License-Identifier: GPL-3.0-or-later
// A revision is one immutable extracted version of an article: its blocks and the canonical text
// they make when joined by a blank line. Every selector in the library points into that text.
#pragma once

#include "block.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Glossa::Model {

class Revision
{
public:
    static constexpr QStringView BlockSeparator = u"\n\n";

    Revision() = default;
    // Builds a revision from blocks in reading order: fills each block's [start, end) and the
    // canonical text. Blocks whose text is empty (after trimming) are dropped, except separators,
    // which carry no text but keep their place.
    static Revision fromBlocks(QList<Block> blocks);

    const QList<Block> &blocks() const { return m_blocks; }
    const QString &canonicalText() const { return m_text; }
    bool isEmpty() const { return m_blocks.isEmpty(); }

    // The index of the block holding canonical offset `offset` (the following block for an offset in
    // a separator), or -1 when the offset is outside the text.
    qsizetype blockIndexAt(qsizetype offset) const;

    // Identity and provenance, filled by the store.
    QString id;
    QString articleId;
    QDateTime created;
    QString contentHash; // SHA-256 of the canonical text, hex
    // The source the blocks were extracted from, kept so extraction can be re-run later without
    // losing annotations, and its format ("markdown", "html", "text").
    QString rawSource;
    QString sourceFormat;

private:
    QList<Block> m_blocks;
    QString m_text;
};

} // namespace Glossa::Model
