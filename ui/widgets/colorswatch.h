// SPDX-License-Identifier: GPL-3.0-or-later
// A palette colour as a small icon: the selection toolbar's round buttons, the palette page's and
// the Annotations pane's rectangles. A darker outline keeps pale colours visible on any background.
// Also the one place where the model's GUI-free colours meet QColor.
#pragma once

#include "model/rgb.h"

#include <QColor>
#include <QIcon>

class QSize;

namespace Glossa::Ui {

enum class SwatchShape {
    Circle, // a round button face (selection toolbar)
    RoundedRect, // a chip in a list or a table
};

QIcon colorSwatch(Model::Rgb color, SwatchShape shape, QSize size);

// No colour (an invalid Rgb) and an invalid QColor answer each other; an alpha is dropped.
QColor toQColor(Model::Rgb color);
Model::Rgb fromQColor(const QColor &color);

} // namespace Glossa::Ui
