// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF's annotation pass against the print it goes over: a long article (about 20
// printed pages, the reader benchmarks' prose) with 200 highlights, 60 of them with notes, printed by
// Chromium as File › Print lays it out, then annotatePrintedPdf() over the printed bytes. DESIGN.md
// asks the whole export to take at most 1.5× the print; the pass's share is annotate/print.
// Prints: bench pdfexport.pages / pdfexport.print_ms / pdfexport.annotate_ms / pdfexport.annotate_ratio
// / pdfexport.unplaced
#include "benchstats.h"
#include "export/pdfannotator.h"
#include "library/library.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "readerbenchdata.h"
#include "web/glossascheme.h"

#include <poppler-qt6.h>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPageLayout>
#include <QPageSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>

#include <cstdio>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

// Waits for `signal` of `sender`, at most a minute; false on timeout.
template<typename Sender, typename Signal> bool waitFor(Sender *sender, Signal signal)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    return fired;
}

// About 20 printed pages.
constexpr int Words = 4500;

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    Ui::registerGlossaScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);

    QTemporaryDir dir;
    Library library;
    Store::OpenOptions options;
    options.create = true;
    if (library.open(dir.filePath(u"lib"_s), options).failed()) {
        std::fprintf(stderr, "bench_pdfexport: cannot create a library\n");
        return 1;
    }
    const QString id = Bench::importArticle(library, Bench::sampleMarkdown(Words), u"long.md"_s);
    if (id.isEmpty() || !Bench::annotate(library, id, 200, 60)) {
        return 1;
    }
    const QString text = library.currentRevision(id).value_or(Model::Revision {}).canonicalText();
    const QList<Model::Annotation> annotations = library.annotations(id);

    Ui::MainWindow window(&library);
    window.show();
    window.openArticleAt(0);
    if (!waitFor(window.reader(), &Ui::ReaderView::articlePainted)) {
        std::fprintf(stderr, "bench_pdfexport: the article was not painted\n");
        return 1;
    }
    QList<double> printTimes;
    QByteArray printed;
    for (int run = 0; run < 3; ++run) {
        const QString path = dir.filePath(u"printed.pdf"_s);
        QElapsedTimer timer;
        timer.start();
        window.reader()->page()->printToPdf(
            path, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
        if (!waitFor(window.reader()->page(), &QWebEnginePage::pdfPrintingFinished)) {
            std::fprintf(stderr, "bench_pdfexport: the page was not printed\n");
            return 1;
        }
        printTimes.append(double(timer.nsecsElapsed()) / 1e6);
        QFile f(path);
        printed = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QList<double> annotateTimes;
    Export::PdfAnnotationReport report;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        const Result<QByteArray> result = Export::annotatePrintedPdf(
            printed, text, annotations, library.palette(), {u"Long"_s, u"Bench"_s, {}, u"en"_s, {}}, &report);
        annotateTimes.append(double(timer.nsecsElapsed()) / 1e6);
        if (!result) {
            std::fprintf(stderr, "bench_pdfexport: %s\n", qPrintable(result.error().message));
            return 1;
        }
    }
    const Bench::Spread print = Bench::spread(printTimes);
    const Bench::Spread annotate = Bench::spread(annotateTimes);
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(printed);
    std::printf("bench pdfexport.pages %d pages\n", document ? document->numPages() : 0);
    Bench::print("pdfexport.print_ms", print, "ms");
    Bench::print("pdfexport.annotate_ms", annotate, "ms");
    std::printf("bench pdfexport.annotate_ratio %.2f x\n", annotate.median / print.median);
    std::printf("bench pdfexport.unplaced %d annotations (of %d; highlights %d, underlines %d, notes %d objects)\n",
        int(report.unplaced.size()), int(annotations.size()), report.highlights, report.underlines, report.notes);
    return 0;
}
