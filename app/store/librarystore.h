// SPDX-License-Identifier: GPL-3.0-or-later
// A library folder on disk (library.sqlite, backups/, a lock file): opening it safely. Before
// anything writes, the file is inspected through a read-only connection, so a damaged library, one
// from a newer Glossa or a foreign SQLite file is reported and left byte-identical. A read-write
// open takes a QLockFile so a second Glossa process is told the library is in use.
#pragma once

#include "backups.h"
#include "database.h"
#include "schema.h"

#include <QLockFile>

#include <functional>
#include <memory>

namespace Glossa::Store {

// Who holds a library's lock, as QLockFile records it: the process, its host and its program's
// name (empty when the lock file does not say).
struct LockHolder {
    qint64 pid = 0;
    QString host;
    QString app;

    // The holder of the lock file `lock` names (pid 0 when it names none).
    static LockHolder of(const QLockFile &lock);
    // "glossa-window, process 4242 on laptop": for messages.
    QString describe() const;
};

struct OpenFailure {
    // Empty: library.sqlite is there but holds no library at all (0 bytes, or no schema yet).
    // ReadOnly: a writer was refused because the folder or the file may not be written (detail: the
    // path); readers open such a library all the same. LockUnusable: the lock file is no lock (a
    // folder, or unreadable), so no other Glossa holds the library (detail: the lock's path).
    enum class Kind {
        None,
        Missing,
        Empty,
        Locked,
        LockUnusable,
        ReadOnly,
        Corrupt,
        NewerVersion,
        Foreign,
        NeedsUpgrade,
        Io
    };

    Kind kind = Kind::None;
    QString detail; // SQLite's message or the lock owner: for logs and "details"
    QString newestBackup; // for a corrupt library: the backup to offer, if any
    LockHolder holder; // Locked: who holds the library (detail is holder.describe())

    bool failed() const { return kind != Kind::None; }
};

struct OpenOptions {
    bool create = false; // create the folder and an empty library when there is none
    bool readOnly = false; // never write (and take no lock): for read-only sub-commands
    // Leave a due daily backup to the caller (dailyBackupDue()), which makes it off its own thread
    // (BackgroundBackup): the window, so that a large library does not hold it up.
    bool deferDailyBackup = false;
    BackupPolicy backups;
    // Told how an upgrade of an older library goes (rows done of total); version 9 indexes the whole
    // library again, which takes seconds in a large one. Not called when nothing is migrated.
    Schema::Progress migrationProgress;
    // Runs `check`, the check of an existing library file before it is opened (quick_check reads
    // every page: seconds in a large library), and returns what it found. The window runs it off its
    // own thread and shows progress meanwhile; unset, it runs here. `check` may run on any thread.
    std::function<OpenFailure(const std::function<OpenFailure()> &check)> runCheck;
};

class LibraryStore final
{
public:
    static constexpr QStringView FileName = u"library.sqlite";
    static constexpr QStringView BackupFolder = u"backups";
    static constexpr QStringView LockFileName = u"library.lock";

    static std::unique_ptr<LibraryStore> open(const QString &dir, const OpenOptions &options, OpenFailure *failure);
    ~LibraryStore();

    Database &db() { return *m_db; }
    QString directory() const { return m_dir; }
    QString databasePath() const;
    QString backupDirectory() const;
    bool isReadOnly() const { return m_db->isReadOnly(); }
    // Why a library opened read-only could not have been written: ReadOnly (detail: the folder or
    // file that may not be written) or Locked (another Glossa holds it, by its lock file); None when
    // it is writable or was opened read-only though it could be written.
    const OpenFailure &readOnlyCause() const { return m_readOnlyCause; }

    // The full PRAGMA integrity_check (on demand; open runs quick_check). Empty means healthy.
    Result<QStringList> integrityCheck();
    Result<QString> backupNow(const QString &tag = {});
    // Whether the daily backup is due and was left to the caller (OpenOptions::deferDailyBackup), and
    // the rotation to apply after it (the library's own settings applied).
    bool dailyBackupDue() const { return m_dailyBackupDue; }
    BackupPolicy backupPolicy() const { return m_backupPolicy; }

    // Replaces a damaged library with a backup. The damaged file (and its -wal) is renamed to
    // library.damaged-<time>.sqlite beside it, never overwritten or deleted. No connection may be open.
    static Status restoreBackup(const QString &dir, const QString &backupPath);

    // Checks a closed library file through a read-only connection without changing it.
    static OpenFailure inspect(const QString &databasePath);
    // Runs `read`, which opens read-only connections to the library file at `databasePath`, and then
    // removes the empty -wal and -shm files those connections created, so the folder is left as it was.
    static void peek(const QString &databasePath, const std::function<void()> &read);
    // How a reader opens `path`: Immutable when its folder may not be written and no -wal is there
    // (SQLite could not read a WAL library otherwise), else ReadOnly.
    static Database::Mode readMode(const QString &path);

private:
    LibraryStore() = default;
    static OpenFailure inspectConnection(const QString &path, Database::Mode mode);

    QString m_dir;
    OpenFailure m_readOnlyCause;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    bool m_dailyBackupDue = false;
    BackupPolicy m_backupPolicy;
};

} // namespace Glossa::Store
