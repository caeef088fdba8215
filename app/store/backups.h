// SPDX-License-Identifier: GPL-3.0-or-later
// Library backups: consistent copies made with SQLite's online backup API (safe while the library
// is in use), named by their UTC time, and rotated so a few weeks of history stay on disk.
#pragma once

#include "database.h"

#include <QDateTime>
#include <QStringList>

namespace Glossa::Store {

struct BackupPolicy {
    int keepDaily = 7; // newest backup of each of the last N days that have one
    int keepWeekly = 4; // then the newest of each of N earlier weeks
    int intervalHours = 24; // an automatic backup on open when the newest is older than this
};

class Backups
{
public:
    // Copies the open database into `backupDir` (created if needed). `tag` is a short suffix for
    // special backups ("before-v3"); tagged backups are kept outside the daily/weekly rotation.
    // The copy is written under a temporary name and renamed, so a half-written backup never exists.
    static Result<QString> create(Database &db, const QString &backupDir, const QString &tag = {},
        const QDateTime &at = QDateTime::currentDateTimeUtc());

    // The same from the library file at `databasePath`, through a read-only connection of its own:
    // what a worker thread calls while the window goes on using its connection (a WAL library gives
    // the backup one consistent snapshot, and the window's writes do not wait for it).
    static Result<QString> createFromFile(const QString &databasePath, const QString &backupDir,
        const QString &tag = {}, const QDateTime &at = QDateTime::currentDateTimeUtc());

    // Backup files, newest first.
    static QStringList list(const QString &backupDir);
    static QString newest(const QString &backupDir);
    static QDateTime timeOf(const QString &backupPath); // invalid for a name Glossa did not write

    // Deletes the untagged backups the policy does not keep; keeps the 3 newest tagged ones.
    static void rotate(const QString &backupDir, const BackupPolicy &policy);

    static QString fileNameFor(const QDateTime &at, const QString &tag = {});
};

} // namespace Glossa::Store
