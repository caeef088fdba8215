// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportmenu.h"

#include "pdfexportcontroller.h"

#include <QAction>
#include <QMenu>

namespace Glossa::Ui {

ExportMenu::ExportMenu(Library *library, QMenu *fileMenu, QWidget *window)
    : QObject(window)
    , m_menu(fileMenu->addMenu(tr("&Export")))
    , m_pdfController(new PdfExportController(library, window))
{
    m_pdf = m_menu->addAction(tr("Annotated &PDF…"), this, [this] { m_pdfController->exportArticle(m_articleId); });
    m_pdf->setStatusTip(tr("Save the article as a PDF with its highlights, margin notes and PDF annotations"));
    connect(m_pdfController, &PdfExportController::message, this, &ExportMenu::message);
    setArticle({});
}

void ExportMenu::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    for (QAction *action : m_menu->actions()) {
        action->setEnabled(!articleId.isEmpty());
    }
}

} // namespace Glossa::Ui
