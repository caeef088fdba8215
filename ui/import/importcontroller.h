// SPDX-License-Identifier: GPL-3.0-or-later
// Importing from the window: File › Import (many files, a progress dialog that can be cancelled),
// files dropped on the window, and Edit › Paste as New Article. A file already in the library (the
// same source, or the same text from anywhere: LibraryImport::findExisting) asks whether to open
// that article, update it (annotations re-anchored) or import it as new; nothing is duplicated
// silently. Failures are listed per file and change nothing in the library. Files are read,
// extracted (but HTML, which the window's web page reads), re-anchored and written on a worker
// thread with a connection of its own (Store::StoreWorker): the window never waits for the library.
#pragma once

#include "ingest/htmlextractor.h"
#include "library/libraryimport.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace Glossa::Store {
class StoreWorker;
}

class QMimeData;
class QProgressDialog;
class QWidget;

namespace Glossa::Ui {

class ImportController final : public QObject
{
    Q_OBJECT

public:
    ImportController(Library *library, QWidget *window);
    // Waits for the file the worker is on (its import is then not told to the window).
    ~ImportController() override;

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
    // What the worker did with one file, by the first answer (`first`) to "already imported".
    struct FileStep {
        std::optional<Error> failed; // reading or extracting it failed: nothing was stored
        std::optional<ImportSource> forExtractor; // HTML, read but left for the window's extractor
        std::optional<PreparedImport> prepared;
        std::optional<Result<StoredImport>> stored;
    };

    void importNext();
    void fileRead(const QString &path, FileStep step);
    // Stores `prepared` on the worker as `when` says; then stored().
    void store(const QString &path, const PreparedImport &prepared, WhenAlreadyImported when);
    void stored(const QString &path, const PreparedImport &prepared, Result<StoredImport> result);
    void failed(const QString &path, const Error &error);
    void next();
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
    Store::StoreWorker *m_worker = nullptr; // during a batch
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
