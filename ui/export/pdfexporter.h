// SPDX-License-Identifier: GPL-3.0-or-later
// Makes the annotated PDF of an article, offscreen: the reader page (the same profile, scheme
// handler and scripts as the reader) is loaded with only the annotations to export, printed by the
// web engine once its highlights and margin notes are painted (vector text, fonts embedded), given
// real PDF annotations and document info (Export::annotatePrintedPdf, in a worker thread), and
// written with QSaveFile. Printing (Job::forPrinting) goes the same way, with page footers instead
// of annotation objects. Reports its progress by stage and can be cancelled at any point; a
// cancelled or failed export leaves no file behind.
#pragma once

#include "export/pdfprinter.h"

#include <QObject>
#include <QPageLayout>

#include <atomic>
#include <memory>

class QThread;
class QTimer;

namespace Glossa::Ui {

class ReaderPage;
class ReaderProfile;

class PdfExporter final : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Loading, Printing, Annotating, Writing };
    Q_ENUM(Stage)

    struct Job {
        Model::Article article;
        Model::Revision revision;
        QList<Model::Annotation> annotations; // as Export::annotationsToExport chose them
        Model::Palette palette;
        Export::PageSize pageSize = Export::PageSize::A4;
        QString path; // where to write the PDF; empty: only result() holds it
        // Printed as the appendix after the text (Export::DiscussionHtml); empty: none.
        Export::Discussion discussion = {};
        // Printed after it (Export::LinksHtml); empty: none.
        Export::ExportLinks links = {};
        // Printing (File › Print) rather than the annotated export: the same layout, with a footer
        // (title, source, page numbers: Export::addPageFooters) and no PDF annotation objects,
        // which a printer would draw a second time over the printed highlights.
        bool forPrinting = false;
        // The paper when it is not `pageSize` (the printer's, with the layout's margins); invalid: `pageSize`.
        QPageLayout layout = {};
    };

    explicit PdfExporter(QObject *parent = nullptr);
    // Cancels a running export (waiting for the annotation pass to stop) before the page goes.
    ~PdfExporter() override;

    // Starts an export; one at a time (a second start() while running is refused with an error).
    void start(Job job);
    // Stops the running export; finished() follows with wasCancelled() true and no file written.
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    // The last export's PDF and report, or why it failed as a clause ("the folder /x does not
    // exist"), valid after finished().
    const Result<Export::PdfPrint> &result() const { return m_result; }

    // The paper in portrait, with margins any printer can print (15 mm).
    static QPageLayout pageLayout(Export::PageSize size);
    // `paper` with the same margins, in `orientation`.
    static QPageLayout pageLayout(const QPageSize &paper, QPageLayout::Orientation orientation);

Q_SIGNALS:
    // `done` of `total` steps of `stage` (annotations placed while annotating; 0 of 1 otherwise).
    void progress(Glossa::Ui::PdfExporter::Stage stage, int done, int total);
    void finished();

private:
    void ensurePage();
    void printWhenFontsAreReady(int generation);
    void print();
    void annotate(const QByteArray &printed);
    void annotated(Result<Export::PdfPrint> result);
    void finish(Result<Export::PdfPrint> result);
    void fail(const QString &message);

    ReaderProfile *m_profile = nullptr;
    ReaderPage *m_page = nullptr;
    QTimer *m_timeout;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_stop;
    Job m_job; // the running export's
    Result<Export::PdfPrint> m_result = Error {};
    bool m_running = false;
    bool m_cancelled = false;
    int m_generation = 0; // which start() a page's signals belong to
};

} // namespace Glossa::Ui
