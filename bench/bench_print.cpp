// SPDX-License-Identifier: GPL-3.0-or-later
// File › Print to a file (offscreen WebEngine), on the seed article (tests/data/seeds/000…, an
// Italian analysis of ~1,600 words, imported as text) with a highlight and a note: the whole print, from the library to
// the written PDF (the page laid out, printed by Chromium, footers added, the file written).
// - print.ms_per_page: the median print's milliseconds over its page count;
// - print.pdf_bytes_per_page: the PDF's size over its page count.
// Prints `bench <name> <value> <unit>` lines; '#' lines give spreads and sizes.
#include "benchlibrary.h"
#include "benchstats.h"
#include "export/printcontroller.h"
#include "library/library.h"
#include "readerbenchdata.h"
#include "web/glossascheme.h"

#include <poppler-qt6.h>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPrinter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include <cstdio>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 5;

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
    if (!Bench::openNewLibrary(library, dir)) {
        return 1;
    }
    QFile seed(QStringLiteral(GLOSSA_TEST_DATA "/seeds/000_2b8deaeb62eeb82e.txt"));
    if (!seed.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench: the seed article %s cannot be read\n", qUtf8Printable(seed.fileName()));
        return 1;
    }
    const QString articleId = Bench::importArticle(library, QString::fromUtf8(seed.readAll()), u"seed.md"_s);
    if (articleId.isEmpty()) {
        return 1;
    }
    const Model::Article article = library.article(articleId).value_or(Model::Article());
    const Model::Revision revision = library.currentRevision(article.id).value_or(Model::Revision());
    const QString quote = revision.canonicalText().mid(revision.canonicalText().size() / 3, 60);
    const qsizetype start = revision.canonicalText().indexOf(quote);
    Model::Annotation a;
    a.articleId = article.id;
    a.revisionId = revision.id;
    a.color = u"important"_s;
    a.note = u"Una nota a margine, stampata accanto al passo."_s;
    a.selector.exact = quote;
    a.anchor = {start, start + quote.size(), 1.0, Model::AnchorStatus::Exact};
    if (!library.addAnnotation(a)) {
        return 1;
    }

    const QString path = dir.filePath(u"print.pdf"_s);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QWidget window;
    Ui::PrintController controller(&library, &window);
    QList<double> times;
    QByteArray pdf;
    for (int run = 0; run <= Runs; ++run) { // the first run warms the engine
        QSignalSpy done(&controller, &Ui::PrintController::done);
        QElapsedTimer timer;
        timer.start();
        controller.print(article.id, &printer);
        if (!done.wait(300'000) || !done.first().first().toBool()) {
            std::fprintf(stderr, "bench: printing failed\n");
            return 1;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (run > 0) {
            times << ms;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return 1;
    }
    pdf = file.readAll();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    const int pages = doc ? doc->numPages() : 0;
    if (pages == 0) {
        std::fprintf(stderr, "bench: the printed PDF cannot be read\n");
        return 1;
    }
    std::printf("# print: \"%s\", %lld characters, A4: %d pages, %.0f KiB\n", qUtf8Printable(article.title),
        qlonglong(revision.canonicalText().size()), pages, double(pdf.size()) / 1024);
    const Bench::Spread s = Bench::spread(times);
    Bench::print("print.ms", s, "ms");
    Bench::line("print.ms_per_page", s.median / pages, "ms");
    Bench::line("print.pdf_bytes_per_page", double(pdf.size()) / pages, "bytes");
    return 0;
}
