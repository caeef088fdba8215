// SPDX-License-Identifier: GPL-3.0-or-later
// A note's Markdown as safe HTML for the margin: only a small set of tags Glossa writes itself,
// every text escaped, raw HTML shown as text, and links kept as data for the application to open
// (the page never follows them).
#pragma once

#include <QString>

namespace Glossa::Render {

class NoteHtml
{
public:
    // Allowed output: p, em, strong, code, pre, ul, ol, li, blockquote, br, del, h4 (for any
    // heading level) and <a data-href="…"> (no href, so nothing can navigate).
    static QString fromMarkdown(const QString &markdown);
};

} // namespace Glossa::Render
