// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "mainwindow.h"
#include "readerview.h"

#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace Glossa::Ui {

namespace {
void fail(const QString &message)
{
    std::fprintf(stderr, "glossa: %s\n", qUtf8Printable(message));
    QCoreApplication::exit(1);
}
} // namespace

void takeScreenshotWhenPainted(MainWindow *window, const QString &path)
{
    // A page that never paints must not hang a script or a test forever.
    auto *timeout = new QTimer(window);
    timeout->setSingleShot(true);
    QObject::connect(timeout, &QTimer::timeout, window, [] {
        fail(QCoreApplication::translate("Glossa::Ui::Screenshot", "the article was not painted within 60 seconds"));
    });
    timeout->start(60'000);

    QObject::connect(
        window->reader(), &ReaderView::articlePainted, window,
        [window, path, timeout] {
            timeout->stop();
            // The page reports after its second animation frame; give the compositor one more
            // frame to hand the pixels to the widget.
            QTimer::singleShot(150, window, [window, path] {
                const QImage image = window->grab().toImage();
                if (!image.save(path, "PNG")) {
                    fail(QCoreApplication::translate("Glossa::Ui::Screenshot", "could not write the screenshot to %1")
                            .arg(path));
                    return;
                }
                QCoreApplication::exit(0);
            });
        },
        Qt::SingleShotConnection);
}

} // namespace Glossa::Ui
