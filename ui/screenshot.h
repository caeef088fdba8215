// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa --screenshot FILE.png`: waits until the article is painted, saves the whole window as a
// PNG and quits. Works offscreen; used by tests, the README's picture and for looking at the UI.
#pragma once

#include <QString>

namespace Glossa::Ui {

class MainWindow;

// Arranges for the screenshot; the application exits with 0 once the file is written, or with 1
// (and a message on stderr) when the file cannot be written or the page never paints.
void takeScreenshotWhenPainted(MainWindow *window, const QString &path);

} // namespace Glossa::Ui
