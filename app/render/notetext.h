// SPDX-License-Identifier: GPL-3.0-or-later
// A note's Markdown as plain text for places that show a glance of it (the Annotations pane, the
// hover tooltip): the words without the markup, one line per paragraph, heading or list item.
#pragma once

#include <QString>

namespace Glossa::Render {

class NoteText
{
public:
    // "**Key** point\n\n- one\n- two" becomes "Key point\n• one\n• two". Raw HTML is kept as
    // text, as NoteHtml shows it; links keep their text, images their alt text.
    static QString plain(const QString &markdown);
};

} // namespace Glossa::Render
