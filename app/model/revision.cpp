// SPDX-License-Identifier: GPL-3.0-or-later
#include "revision.h"

#include <QCryptographicHash>

#include <algorithm>

namespace Glossa::Model {

Revision Revision::fromBlocks(QList<Block> blocks)
{
    Revision revision;
    QString text;
    for (Block &block : blocks) {
        if (block.type != BlockType::Separator && block.text.trimmed().isEmpty()) {
            continue;
        }
        if (!revision.m_blocks.isEmpty()) {
            text += BlockSeparator;
        }
        block.start = text.size();
        text += block.text;
        block.end = text.size();
        revision.m_blocks.append(std::move(block));
    }
    revision.m_text = std::move(text);
    revision.contentHash
        = QString::fromLatin1(QCryptographicHash::hash(revision.m_text.toUtf8(), QCryptographicHash::Sha256).toHex());
    return revision;
}

qsizetype Revision::blockIndexAt(qsizetype offset) const
{
    if (offset < 0 || offset > m_text.size() || m_blocks.isEmpty()) {
        return -1;
    }
    // First block whose end is past the offset; an offset inside a separator maps to the next block.
    const auto it = std::lower_bound(
        m_blocks.cbegin(), m_blocks.cend(), offset, [](const Block &b, qsizetype o) { return b.end <= o; });
    if (it == m_blocks.cend()) {
        return m_blocks.size() - 1;
    }
    return it - m_blocks.cbegin();
}

} // namespace Glossa::Model
