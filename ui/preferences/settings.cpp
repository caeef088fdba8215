// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QSettings>

#include <algorithm>

namespace Glossa::Ui::Settings {

namespace {
const QString FontScaleKey = QStringLiteral("reader/fontScale");
const QString DefaultStyleKey = QStringLiteral("highlights/defaultStyle");
const QString ThemeKey = QStringLiteral("appearance/theme");
const QString LinkRelationKey = QStringLiteral("links/lastRelation");

QString readingPositionKey(const QString &articleId)
{
    return QStringLiteral("readingPosition/%1").arg(articleId);
}
} // namespace

qreal fontScale()
{
    return std::clamp(QSettings().value(FontScaleKey, 1.0).toReal(), MinFontScale, MaxFontScale);
}

qreal setFontScale(qreal scale)
{
    const qreal clamped = std::clamp(scale, MinFontScale, MaxFontScale);
    QSettings().setValue(FontScaleKey, clamped);
    return clamped;
}

Model::HighlightStyle defaultStyle()
{
    return Model::highlightStyleFromName(QSettings().value(DefaultStyleKey).toString());
}

void setDefaultStyle(Model::HighlightStyle style)
{
    QSettings().setValue(DefaultStyleKey, Model::highlightStyleName(style));
}

QString themeName()
{
    return QSettings().value(ThemeKey).toString();
}

void setThemeName(const QString &name)
{
    QSettings().setValue(ThemeKey, name);
}

qsizetype readingPosition(const QString &articleId)
{
    return std::max<qsizetype>(0, QSettings().value(readingPositionKey(articleId), 0).toLongLong());
}

void setReadingPosition(const QString &articleId, qsizetype offset)
{
    QSettings settings;
    if (offset > 0) {
        settings.setValue(readingPositionKey(articleId), qint64(offset));
    } else {
        settings.remove(readingPositionKey(articleId));
    }
}

QString lastLinkRelation()
{
    return QSettings().value(LinkRelationKey).toString();
}

void setLastLinkRelation(const QString &relation)
{
    QSettings().setValue(LinkRelationKey, relation);
}

} // namespace Glossa::Ui::Settings
