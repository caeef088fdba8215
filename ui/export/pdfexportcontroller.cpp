// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexportcontroller.h"

#include "export/savefile.h"
#include "exportdialog.h"
#include "library/library.h"
#include "pdfexporter.h"

#include <QDesktopServices>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QUrl>
#include <QWidget>

namespace Glossa::Ui {

PdfExportController::PdfExportController(Library *library, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_exporter(new PdfExporter(this))
{
    connect(m_exporter, &PdfExporter::finished, this, &PdfExportController::finished);
    connect(m_exporter, &PdfExporter::progress, this, [this](PdfExporter::Stage stage, int done, int total) {
        if (!m_progress) {
            return;
        }
        switch (stage) {
        case PdfExporter::Stage::Loading:
            m_progress->setLabelText(tr("Laying out the article…"));
            break;
        case PdfExporter::Stage::Printing:
            m_progress->setLabelText(tr("Printing the pages…"));
            break;
        case PdfExporter::Stage::Annotating:
            m_progress->setLabelText(tr("Adding annotations (%1 of %2)…").arg(done).arg(total));
            break;
        case PdfExporter::Stage::Writing:
            m_progress->setLabelText(tr("Writing the file…"));
            break;
        }
        // Four stages share the bar; annotating fills the second half.
        const int base[] = {0, 20, 50, 95};
        const int share = stage == PdfExporter::Stage::Annotating && total > 0 ? done * 45 / total : 0;
        m_progress->setValue(base[int(stage)] + share);
    });
}

void PdfExportController::exportArticle(const QString &articleId)
{
    const auto article = m_library->article(articleId);
    if (!article) {
        Q_EMIT message(tr("Open an article to export it."));
        return;
    }
    int privateNotes = 0;
    for (const Model::Annotation &a : m_library->annotations(articleId)) {
        privateNotes += a.isPrivate && a.anchor.isAnchored() ? 1 : 0;
    }
    ExportDialog dialog(ExportDialog::Format::Pdf, article->title, privateNotes, m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    start(articleId, dialog.path(), dialog.pageSize(), dialog.includePrivate(), dialog.openWhenDone(),
        dialog.includeDiscussion());
}

void PdfExportController::start(const QString &articleId, const QString &path, Export::PageSize pageSize,
    bool includePrivate, bool openWhenDone, bool includeDiscussion)
{
    if (m_exporter->isRunning()) {
        Q_EMIT message(tr("An export is already running."));
        return;
    }
    m_path = path;
    m_open = openWhenDone;
    const auto annotations = m_library->readAnnotations(articleId);
    const auto article = m_library->readArticle(articleId);
    const auto revision = m_library->readCurrentRevision(articleId);
    Result<Export::Discussion> discussion = includeDiscussion ? Export::Discussion::read(*m_library, articleId)
                                                              : Result<Export::Discussion>(Export::Discussion());
    const Result<Export::ExportLinks> links = Export::ExportLinks::read(*m_library, articleId);
    if (!annotations || !article || !revision || !discussion || !links) {
        fail(tr("the library could not be read"));
        return;
    }
    if (!article->has_value() || !revision->has_value()) {
        fail(tr("the article is no longer in the library"));
        return;
    }
    if (const Status target = Export::SaveFile::checkTarget(path); !target) {
        fail(target.error().message);
        return;
    }
    m_progress = new QProgressDialog(tr("Laying out the article…"), tr("Cancel"), 0, 100, m_window);
    m_progress->setWindowTitle(tr("Exporting Annotated PDF"));
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(400); // a short article is done before it would show
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &PdfExporter::cancel);
    m_exporter->start({.article = article->value_or(Model::Article()),
        .revision = revision->value_or(Model::Revision()),
        .annotations = Export::annotationsToExport(*annotations, includePrivate),
        .palette = m_library->palette(),
        .pageSize = pageSize,
        .path = path,
        .discussion = std::move(*discussion),
        .links = *links});
}

void PdfExportController::finished()
{
    if (m_progress) {
        m_progress->close();
    }
    const Result<Export::PdfPrint> &result = m_exporter->result();
    if (m_exporter->wasCancelled()) {
        Q_EMIT message(tr("Export cancelled; no file was written."));
    } else if (!result) {
        fail(result.error().message);
        return;
    } else {
        const QString shown = QDir::toNativeSeparators(m_path);
        Q_EMIT message(result->report.unplaced.isEmpty()
                ? tr("Exported %1.").arg(shown)
                : tr("Exported %1; %n annotation(s) could not be placed on the printed text.", nullptr,
                      int(result->report.unplaced.size()))
                      .arg(shown));
        if (m_open) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
        }
    }
    Q_EMIT done();
}

void PdfExportController::fail(const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Export Annotated PDF"),
        tr("The annotated PDF could not be exported: %1.").arg(reason), QMessageBox::Ok, m_window);
    box.setInformativeText(tr("No file was written. Choose another folder or free some space, then export again."));
    box.setObjectName(QStringLiteral("pdfExportFailure"));
    box.exec();
    Q_EMIT done();
}

} // namespace Glossa::Ui
