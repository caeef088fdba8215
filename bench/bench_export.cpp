// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF (offscreen WebEngine), on bench_reader's article: 20,000 words, 1,000
// highlights and 200 notes.
// - export.pdf_ms: the whole export (the reader page loaded with the annotations, printed,
//   annotated, written);
// - export.pdf_plain_ms: the same page loaded without annotations and printed, nothing more;
// - export.pdf_ratio: the first over the second, median over median (budget ≤ 1.5).
// Prints `bench <name> <value> <unit>` lines; '#' lines give spreads and sizes.
#include "benchstats.h"
#include "export/pdfexporter.h"
#include "library/library.h"
#include "reader/readerbridge.h"
#include "reader/readerpage.h"
#include "readerbenchdata.h"
#include "render/pageitems.h"
#include "web/glossascheme.h"
#include "web/readerprofile.h"
#include "web/schemehandler.h"

#include <poppler-qt6.h>
#include <QApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 5;

// Loads the page with no annotations and prints it; the milliseconds, or -1.
double printPlain(Ui::ReaderProfile &profile, Ui::ReaderPage &page, const Ui::PdfExporter::Job &job, qsizetype *bytes)
{
    profile.schemeHandler()->setArticlePage(Ui::SchemeHandler::ArticlePage {
        .article = job.article, .revision = job.revision, .state = Render::PageItems::stateJson({}, job.palette)});
    QSignalSpy loaded(page.bridge(), &Ui::ReaderBridge::loaded); // as PdfExporter waits (no view: no frames)
    QElapsedTimer timer;
    timer.start();
    page.load(Ui::articleUrl(job.article.id));
    if (!loaded.wait(120'000)) {
        return -1;
    }
    QByteArray pdf;
    bool done = false;
    page.printToPdf(
        [&](const QByteArray &result) {
            pdf = result;
            done = true;
        },
        Ui::PdfExporter::pageLayout(job.pageSize));
    if (!QTest::qWaitFor([&] { return done; }, 120'000) || pdf.isEmpty()) {
        return -1;
    }
    *bytes = pdf.size();
    return double(timer.nsecsElapsed()) / 1e6;
}

int pageCount(const QByteArray &pdf)
{
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    return doc ? doc->numPages() : 0;
}

double exportAnnotated(Ui::PdfExporter &exporter, const Ui::PdfExporter::Job &job, qsizetype *bytes)
{
    QSignalSpy finished(&exporter, &Ui::PdfExporter::finished);
    QElapsedTimer timer;
    timer.start();
    // When each stage began, for the breakdown.
    QMap<Ui::PdfExporter::Stage, double> began;
    const QMetaObject::Connection stages
        = QObject::connect(&exporter, &Ui::PdfExporter::progress, &exporter, [&](Ui::PdfExporter::Stage stage) {
              if (!began.contains(stage)) {
                  began.insert(stage, double(timer.nsecsElapsed()) / 1e6);
              }
          });
    exporter.start(job);
    if (!finished.wait(300'000) || !exporter.result()) {
        std::fprintf(stderr, "bench: the export failed: %s\n",
            exporter.result() ? "timeout" : qUtf8Printable(exporter.result().error().message));
        return -1;
    }
    *bytes = exporter.result()->pdf.size();
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QObject::disconnect(stages);
    using Stage = Ui::PdfExporter::Stage;
    const Export::PdfAnnotationReport &report = exporter.result()->report;
    std::printf("# run: load %.0f, print %.0f, annotate %.0f, write %.0f ms; %d highlights, %d underlines, %d notes,"
                " %lld unplaced\n",
        began.value(Stage::Printing), began.value(Stage::Annotating) - began.value(Stage::Printing),
        began.value(Stage::Writing) - began.value(Stage::Annotating), ms - began.value(Stage::Writing),
        report.highlights, report.underlines, report.notes, qlonglong(report.unplaced.size()));
    return ms;
}

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
        std::fprintf(stderr, "bench: could not open a library in %s\n", qUtf8Printable(dir.path()));
        return 1;
    }
    const QString articleId = Bench::importArticle(library, Bench::sampleMarkdown(20'000), u"long.md"_s);
    if (articleId.isEmpty() || !Bench::annotate(library, articleId, 1000, 200)) {
        return 1;
    }
    const Ui::PdfExporter::Job job {.article = library.article(articleId).value_or(Model::Article()),
        .revision = library.currentRevision(articleId).value_or(Model::Revision()),
        .annotations = Export::annotationsToExport(library.annotations(articleId), false),
        .palette = library.palette(),
        .pageSize = Export::PageSize::A4,
        .path = dir.filePath(u"export.pdf"_s)};
    std::printf("# export: 20,000-word article, %lld annotations, A4\n", qlonglong(job.annotations.size()));

    Ui::ReaderProfile profile(nullptr);
    auto page = std::make_unique<Ui::ReaderPage>(profile.profile());
    Ui::PdfExporter exporter;
    QList<double> plain;
    QList<double> annotated;
    qsizetype plainBytes = 0;
    qsizetype annotatedBytes = 0;
    int pages = 0;
    for (int run = 0; run <= Runs; ++run) { // the first run of each warms the engine
        const double p = printPlain(profile, *page, job, &plainBytes);
        const double a = exportAnnotated(exporter, job, &annotatedBytes);
        if (p < 0 || a < 0) {
            std::fprintf(stderr, "bench: printing failed\n");
            return 1;
        }
        pages = pageCount(exporter.result()->pdf);
        if (run > 0) {
            plain << p;
            annotated << a;
        }
    }
    page.reset();
    std::printf("# sizes: plain %.0f KiB, annotated %.0f KiB, %d pages\n", double(plainBytes) / 1024,
        double(annotatedBytes) / 1024, pages);
    const Bench::Spread e = Bench::spread(annotated);
    const Bench::Spread p = Bench::spread(plain);
    Bench::print("export.pdf_ms", e, "ms");
    Bench::print("export.pdf_plain_ms", p, "ms");
    std::printf("bench export.pdf_ratio %.2f x\n", e.median / p.median);
    return 0;
}
