// SPDX-License-Identifier: GPL-3.0-or-later
// A block is one unit of an article's extracted text (a heading, a paragraph, a code block…).
// Blocks are what the reader renders and what annotations ultimately point into.
#pragma once

#include "mark.h"

#include <QList>
#include <QString>

#include <optional>

namespace Glossa::Model {

// TableRow: one row of a table, its cells joined by " | " in the text and marked as Cell marks; level 1
// for a header row, ordinal the row's number in its table (1 starts a new table).
// Footnote: the text of footnote number `ordinal`, in the footnote section that ends the article.
enum class BlockType { Heading, Paragraph, Quote, ListItem, Code, Caption, Separator, TableRow, Footnote };

// The names used in JSON (`glossa extract`, `glossa show`) and in the store.
QString blockTypeName(BlockType type);
std::optional<BlockType> blockTypeFromName(const QString &name);

struct Block {
    BlockType type = BlockType::Paragraph;
    int level = 0; // heading level 1–6, or list depth from 1; 0 for other blocks
    int ordinal = 0; // number of an ordered list item; 0 for a bullet
    QString language; // code blocks: the language named by the source (e.g. "cpp"), may be empty
    QString text; // the block's text, exactly as it appears in the canonical text
    qsizetype start = 0; // [start, end) in the revision's canonical text, UTF-16 code units
    qsizetype end = 0;
    QList<Mark> marks; // inline formatting, in the block's own offsets (0 = the block's first character)

    friend bool operator==(const Block &, const Block &) = default;
};

} // namespace Glossa::Model
