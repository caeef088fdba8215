// SPDX-License-Identifier: GPL-3.0-or-later
// Importing from the window: File › Import (many files, a progress dialog that can be cancelled),
// files dropped on the window, and Edit › Paste as New Article. A file already in the library (the
// same source, or the same text from anywhere: LibraryImport::findExisting) asks whether to open
// that article, update it (annotations re-anchored) or import it as new; nothing is duplicated
// silently. Failures are listed per file and change nothing in the library.
#pragma once

#include "ingest/htmlextractor.h"
#include "library/libraryimport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class QMimeData;
class QProgressDialog;
class QWidget;

namespace Glossa::Ui {

class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(Library *library, QWidget *window);

    // Asks for files, then imports them.
    void chooseAndImport();
    // Imports files (e.g. dropped on the window), one after the other, with progress.
    void importFiles(const QStringList &paths);
    // Imports the clipboard's page: its HTML when it has some, else its text.
    void pasteAsNewArticle();
    void importMimeData(const QMimeData *mime);

    static bool canImport(const QMimeData *mime);

    // Without interaction (tests, scripted use) no dialog is shown: a source imported before is
    // handled by `when` (Ask and RefuseSameText open the article it is already in), and failures are
    // only reported through failed().
    void setInteractive(bool interactive, WhenAlreadyImported when = WhenAlreadyImported::ImportAsNew);
    bool isBusy() const { return m_total > 0; }

Q_SIGNALS:
    // An article was imported or updated; the window shows it.
    void imported(const QString &articleId);
    void message(const QString &text);
    // A batch ended; `failures` lists "file: reason" for each file that could not be imported.
    void finished(int succeeded, const QStringList &failures);

private:
    void importNext();
    void finish();
    // What to do with a file already in the library.
    enum class Answer { Open, Update, AsNew, Skip };
    Answer askWhenAlreadyImported(const QString &path, const ExistingArticle &existing);
    void describe(const ImportedArticle &result);

    Library *m_library;
    QWidget *m_window;
    // The web page that reads HTML sources: started on the first one, gone with the controller.
    Ingest::HtmlExtractorProvider m_html;
    LibraryImport m_import; // after m_html, which it uses
    QStringList m_queue;
    int m_total = 0;
    QStringList m_failures;
    QString m_lastImported;
    int m_succeeded = 0;
    std::optional<Answer> m_forAll; // "apply to all" answer for this batch
    QPointer<QProgressDialog> m_progress;
    bool m_interactive = true;
    WhenAlreadyImported m_nonInteractiveWhen = WhenAlreadyImported::ImportAsNew;
};

} // namespace Glossa::Ui
