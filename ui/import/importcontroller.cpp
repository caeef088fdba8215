// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "library/library.h"
#include "store/librarystore.h"
#include "store/storeworker.h"
#include "web/htmlextractor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace Glossa::Ui {

ImportController::ImportController(Library *library, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_html(&newHtmlPageExtractor)
    , m_import(library, &m_html)
{
}

ImportController::~ImportController()
{
    delete m_worker; // before m_import, which its job may be using
}

void ImportController::setInteractive(bool interactive, WhenAlreadyImported when)
{
    m_interactive = interactive;
    m_nonInteractiveWhen = when;
}

void ImportController::chooseAndImport()
{
    // The dialog opens in the Downloads folder (the home folder when there is none) with an empty
    // name: given as a start "path", a folder that does not exist became the name to open.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QDir::homePath();
    }
    QFileDialog dialog(m_window, tr("Import Articles"));
    dialog.setFileMode(QFileDialog::ExistingFiles);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setNameFilters({tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml)"), tr("All files (*)")});
    dialog.setDirectory(folder);
    dialog.selectFile(QString());
    if (dialog.exec() == QDialog::Accepted) {
        importFiles(dialog.selectedFiles());
    }
}

bool ImportController::canImport(const QMimeData *mime)
{
    if (!mime) {
        return false;
    }
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); });
    }
    return mime->hasHtml() || mime->hasText();
}

void ImportController::importMimeData(const QMimeData *mime)
{
    if (!mime) {
        return;
    }
    if (mime->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : mime->urls()) {
            if (url.isLocalFile()) {
                paths << url.toLocalFile();
            }
        }
        importFiles(paths);
        return;
    }
    const QString name = tr("Pasted %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat));
    if (!mime->hasHtml() && (!mime->hasText() || mime->text().trimmed().isEmpty())) {
        Q_EMIT message(tr("There is nothing to paste: copy the text of an article first."));
        return;
    }
    // A page pasted twice is the article already there, opened, not a duplicate.
    const auto when = WhenAlreadyImported::RefuseSameText;
    const ImportResult result = mime->hasHtml()
        ? m_import.importBytes(mime->html().toUtf8(), Ingest::Format::Html, name, when)
        : m_import.importBytes(mime->text().toUtf8(), Ingest::Format::Text, name, when);
    if (result && result->existing) {
        Q_EMIT message(tr("This text is already in the library, as “%1”.").arg(result->title));
        Q_EMIT imported(result->articleId);
        Q_EMIT finished(1, {});
        return;
    }
    if (!result) {
        Q_EMIT finished(0, {result.error().message});
        if (m_interactive) {
            QMessageBox::warning(m_window, tr("Paste as New Article"), result.error().message);
        }
        return;
    }
    describe(*result);
    Q_EMIT imported(result->articleId);
    Q_EMIT finished(1, {});
}

void ImportController::pasteAsNewArticle()
{
    importMimeData(QGuiApplication::clipboard()->mimeData());
}

void ImportController::importFiles(const QStringList &paths)
{
    if (paths.isEmpty()) {
        return;
    }
    const bool idle = m_queue.isEmpty();
    m_queue << paths;
    m_total += int(paths.size());
    if (!idle) {
        return; // a batch is running: these join it
    }
    m_failures.clear();
    m_succeeded = 0;
    m_lastImported.clear();
    m_forAll.reset();
    if (!m_interactive) {
        QTimer::singleShot(0, this, &ImportController::importNext);
        return;
    }
    m_progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, m_total, m_window);
    m_progress->setWindowTitle(tr("Import Articles"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, this, [this] { m_queue.clear(); });
    QTimer::singleShot(0, this, &ImportController::importNext);
}

void ImportController::importNext()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const QString path = m_queue.takeFirst();
    const int done = m_total - int(m_queue.size()) - 1;
    if (m_progress) {
        m_progress->setMaximum(m_total);
        m_progress->setValue(done);
        m_progress->setLabelText(
            tr("Importing %1 (%2 of %3)…").arg(QFileInfo(path).fileName()).arg(done + 1).arg(m_total));
    }
    if (Status s = m_import.canStore(); !s) {
        failed(path, s.error());
        return;
    }
    if (!m_worker) {
        m_worker = new Store::StoreWorker(m_library->store()->databasePath(), this);
    }
    // First without storing anything the library has already; then as the person answers.
    const WhenAlreadyImported first = m_interactive ? WhenAlreadyImported::Ask : m_nonInteractiveWhen;
    const LibraryImport *import = &m_import; // its reading and extracting hold no state: any thread
    m_worker->run<FileStep>(
        [import, path, first](Result<Store::Database *> db) {
            FileStep step;
            auto source = import->readFile(path);
            if (!source) {
                step.failed = source.error();
                return step;
            }
            if (import->preparesOnExtractorThread(*source)) {
                step.forExtractor = std::move(*source);
                return step;
            }
            auto prepared = import->prepare(*source);
            if (!prepared) {
                step.failed = prepared.error();
                return step;
            }
            step.stored = db ? LibraryImport::store(**db, *prepared, first) : Result<StoredImport>(db.error());
            step.prepared = std::move(*prepared);
            return step;
        },
        [this, path](FileStep step) { fileRead(path, std::move(step)); });
}

void ImportController::fileRead(const QString &path, FileStep step)
{
    const WhenAlreadyImported first = m_interactive ? WhenAlreadyImported::Ask : m_nonInteractiveWhen;
    if (step.failed) {
        failed(path, *step.failed);
    } else if (step.forExtractor) {
        // The web page that reads HTML lives on this thread; it keeps the event loop turning.
        auto prepared = m_import.prepare(*step.forExtractor);
        if (!prepared) {
            failed(path, prepared.error());
            return;
        }
        store(path, *prepared, first);
    } else {
        stored(path, *step.prepared, std::move(*step.stored));
    }
}

