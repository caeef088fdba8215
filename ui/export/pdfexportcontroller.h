// SPDX-License-Identifier: GPL-3.0-or-later
// The window's annotated PDF export: the dialog, then a PdfExporter with a progress dialog that
// can cancel it, then the file opened in the desktop's PDF viewer if asked; a failure is explained
// in a message and leaves no file where the person asked for one.
#pragma once

#include "export/pdfprinter.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class PdfExporter;

class PdfExportController final : public QObject
{
    Q_OBJECT

public:
    PdfExportController(Library *library, QWidget *window);

    // Asks for the options, then exports the article.
    void exportArticle(const QString &articleId);
    // Exports the article with these options, with the progress dialog (what the dialog's
    // Export button does; tests call it directly).
    void start(const QString &articleId, const QString &path, Export::PageSize pageSize, bool includePrivate,
        bool openWhenDone, bool includeDiscussion = true);

    PdfExporter *exporter() const { return m_exporter; }
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    // For the status bar: written, cancelled.
    void message(const QString &text);
    // The export ended (written, failed or cancelled).
    void done();

private:
    void finished();
    void fail(const QString &reason);

    Library *m_library;
    QWidget *m_window;
    PdfExporter *m_exporter;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
    bool m_open = false;
};

} // namespace Glossa::Ui
