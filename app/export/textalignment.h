// SPDX-License-Identifier: GPL-3.0-or-later
// Where each character of an article's canonical text is in the text of its printed PDF. The printed
// text holds the article's words, but also words that are not in it (the title and byline heading
// the page, margin notes read in among the paragraphs, list markers), breaks lines and pages where
// the canonical text runs on, may hyphenate a word at a line's end, and may write a ligature as one
// character. The alignment skips inserted runs instead of searching for each passage's words,
// which repeat: it matches whole words first (those that occur once on both sides anchor the rest,
// as in a patience diff), then the characters of the words left over between matched ones.
#pragma once

#include <QStringView>

#include <vector>

namespace Glossa::Export {

// For each UTF-16 unit of `canonical`, the index of the unit of `printed` that shows it, or -1 (a
// space, or a character the printed text lacks). Whitespace, case, typographic quotes and dashes,
// soft hyphens and compatibility forms (ligatures) do not count as differences.
std::vector<qsizetype> alignPrintedText(QStringView canonical, QStringView printed);

} // namespace Glossa::Export
