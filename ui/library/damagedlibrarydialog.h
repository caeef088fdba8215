// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog shown when the library cannot be opened because its file is damaged: what is wrong,
// and the library's backups (newest first, with their dates and sizes) to put one in its place.
// Restoring keeps the damaged file beside the library (Store::LibraryStore::restoreBackup).
#pragma once

#include <QDialog>

class QTreeWidget;

namespace Glossa {

class DamagedLibraryDialog final : public QDialog
{
    Q_OBJECT

public:
    // `message` says what is wrong (Cli::LibraryAccess::describe), `detail` is SQLite's own words.
    DamagedLibraryDialog(const QString &message, const QString &detail, const QString &backupDirectory,
        QWidget *parent = nullptr);

    // The backup chosen when the dialog was accepted.
    QString chosenBackup() const;

private:
    QTreeWidget *m_backups = nullptr;
};

} // namespace Glossa
