// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryopener.h"

#include "cli/librarycommands.h"
#include "damagedlibrarydialog.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace Glossa::Ui {

namespace {

// An older library's upgrade, as it goes: the search index is rebuilt (schema version 9), which takes
// some seconds in a large library. The dialog shows only if it lasts; it has no Cancel button, since
// the upgrade is one transaction that either completes or leaves the library as it was.
void showMigrationProgress(std::unique_ptr<QProgressDialog> &dialog, qint64 done, qint64 total)
{
    constexpr int kSteps = 1000;
    if (!dialog) {
        dialog = std::make_unique<QProgressDialog>();
        dialog->setWindowTitle(QCoreApplication::translate("main", "Updating the Library"));
        dialog->setLabelText(QCoreApplication::translate("main",
            "Updating the search index so that words find their inflected forms…\n"
            "This happens once. It cannot be cancelled; if Glossa is closed, the library stays as it was."));
        dialog->setCancelButton(nullptr);
        dialog->setRange(0, kSteps);
        dialog->setWindowModality(Qt::ApplicationModal);
        dialog->setMinimumDuration(500); // a small library is done before it would show
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
    }
    // setValue() lets a modal dialog process events, so it paints and shows once the time has come.
    dialog->setValue(total > 0 ? int(done * kSteps / total) : kSteps);
}

// The check of the library file at open (Store::OpenOptions::runCheck) on a thread of its own: the
// event loop goes on meanwhile, and a dialog says what is going on when it takes longer than a moment.
Store::OpenFailure checkOffThread(const QString &dir, const std::function<Store::OpenFailure()> &check)
{
    Store::OpenFailure result;
    std::unique_ptr<QThread> worker(QThread::create([&result, check] { result = check(); }));
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QProgressDialog progress(QCoreApplication::translate("main", "Checking the library in %1…")
                                 .arg(QDir::toNativeSeparators(dir)),
        QString(), 0, 0);
    progress.setWindowTitle(QCoreApplication::translate("main", "Opening the Library"));
    progress.setMinimumDuration(500);
    progress.setValue(0);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    return result;
}

// With a `screenshot` path (--dialog-screenshot), `dialog` is pictured there as it shows, then closed.
void pictureInstead(QDialog &dialog, const QString &screenshot)
{
    if (screenshot.isEmpty()) {
        return;
    }
    QTimer::singleShot(0, &dialog, [&dialog, screenshot] {
        if (!dialog.grab().save(screenshot)) {
            std::fprintf(stderr, "glossa: cannot write %s\n", qUtf8Printable(screenshot));
        }
        dialog.reject();
    });
}

// Another Glossa holds the library: who, and whether to open it read-only anyway.
bool askOpenReadOnly(const QString &dir, const Store::OpenFailure &failure, const QString &screenshot)
{
    const Store::LockHolder &holder = failure.holder;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("main", "Library in Use"),
        QCoreApplication::translate("main", "The library in %1 is open in another Glossa.")
            .arg(QDir::toNativeSeparators(dir)));
    box.setObjectName(QStringLiteral("libraryInUse"));
    const QString who = holder.app.isEmpty()
        ? QCoreApplication::translate("main", "It is held by process %1 on %2.").arg(holder.pid).arg(holder.host)
        : QCoreApplication::translate("main", "It is held by %1 (process %2) on %3.")
              .arg(holder.app)
              .arg(holder.pid)
              .arg(holder.host);
    box.setInformativeText(who + u"\n\n"
        + QCoreApplication::translate("main",
            "Open it read-only to read, search, export and print it here; changes can be made only in the other "
            "window. Or close this one and go on there."));
    QPushButton *readOnly
        = box.addButton(QCoreApplication::translate("main", "Open &Read-Only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    box.addButton(QMessageBox::Close);
    box.setDefaultButton(readOnly);
    pictureInstead(box, screenshot);
    box.exec();
    return box.clickedButton() == readOnly;
}

} // namespace

bool openWindowLibrary(Library &library, const QString &dir, const LibraryOpenOptions &openOptions)
{
    using Kind = Store::OpenFailure::Kind;
    const bool interactive = openOptions.interactive;
    for (;;) {
        const bool isNew = !QFileInfo::exists(QDir(dir).filePath(Store::LibraryStore::FileName.toString()));
        Store::OpenOptions options;
        options.create = true;
        // The window makes the daily backup on a worker thread once it shows (see main()).
        options.deferDailyBackup = interactive;
        std::unique_ptr<QProgressDialog> progress;
        if (interactive) {
            options.migrationProgress = [&progress](qint64 done, qint64 total) {
                showMigrationProgress(progress, done, total);
            };
            options.runCheck = [&dir](const std::function<Store::OpenFailure()> &check) {
                return checkOffThread(dir, check);
            };
        }
        const Store::OpenFailure failure = library.open(dir, options);
        progress.reset();
        if (!failure.failed()) {
            if (isNew) {
                library.addSampleArticles();
                library.addSampleAnnotations();
            }
            return true;
        }
        const QString message = Cli::LibraryAccess::describe(failure, dir);
        if (failure.kind == Kind::Locked && !openOptions.dialogScreenshot.isEmpty()) {
            askOpenReadOnly(dir, failure, openOptions.dialogScreenshot);
            return false; // the question was only pictured
        }
        if (failure.kind == Kind::Corrupt && !openOptions.dialogScreenshot.isEmpty()) {
            DamagedLibraryDialog dialog(
                message, failure.detail, QDir(dir).filePath(Store::LibraryStore::BackupFolder.toString()));
            pictureInstead(dialog, openOptions.dialogScreenshot);
            dialog.exec();
            return false;
        }
        // A library that may not be written, or that another Glossa writes, can still be read: at
        // once for the first, when the person chooses so for the second (only they can).
        if (failure.kind == Kind::ReadOnly
            || (failure.kind == Kind::Locked && interactive && askOpenReadOnly(dir, failure, {}))) {
            Store::OpenOptions readOnly;
            readOnly.readOnly = true;
            const Store::OpenFailure again = library.open(dir, readOnly);
            if (!again.failed()) {
                return true;
            }
            std::fprintf(stderr, "glossa: %s\n", qUtf8Printable(Cli::LibraryAccess::describe(again, dir)));
            return false;
        }
        if (failure.kind == Kind::Locked && interactive) {
            return false; // Close
        }
        if (!interactive) {
            std::fprintf(stderr, "glossa: %s\n", qUtf8Printable(message));
            return false;
        }
        if (failure.kind != Kind::Corrupt) {
            QMessageBox box(
                QMessageBox::Critical, QCoreApplication::translate("main", "Cannot open the library"), message);
            box.setDetailedText(failure.detail);
            box.addButton(QMessageBox::Close);
            box.exec();
            return false;
        }
        DamagedLibraryDialog dialog(
            message, failure.detail, QDir(dir).filePath(Store::LibraryStore::BackupFolder.toString()));
        if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty()) {
            return false;
        }
        const auto restored = Store::LibraryStore::restoreBackup(dir, dialog.chosenBackup());
        if (!restored) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Cannot restore the backup"), restored.error().message);
            return false;
        }
    }
}

} // namespace Glossa::Ui
