// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorswatch.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace Glossa::Ui {

QIcon colorSwatch(const QColor &color, SwatchShape shape, QSize size)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    // The outline grows with the swatch (1 px for a list chip, 2 px for a 32-px button).
    const qreal pen = size.height() >= 24 ? 2 : 1;
    p.setPen(QPen(color.darker(shape == SwatchShape::Circle ? 140 : 150), pen));
    p.setBrush(color);
    const qreal inset = shape == SwatchShape::Circle ? 3 : 1.5;
    const QRectF box = QRectF(QPointF(0, 0), QSizeF(size)).adjusted(inset, inset, -inset, -inset);
    if (shape == SwatchShape::Circle) {
        p.drawEllipse(box);
    } else {
        const qreal radius = qMin<qreal>(3, box.height() / 4);
        p.drawRoundedRect(box, radius, radius);
    }
    return QIcon(pixmap);
}

} // namespace Glossa::Ui
