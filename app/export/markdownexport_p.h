// SPDX-License-Identifier: GPL-3.0-or-later
// Text helpers the Markdown export's files share (markdownexport.cpp, markdowndiscussion.cpp).
#pragma once

#include <QString>
#include <QStringList>

namespace Glossa::Export::MarkdownPrivate {

// The lines of `text` with Windows and old Mac line ends made "\n", trailing spaces removed.
QStringList lines(QString text);
// `text` as Markdown lines inside a blockquote, shown literally: every line of every paragraph stays
// in the quote (an empty line is ">", not a blank line that would end it).
QString blockquote(const QString &text);
// A note as written, its line ends normalised and its surrounding blank lines dropped.
QString noteText(const QString &markdown);

} // namespace Glossa::Export::MarkdownPrivate
