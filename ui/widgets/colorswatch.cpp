// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorswatch.h"

#include <QPainter>
#include <QPixmap>

namespace Glossa::Ui {

QColor toQColor(Model::Rgb color)
{
    return color.isValid() ? QColor(color.red(), color.green(), color.blue()) : QColor();
}

Model::Rgb fromQColor(const QColor &color)
{
    if (!color.isValid()) {
        return {};
    }
    const QColor rgb = color.toRgb();
    return Model::Rgb(rgb.red(), rgb.green(), rgb.blue());
}

QIcon colorSwatch(Model::Rgb rgb, SwatchShape shape, QSize size)
{
    const QColor color = toQColor(rgb);
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
