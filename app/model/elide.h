// SPDX-License-Identifier: GPL-3.0-or-later
// Shortening a text for a glance (a list row, a tooltip, a menu, a title made from the first
// words): the one place that decides how a cut text ends, with "…" (U+2026). The reader page's
// script has its own copy for the note glance in navigation.js.
#pragma once

#include <QString>

namespace Glossa::Model {

// `text` unchanged when it has at most `maxLength` UTF-16 code units; otherwise its first
// maxLength - 1 followed by "…" (never splitting a surrogate pair).
QString elided(const QString &text, qsizetype maxLength);

// Like elided(), but cut at the last word boundary that fits, dropping trailing spaces and the
// punctuation that would dangle before "…" (",;:–-("). A single word longer than maxLength is cut
// inside it.
QString elidedAtWord(const QString &text, qsizetype maxLength);

} // namespace Glossa::Model
