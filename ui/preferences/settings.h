// SPDX-License-Identifier: GPL-3.0-or-later
// The person's own settings, kept per user and machine in QSettings rather than in the library: a
// library handed to a colleague keeps each highlight's style and each colour's meaning, while the
// text size, the style of new highlights, the theme and where each article was left belong to the
// reader. Every key Glossa stores is named here and nowhere else.
#pragma once

#include "model/annotation.h"

#include <QString>

namespace Glossa::Ui::Settings {

// The article's text size as a factor of the default, kept within [MinFontScale, MaxFontScale].
inline constexpr qreal MinFontScale = 0.6;
inline constexpr qreal MaxFontScale = 2.5;
qreal fontScale();
// Stores `scale` clamped to the range, and returns what was stored.
qreal setFontScale(qreal scale);

// The style new highlights get (fill unless the reader chose underline).
Model::HighlightStyle defaultStyle();
void setDefaultStyle(Model::HighlightStyle style);

// The theme chosen in the preferences: "system", "light" or "dark" (see Theme::fromName).
QString themeName();
void setThemeName(const QString &name);

// Where the reader had got to in an article: the canonical-text offset of the first text in view
// (0, or nothing stored, for the top). Storing 0 forgets the article.
qsizetype readingPosition(const QString &articleId);
void setReadingPosition(const QString &articleId, qsizetype offset);

// The relation the last link was made with (as stored: "supports", "same-topic", the user's words),
// offered first by the next one; empty when none was made yet.
QString lastLinkRelation();
void setLastLinkRelation(const QString &relation);

} // namespace Glossa::Ui::Settings
