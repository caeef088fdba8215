// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export: one entry per format, each exporting the article the reader shows (Annotated
// PDF…, Markdown…, Web Annotations…), and File › Import Annotations…, which reads annotations back
// onto it. The entries are disabled while no article is open.
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class AnnotationImportController;
class NotesExportController;
class PdfExportController;

class ExportMenu final : public QObject
{
    Q_OBJECT

public:
    // Adds the Export submenu and Import Annotations… to `fileMenu`, at the end.
    ExportMenu(Library *library, QMenu *fileMenu, QWidget *window);

    // The article the entries export; empty: none (they are disabled).
    void setArticle(const QString &articleId);

    QMenu *menu() const { return m_menu; }
    QAction *pdfAction() const { return m_pdf; }
    QAction *importAnnotationsAction() const { return m_importAnnotations; }
    NotesExportController *notes() const { return m_notesController; }
    AnnotationImportController *annotationImport() const { return m_importController; }
    PdfExportController *pdf() const { return m_pdfController; }

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);

private:
    QMenu *m_menu;
    QAction *m_pdf;
    PdfExportController *m_pdfController;
    NotesExportController *m_notesController;
    AnnotationImportController *m_importController;
    QAction *m_importAnnotations;
    QString m_articleId;
};

} // namespace Glossa::Ui
