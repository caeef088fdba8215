// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingposition.h"

#include <QSettings>

#include <algorithm>

namespace Glossa::Ui::ReadingPosition {

namespace {
QString key(const QString &articleId)
{
    return QStringLiteral("readingPosition/%1").arg(articleId);
}
} // namespace

qsizetype load(const QString &articleId)
{
    return std::max<qsizetype>(0, QSettings().value(key(articleId), 0).toLongLong());
}

void store(const QString &articleId, qsizetype offset)
{
    QSettings settings;
    if (offset > 0) {
        settings.setValue(key(articleId), qint64(offset));
    } else {
        settings.remove(key(articleId));
    }
}

} // namespace Glossa::Ui::ReadingPosition
