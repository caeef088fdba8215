// SPDX-License-Identifier: GPL-3.0-or-later
// The text of a printed PDF with where each character sits, and the parts of a passage as they fall
// on the printed lines: what a PDF annotation's quads are made of. Poppler fills a PrintedText
// (pdfannotator.cpp); everything here is plain geometry, so it is tested without a PDF.
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <vector>

namespace Glossa::Export {

// Where one UTF-16 unit of the printed text is: its page (from 0), its line (numbered through the
// whole document) and its box in points, from the page's top left. Separators between words have
// page -1.
struct PrintedChar {
    int page = -1;
    int line = -1;
    QRectF box;
};

struct PrintedText {
    QString text;
    std::vector<PrintedChar> chars; // one per unit of text

    // Appends a word (its characters' boxes, one per unit of `word`) and, with `space`, a space.
    // `newLine`: the word starts a new line.
    void appendWord(const QString &word, int page, const QList<QRectF> &boxes, bool newLine);
    void appendSpace();

private:
    int m_line = -1;
};

// A passage's part on one printed line: a PDF annotation quad.
struct PassageFragment {
    int page = 0;
    QRectF rect; // in points, from the page's top left
};

// The fragments of the canonical passage [start, end), in reading order: one per printed line the
// passage covers, spanning its characters there. `map` is alignPrintedText()'s answer for the
// canonical text and `printed.text`. Empty when none of the passage's characters were found.
QList<PassageFragment> passageFragments(
    const PrintedText &printed, const std::vector<qsizetype> &map, qsizetype start, qsizetype end);

} // namespace Glossa::Export
