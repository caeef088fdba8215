// SPDX-License-Identifier: GPL-3.0-or-later
// Glossa's own URL scheme, `glossa:`. The reader page and everything it loads come from it;
// nothing else may be loaded into the reader.
#pragma once

#include <QString>
#include <QUrl>

namespace Glossa::Ui {

inline constexpr QStringView kScheme = u"glossa";
inline constexpr QStringView kAppHost = u"app";

// Must run before the QApplication is created.
void registerGlossaScheme();

// glossa://app/<path>
QUrl appUrl(const QString &path);
// The reader page of an article.
QUrl articleUrl(const QString &articleId);

bool isGlossaUrl(const QUrl &url);

} // namespace Glossa::Ui
