// SPDX-License-Identifier: GPL-3.0-or-later
// The daily backup without holding up the window: made on a worker thread through a connection of
// its own (Backups::createFromFile), then rotated. A 1 GB library takes seconds to copy; the window
// goes on reading and writing meanwhile.
#pragma once

#include "backups.h"

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace Glossa::Store {

class BackgroundBackup final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundBackup(QObject *parent = nullptr);
    // Waits for a backup under way: it is short next to the risk of a half-made copy (the .part file
    // is never left behind either way).
    ~BackgroundBackup() override;

    // Copies the library file `databasePath` into `backupDir`, then rotates the backups by `policy`.
    // Does nothing while a backup is under way.
    void start(const QString &databasePath, const QString &backupDir, const BackupPolicy &policy);
    bool isRunning() const { return m_worker != nullptr; }
    // Blocks until the backup under way, if any, is done (finished() is still emitted).
    void wait();

Q_SIGNALS:
    // `backupPath` is the new backup; on failure it is empty and `error` says why.
    void finished(const QString &backupPath, const QString &error);

private:
    struct Outcome {
        QString path;
        QString error;
    };
    QThread *m_worker = nullptr;
    std::shared_ptr<Outcome> m_outcome;
};

} // namespace Glossa::Store
