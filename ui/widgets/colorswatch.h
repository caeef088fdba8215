// SPDX-License-Identifier: GPL-3.0-or-later
// A palette colour as a small icon: the selection toolbar's round buttons, the palette page's and
// the Annotations pane's rectangles. A darker outline keeps pale colours visible on any background.
#pragma once

#include <QIcon>

class QColor;
class QSize;

namespace Glossa::Ui {

enum class SwatchShape {
    Circle, // a round button face (selection toolbar)
    RoundedRect, // a chip in a list or a table
};

QIcon colorSwatch(const QColor &color, SwatchShape shape, QSize size);

} // namespace Glossa::Ui