void ImportController::store(const QString &path, const PreparedImport &prepared, WhenAlreadyImported when)
{
    m_worker->run<Result<StoredImport>>(
        [prepared, when](Result<Store::Database *> db) {
            return db ? LibraryImport::store(**db, prepared, when) : Result<StoredImport>(db.error());
        },
        [this, path, prepared](Result<StoredImport> result) { stored(path, prepared, std::move(result)); });
}

void ImportController::stored(const QString &path, const PreparedImport &prepared, Result<StoredImport> outcome)
{
    const ImportResult result = m_import.adopt(std::move(outcome));
    if (result && result->existing) {
        const Answer answer = m_interactive ? askWhenAlreadyImported(path, *result->existing) : Answer::Open;
        if (answer == Answer::Skip) {
            next();
            return;
        }
        if (answer == Answer::Open) {
            ++m_succeeded;
            m_lastImported = result->articleId;
            Q_EMIT message(
                tr("“%1” is already in the library as “%2”.").arg(QFileInfo(path).fileName(), result->title));
            next();
            return;
        }
        store(path, prepared,
            answer == Answer::Update ? WhenAlreadyImported::UpdateExisting : WhenAlreadyImported::ImportAsNew);
        return;
    }
    if (!result) {
        failed(path, result.error());
        return;
    }
    ++m_succeeded;
    m_lastImported = result->articleId;
    if (m_total == 1) {
        describe(*result);
    }
    next();
}

void ImportController::failed(const QString &path, const Error &error)
{
    m_failures << tr("%1: %2").arg(QDir::toNativeSeparators(path), error.message);
    next();
}

void ImportController::next()
{
    // Back to the event loop between files: the window stays responsive and Cancel works.
    QTimer::singleShot(0, this, &ImportController::importNext);
}

ImportController::Answer ImportController::askWhenAlreadyImported(const QString &path, const ExistingArticle &existing)
{
    if (m_forAll) {
        return *m_forAll;
    }
    const QString name = QFileInfo(path).fileName();
    const QString annotations = tr("It has %n annotation(s).", nullptr, existing.annotations);
    const QString text = existing.sameText
        ? tr("The text of “%1” is already in the library, as “%2”. %3").arg(name, existing.title, annotations)
        : tr("“%1” was imported before, as “%2”, and has changed since. %3 Update that article with this "
             "version? Its highlights and notes are moved to the new text, and the ones whose passage is gone "
             "are kept as orphans.")
              .arg(name, existing.title, annotations);
    QMessageBox box(QMessageBox::Question, tr("Already in the Library"), text, QMessageBox::NoButton, m_window);
    QPushButton *open = box.addButton(tr("&Open It"), QMessageBox::AcceptRole);
    QPushButton *update = box.addButton(tr("&Update"), QMessageBox::AcceptRole);
    QPushButton *asNew = box.addButton(tr("Import as &New"), QMessageBox::ActionRole);
    box.addButton(tr("&Skip"), QMessageBox::RejectRole);
    open->setObjectName(QStringLiteral("open"));
    update->setObjectName(QStringLiteral("update"));
    asNew->setObjectName(QStringLiteral("asNew"));
    box.setDefaultButton(existing.sameText ? open : update);
    QCheckBox all(tr("Do the same for the other files"));
    if (!m_queue.isEmpty()) {
        box.setCheckBox(&all);
    }
    box.exec();
    Answer answer = Answer::Skip;
    if (box.clickedButton() == open) {
        answer = Answer::Open;
    } else if (box.clickedButton() == update) {
        answer = Answer::Update;
    } else if (box.clickedButton() == asNew) {
        answer = Answer::AsNew;
    }
    if (all.isChecked() && answer != Answer::Skip) {
        m_forAll = answer;
    }
    return answer;
}

void ImportController::describe(const ImportedArticle &result)
{
    if (result.unchanged) {
        Q_EMIT message(tr("“%1” has not changed since it was imported.").arg(result.title));
    } else if (result.updated) {
        Q_EMIT message(tr("Updated “%1”. Annotations in place: %2; on changed text: %3; orphaned: %4.")
                .arg(result.title)
                .arg(result.exact)
                .arg(result.fuzzy)
                .arg(result.orphaned));
    } else {
        Q_EMIT message(tr("Imported “%1”.").arg(result.title));
    }
}

void ImportController::finish()
{
    if (m_worker) {
        m_worker->deleteLater(); // its thread and connection go with it
        m_worker = nullptr;
    }
    if (m_progress) {
        m_progress->setValue(m_progress->maximum());
        m_progress->deleteLater();
    }
    const int total = m_total;
    m_total = 0;
    if (!m_lastImported.isEmpty()) {
        Q_EMIT imported(m_lastImported);
    }
    if (total > 1) {
        Q_EMIT message(tr("Imported %n of %1 file(s).", nullptr, m_succeeded).arg(total));
    }
    Q_EMIT finished(m_succeeded, m_failures);
    if (!m_failures.isEmpty() && m_interactive) {
        QMessageBox box(QMessageBox::Warning, tr("Import Articles"),
            tr("%n file(s) could not be imported. Nothing from them was added to the library.", nullptr,
                int(m_failures.size())),
            QMessageBox::Close, m_window);
        box.setInformativeText(m_failures.size() == 1 ? m_failures.first() : QString());
        if (m_failures.size() > 1) {
            box.setDetailedText(m_failures.join(u'\n'));
        }
        box.exec();
    }
}

} // namespace Glossa::Ui
