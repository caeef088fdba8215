// SPDX-License-Identifier: GPL-3.0-or-later
// Inline formatting kept from a source (strong, emphasis, code, links, footnote references, table
// cells) as marks over ranges of a block's text. Marks never add or remove characters: the canonical
// text that selectors point into is the same with or without them.
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Glossa::Model {

enum class MarkKind {
    Strong,
    Emphasis,
    Code,
    Strike,
    Link, // attr: the target URL (http, https or mailto only)
    FootnoteRef, // attr: the footnote's number (the ordinal of a Footnote block)
    Cell, // a table row's cell; attr: "left", "center", "right" or empty; "header" cells are the row's level
};

// The names used in the store and in JSON.
QString markKindName(MarkKind kind);
std::optional<MarkKind> markKindFromName(const QString &name);

struct Mark {
    MarkKind kind = MarkKind::Strong;
    qsizetype start = 0; // [start, end) in the block's text (the block's own offsets, from 0)
    qsizetype end = 0;
    QString attr;

    friend bool operator==(const Mark &, const Mark &) = default;
};

// Whether `url` may be kept as a link's target: an absolute http, https or mailto URL.
bool isKeptLinkTarget(const QString &url);

// Adjusts `marks` of a text from which `[from, from + removed)` is replaced by `inserted` characters:
// marks after the range shift, marks inside it shrink to its edge. Zero-length marks are dropped,
// except cells (an empty table cell is still a column).
void replaceInMarks(QList<Mark> &marks, qsizetype from, qsizetype removed, qsizetype inserted);

// `text` trimmed of white space at both ends, with `marks` moved along.
void trimWithMarks(QString &text, QList<Mark> &marks);

// Walks `text[from, to)` with the marks over it (clipped to the range; Cell marks and those `skip`
// refuses left out) as properly nested spans: `open` and `close` for each, `text` for each run of
// characters between. A mark that overlaps another without nesting is closed and opened again.
struct MarkVisitor {
    std::function<void(const Mark &)> open;
    std::function<void(const Mark &)> close;
    std::function<void(QStringView)> text;
    std::function<bool(const Mark &)> skip; // may be empty
};
void visitMarked(const QString &text, const QList<Mark> &marks, qsizetype from, qsizetype to, const MarkVisitor &v);

} // namespace Glossa::Model
