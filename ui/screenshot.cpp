// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshot.h"

#include "export/printcontroller.h"
#include "mainwindow.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"

#include <QApplication>
#include <QImage>
#include <QPageSize>
#include <QPixmap>
#include <QPrinter>
#include <QTimer>

#include <cstdio>

namespace Glossa::Ui {

namespace {
void fail(const QString &message)
{
    std::fprintf(stderr, "glossa: %s\n", qUtf8Printable(message));
    QCoreApplication::exit(1);
}

// The article as File › Print lays it out (highlight colours, notes in the margin, the footer),
// printed to a file on A4.
void savePdf(MainWindow *window, const QString &path)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    printer->setPageSize(QPageSize(QPageSize::A4));
    QObject::connect(
        window->printController(), &PrintController::done, window,
        [printer, path](bool ok) {
            delete printer;
            if (!ok) {
                fail(QCoreApplication::translate("Glossa::Ui::Screenshot", "could not write the PDF to %1").arg(path));
                return;
            }
            QCoreApplication::exit(0);
        },
        Qt::SingleShotConnection);
    window->printController()->print(window->reader()->articleId(), printer);
}
} // namespace

void takeScreenshotWhenPainted(MainWindow *window, const QString &path, int annotation)
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
        [window, path, timeout, annotation] {
            timeout->stop();
            for (int i = 0; i < annotation; ++i) {
                window->controller()->focusNeighbour(+1);
            }
            // The page reports after its second animation frame; give the compositor one more
            // frame to hand the pixels to the widget (and, after a jump, time to scroll and for the
            // flash marking where it landed to fade).
            QTimer::singleShot(annotation > 0 ? 1100 : 150, window, [window, path] {
                if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
                    savePdf(window, path);
                    return;
                }
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
