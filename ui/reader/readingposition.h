// SPDX-License-Identifier: GPL-3.0-or-later
// Where the reader had got to in each article, so it opens there again: a canonical-text offset of
// the first text in view (0, or nothing stored, for the top). A per-user thing, like the text size,
// so it lives in QSettings ("readingPosition/<articleId>"), not in the library.
#pragma once

#include <QString>

namespace Glossa::Ui::ReadingPosition {

qsizetype load(const QString &articleId);
// Stores `offset` (0 forgets the article: it opens at the top).
void store(const QString &articleId, qsizetype offset);

} // namespace Glossa::Ui::ReadingPosition
