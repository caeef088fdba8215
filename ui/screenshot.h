// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa --screenshot FILE.png`: waits until the article is painted, saves the whole window as a
// PNG and quits; FILE.pdf saves the article as it prints instead. Works offscreen; used by tests,
// the README's picture and for looking at the UI and the print layout.
#pragma once

#include <QString>

namespace Glossa::Ui {

class MainWindow;

// Arranges for the screenshot; the application exits with 0 once the file is written, or with 1
// (and a message on stderr) when the file cannot be written or the page never paints.
// `annotation` > 0 first moves to that highlight of the article (in text order, from 1).
void takeScreenshotWhenPainted(MainWindow *window, const QString &path, int annotation = 0);

} // namespace Glossa::Ui
