// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportmenu.h"

#include "annotationimportcontroller.h"
#include "library/readonlymode.h"
#include "notesexportcontroller.h"
#include "pdfexportcontroller.h"

#include <QAction>
#include <QMenu>

namespace Glossa::Ui {

ExportMenu::ExportMenu(Library *library, QMenu *fileMenu, QWidget *window)
    : QObject(window)
    , m_menu(fileMenu->addMenu(tr("&Export")))
    , m_pdfController(new PdfExportController(library, window))
    , m_notesController(new NotesExportController(library, window))
    , m_importController(new AnnotationImportController(library, window))
{
    m_pdf = m_menu->addAction(tr("Annotated &PDF…"), this, [this] { m_pdfController->exportArticle(m_articleId); });
    m_pdf->setStatusTip(tr("Save the article as a PDF with its highlights, margin notes and PDF annotations"));
    QAction *markdown = m_menu->addAction(tr("&Markdown…"), this,
        [this] { m_notesController->exportArticle(m_articleId, NotesExportController::Format::Markdown); });
    markdown->setStatusTip(tr("Save the article's highlights and notes as a Markdown file (for Obsidian or any "
                              "notes folder)"));
    QAction *web = m_menu->addAction(tr("&Web Annotations…"), this,
        [this] { m_notesController->exportArticle(m_articleId, NotesExportController::Format::WebAnnotations); });
    web->setStatusTip(tr("Save the article's annotations as W3C Web Annotations (JSON-LD) that Glossa and other "
                         "tools can read"));
    m_importAnnotations = fileMenu->addAction(
        tr("Import &Annotations…"), this, [this] { m_importController->chooseAndImport(m_articleId); });
    m_importAnnotations->setStatusTip(
        tr("Read W3C Web Annotations or a Hypothesis export onto the article shown, as one undoable step"));
    ReadOnlyMode::markWriting(m_importAnnotations);
    connect(m_pdfController, &PdfExportController::message, this, &ExportMenu::message);
    connect(m_notesController, &NotesExportController::message, this, &ExportMenu::message);
    connect(m_importController, &AnnotationImportController::message, this, &ExportMenu::message);
    setArticle({});
}

void ExportMenu::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    for (QAction *action : m_menu->actions()) {
        action->setEnabled(!articleId.isEmpty());
    }
    m_importAnnotations->setEnabled(!articleId.isEmpty());
}

} // namespace Glossa::Ui
