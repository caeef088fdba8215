// SPDX-License-Identifier: GPL-3.0-or-later
#include "printcontroller.h"

#include "export/savefile.h"
#include "library/library.h"
#include "pdfexporter.h"

#include <QDir>
#include <QImage>
#include <QPageRanges>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QWidget>

#include <algorithm>

namespace Glossa::Ui {

namespace {

// Drawing pages as pictures (no spooler) goes no finer than this: enough for text on any office
// printer, and a page stays a few megabytes.
constexpr int MaxRasterDpi = 600;

// The spooler, where the system has one (CUPS on Linux, the BSDs and macOS).
QString spooler()
{
#ifdef Q_OS_WIN
    return {};
#else
    return QStandardPaths::findExecutable(QStringLiteral("lp"));
#endif
}

} // namespace

PrintController::PrintController(Library *library, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_exporter(new PdfExporter(this))
{
    connect(m_exporter, &PdfExporter::finished, this, &PrintController::printed);
}

PrintController::~PrintController()
{
    if (m_spooler) {
        m_spooler->disconnect(this);
        m_spooler->waitForFinished(5000); // lp copies the file into the spool, then goes
    }
}

bool PrintController::isRunning() const
{
    return m_exporter->isRunning() || m_spooler;
}

void PrintController::printArticle(const QString &articleId)
{
    if (isRunning()) {
        Q_EMIT message(tr("The article is still being printed."));
        return;
    }
    const auto article = m_library->article(articleId);
    if (!article) {
        Q_EMIT message(tr("Open an article to print it."));
        return;
    }
    m_owned = std::make_unique<QPrinter>(QPrinter::HighResolution);
    m_owned->setDocName(article->title);
    QPrintDialog dialog(m_owned.get(), m_window);
    dialog.setWindowTitle(tr("Print Article"));
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    if (dialog.exec() != QDialog::Accepted) {
        m_owned.reset();
        return;
    }
    print(articleId, m_owned.get());
}

void PrintController::print(const QString &articleId, QPrinter *printer)
{
    if (isRunning()) {
        Q_EMIT message(tr("The article is still being printed."));
        return;
    }
    const auto annotations = m_library->readAnnotations(articleId);
    const auto article = m_library->readArticle(articleId);
    const auto revision = m_library->readCurrentRevision(articleId);
    if (!annotations || !article || !revision) {
        finish(false, tr("The article could not be printed: the library could not be read."));
        return;
    }
    if (!article->has_value() || !revision->has_value()) {
        finish(false, tr("The article could not be printed: it is no longer in the library."));
        return;
    }
    if (printer->outputFormat() == QPrinter::PdfFormat) {
        if (const Status target = Export::SaveFile::checkTarget(printer->outputFileName()); !target) {
            finish(false, tr("The article could not be printed: %1.").arg(target.error().message));
            return;
        }
    }
    m_printer = printer;
    m_title = (*article)->title;
    Q_EMIT message(tr("Printing…"));
    // On paper a person's own private notes print too, as the reader shows them: it is their copy.
    m_exporter->start({.article = **article,
        .revision = **revision,
        .annotations = Export::annotationsToExport(*annotations, true),
        .palette = m_library->palette(),
        .path = {},
        .forPrinting = true,
        .layout = PdfExporter::pageLayout(printer->pageLayout().pageSize(), printer->pageLayout().orientation())});
}

void PrintController::printed()
{
    const Result<Export::PdfPrint> &result = m_exporter->result();
    if (!result) {
        finish(false, tr("The article could not be printed: %1.").arg(result.error().message));
        return;
    }
    if (m_printer->outputFormat() == QPrinter::PdfFormat) {
        // "Print to File": the printed PDF is the file.
        const QString path = m_printer->outputFileName();
        if (const Status written = Export::SaveFile::write(path, result->pdf); !written) {
            finish(false, tr("The article could not be printed: %1.").arg(written.error().message));
            return;
        }
        finish(true, tr("Printed to %1.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // A real printer. Where CUPS is, the PDF goes to it as it is, as Okular hands a PDF to `lp`:
    // CUPS takes PDF as its job format and its filters (or the printer) render it at the device's
    // own resolution, so text stays sharp and the job is the size of the PDF. Drawing the pages
    // onto the QPrinter would send them as bitmaps (what made a four-page print 31 MB), so that is
    // only where there is no spooler to hand the file to.
    if (!spooler().isEmpty()) {
        sendToSpooler(result->pdf);
        return;
    }
    const bool drawn = drawOnPrinter(result->pdf);
    finish(drawn, drawn ? tr("Printed.") : tr("The article could not be printed: the printer refused the pages."));
}

PrintController::SpoolJob PrintController::spoolJob(const QPrinter &printer, const QString &title)
{
    return {.printer = printer.printerName(),
        .copies = printer.copyCount(),
        .collate = printer.collateCopies(),
        .pages = printer.printRange() == QPrinter::PageRange ? printer.pageRanges().toString() : QString(),
        .duplex = printer.duplex(),
        .grayscale = printer.colorMode() == QPrinter::GrayScale,
        .reverse = printer.pageOrder() == QPrinter::LastPageFirst,
        .title = title};
}

QStringList PrintController::spoolerArguments(const SpoolJob &job, const QString &file)
{
    QStringList args;
    if (!job.printer.isEmpty()) {
        args << QStringLiteral("-d") << job.printer;
    }
    if (job.copies > 1) {
        args << QStringLiteral("-n") << QString::number(job.copies);
        args << QStringLiteral("-o")
             << (job.collate ? QStringLiteral("collate=true") : QStringLiteral("collate=false"));
    }
    if (!job.pages.isEmpty()) {
        args << QStringLiteral("-P") << job.pages;
    }
    switch (job.duplex) {
    case QPrinter::DuplexNone:
        args << QStringLiteral("-o") << QStringLiteral("sides=one-sided");
        break;
    case QPrinter::DuplexLongSide:
        args << QStringLiteral("-o") << QStringLiteral("sides=two-sided-long-edge");
        break;
    case QPrinter::DuplexShortSide:
        args << QStringLiteral("-o") << QStringLiteral("sides=two-sided-short-edge");
        break;
    case QPrinter::DuplexAuto:
        break; // the printer's default
    }
    if (job.grayscale) {
        args << QStringLiteral("-o") << QStringLiteral("print-color-mode=monochrome");
    }
    if (job.reverse) {
        args << QStringLiteral("-o") << QStringLiteral("outputorder=reverse");
    }
    if (!job.title.isEmpty()) {
        args << QStringLiteral("-t") << job.title;
    }
    args << QStringLiteral("--") << file;
    return args;
}

void PrintController::sendToSpooler(const QByteArray &pdf)
{
    m_spooled = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/glossa-print-XXXXXX.pdf"));
    if (!m_spooled->open() || m_spooled->write(pdf) != pdf.size() || !m_spooled->flush()) {
        finish(false, tr("The article could not be printed: no temporary file could be written."));
        return;
    }
    m_spooled->close();
    m_spooler = new QProcess(this);
    m_spooler->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_spooler, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromLocal8Bit(m_spooler->readAll()).trimmed();
        m_spooler->deleteLater();
        m_spooler = nullptr;
        m_spooled.reset();
        if (status == QProcess::NormalExit && code == 0) {
            finish(true, tr("Sent to the printer."));
        } else {
            finish(
                false, tr("The printer did not take the article: %1").arg(output.isEmpty() ? tr("lp failed") : output));
        }
    });
    connect(m_spooler, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            m_spooler->deleteLater();
            m_spooler = nullptr;
            m_spooled.reset();
            finish(false, tr("The article could not be printed: lp could not be started."));
        }
    });
    m_spooler->start(spooler(), spoolerArguments(spoolJob(*m_printer, m_title), m_spooled->fileName()));
}

bool PrintController::drawOnPrinter(const QByteArray &pdf)
{
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/glossa-print-XXXXXX.pdf"));
    if (!file.open() || file.write(pdf) != pdf.size() || !file.flush()) {
        return false;
    }
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None) {
        return false;
    }
    // The PDF carries its own margins: the printer draws on the whole sheet.
    m_printer->setFullPage(true);
    QPainter painter;
    if (!painter.begin(m_printer)) {
        return false;
    }
    const int dpi = std::min(m_printer->resolution(), MaxRasterDpi);
    const QPageRanges ranges = m_printer->printRange() == QPrinter::PageRange ? m_printer->pageRanges() : QPageRanges();
    bool first = true;
    for (int i = 0; i < document.pageCount(); ++i) {
        if (!ranges.isEmpty() && !ranges.contains(i + 1)) {
            continue;
        }
        if (!first && !m_printer->newPage()) {
            return false;
        }
        first = false;
        const QSizeF points = document.pagePointSize(i);
        const QImage page = document.render(i, (points * dpi / 72.0).toSize());
        painter.drawImage(m_printer->paperRect(QPrinter::DevicePixel), page);
    }
    return painter.end();
}

void PrintController::finish(bool ok, const QString &text)
{
    m_printer = nullptr;
    m_owned.reset();
    Q_EMIT message(text);
    Q_EMIT done(ok);
}

} // namespace Glossa::Ui
