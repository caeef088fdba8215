// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarystore.h"

#include "schema.h"
#include "settingsrepository.h"
#include "storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>

namespace Glossa::Store {

namespace {

Result<QStringList> checkRows(Database &db, const QString &pragma)
{
    auto q = db.prepareUncached(pragma);
    if (!q) {
        return q.error();
    }
    QStringList problems;
    Status st = (*q)->forEach([&](const Statement &r) {
        const QString row = r.text(0);
        if (row != u"ok") {
            problems << row;
        }
    });
    if (!st) {
        return st.error();
    }
    return problems;
}

OpenFailure failure(OpenFailure::Kind kind, QString detail)
{
    return OpenFailure {kind, std::move(detail), {}};
}

// Whether this process may write `path` (the kernel's answer: permissions, a read-only mount, an
// immutable folder), asked before a writer takes the lock.
bool mayWrite(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// Why a writer could not open the library in `dir`, asked without taking its lock (a reader must
// never keep a writer out, even for a moment): its folder or file may not be written, or a live
// process holds its lock file.
OpenFailure readOnlyCauseOf(const QString &dir)
{
    const QString path = QDir(dir).filePath(LibraryStore::FileName.toString());
    if (!mayWrite(dir) || !mayWrite(path)) {
        return failure(OpenFailure::Kind::ReadOnly, mayWrite(dir) ? path : dir);
    }
    QLockFile lock(QDir(dir).filePath(LibraryStore::LockFileName.toString()));
    const LockHolder holder = LockHolder::of(lock);
    // A pid that is gone left a stale lock: nobody holds the library (kill(pid, 0) fails with ESRCH).
    const bool alive
        = holder.host != QSysInfo::machineHostName() || ::kill(pid_t(holder.pid), 0) == 0 || errno == EPERM;
    if (holder.pid > 0 && alive) {
        OpenFailure held = failure(OpenFailure::Kind::Locked, holder.describe());
        held.holder = holder;
        return held;
    }
    return {};
}

} // namespace

LockHolder LockHolder::of(const QLockFile &lock)
{
    LockHolder holder;
    if (!lock.getLockInfo(&holder.pid, &holder.host, &holder.app)) {
        return {};
    }
    return holder;
}

QString LockHolder::describe() const
{
    const QString process = QStringLiteral("process %1 on %2").arg(pid).arg(host);
    return app.isEmpty() ? process : app + u", " + process;
}

LibraryStore::~LibraryStore()
{
    m_db.reset(); // close before the lock is released
}

QString LibraryStore::databasePath() const
{
    return QDir(m_dir).filePath(FileName.toString());
}

QString LibraryStore::backupDirectory() const
{
    return QDir(m_dir).filePath(BackupFolder.toString());
}

void LibraryStore::peek(const QString &path, const std::function<void()> &read)
{
    // A read-only connection to a WAL library creates empty -wal and -shm files when none exist.
    // Remove the ones this look created (an empty -wal holds nothing), so a file we refuse is left
    // exactly as we found it, neighbours included.
    const QString wal = path + u"-wal";
    const QString shm = path + u"-shm";
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    read();
    if (!hadWal && QFileInfo::exists(wal) && QFileInfo(wal).size() == 0) {
        QFile::remove(wal);
        if (!hadShm) {
            QFile::remove(shm);
        }
    }
}

OpenFailure LibraryStore::inspect(const QString &path)
{
    OpenFailure result;
    peek(path, [&] { result = inspectConnection(path, readMode(path)); });
    return result;
}

Database::Mode LibraryStore::readMode(const QString &path)
{
    const bool folderWritable = mayWrite(QFileInfo(path).absolutePath());
    return !folderWritable && !QFileInfo::exists(path + u"-wal") ? Database::Mode::Immutable : Database::Mode::ReadOnly;
}

OpenFailure LibraryStore::inspectConnection(const QString &path, Database::Mode mode)
{
    auto db = Database::open(path, mode);
    if (!db) {
        return failure(db.error().isCorrupt() ? OpenFailure::Kind::Corrupt : OpenFailure::Kind::Io, db.error().message);
    }
    // quick_check reads every page, so it also finds a truncated file or random bytes (NOTADB).
    auto problems = checkRows(**db, QStringLiteral("PRAGMA quick_check"));
    if (!problems) {
        return failure(problems.error().isCorrupt() ? OpenFailure::Kind::Corrupt : OpenFailure::Kind::Io,
            problems.error().message);
    }
    if (!problems->isEmpty()) {
        return failure(OpenFailure::Kind::Corrupt, problems->mid(0, 5).join(u'\n'));
    }
    auto version = (*db)->scalar(QStringLiteral("PRAGMA user_version"));
    auto appId = (*db)->scalar(QStringLiteral("PRAGMA application_id"));
    auto tables = (*db)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!version || !appId || !tables) {
        const Error e = !version ? version.error() : !appId ? appId.error() : tables.error();
        return failure(e.isCorrupt() ? OpenFailure::Kind::Corrupt : OpenFailure::Kind::Io, e.message);
    }
    const bool empty = *version == 0 && *tables == 0;
    if (!empty && *appId != Schema::ApplicationId) {
        return failure(OpenFailure::Kind::Foreign,
            QStringLiteral("application_id %1, user_version %2, %3 objects").arg(*appId).arg(*version).arg(*tables));
    }
    if (*version > Schema::latestVersion()) {
        return failure(OpenFailure::Kind::NewerVersion,
            QStringLiteral("schema version %1; this Glossa knows up to %2").arg(*version).arg(Schema::latestVersion()));
    }
    return {};
}

std::unique_ptr<LibraryStore> LibraryStore::open(const QString &dir, const OpenOptions &options, OpenFailure *out)
{
    OpenFailure scratch;
    OpenFailure &result = out ? *out : scratch;
    result = {};
    std::unique_ptr<LibraryStore> store(new LibraryStore);
    store->m_dir = QDir(dir).absolutePath();
    const QString path = store->databasePath();
    const bool exists = QFileInfo::exists(path);
    if (!exists && (!options.create || options.readOnly)) {
        result = failure(OpenFailure::Kind::Missing, path);
        return nullptr;
    }
    if (!exists && !QDir().mkpath(store->m_dir)) {
        result = failure(OpenFailure::Kind::Io, QStringLiteral("cannot create %1").arg(store->m_dir));
        return nullptr;
    }

    if (!options.readOnly && exists && (!mayWrite(store->m_dir) || !mayWrite(path))) {
        result = failure(OpenFailure::Kind::ReadOnly, mayWrite(store->m_dir) ? path : store->m_dir);
        return nullptr;
    }
    if (!options.readOnly) {
        const QString lockPath = QDir(store->m_dir).filePath(LockFileName.toString());
        store->m_lock = std::make_unique<QLockFile>(lockPath);
        // A lock left by a process that died is stale and taken over at once (QLockFile checks the pid).
        if (!store->m_lock->tryLock(0)) {
            const LockHolder holder = LockHolder::of(*store->m_lock);
            if (QFileInfo(lockPath).isDir()
                || (store->m_lock->error() == QLockFile::LockFailedError && holder.pid <= 0)) {
                // A folder in its place, or a file that says no owner: no Glossa holds the library.
                result = failure(OpenFailure::Kind::LockUnusable, lockPath);
            } else {
                result = failure(store->m_lock->error() == QLockFile::LockFailedError ? OpenFailure::Kind::Locked
                                                                                      : OpenFailure::Kind::Io,
                    holder.describe());
                result.holder = holder;
            }
            return nullptr;
        }
    }

    if (exists) {
        const auto check = [&path] { return inspect(path); };
        OpenFailure inspected = options.runCheck ? options.runCheck(check) : check();
        if (inspected.failed()) {
            inspected.newestBackup = Backups::newest(store->backupDirectory());
            result = inspected;
            return nullptr;
        }
    }

    auto db = Database::open(path, options.readOnly ? readMode(path) : Database::Mode::ReadWriteCreate);
    if (!db) {
        result = failure(OpenFailure::Kind::Io, db.error().message);
        return nullptr;
    }
    store->m_db = std::move(*db);
    if (Status s = Schema::configure(store->db()); !s) {
        result = failure(s.error().isBusy() ? OpenFailure::Kind::Locked : OpenFailure::Kind::Io, s.error().message);
        return nullptr;
    }
    auto version = store->db().scalar(QStringLiteral("PRAGMA user_version"));
    if (!version) {
        result = failure(OpenFailure::Kind::Io, version.error().message);
        return nullptr;
    }
    if (options.readOnly) {
        store->m_readOnlyCause = readOnlyCauseOf(store->m_dir);
        if (*version == 0) {
            result = failure(OpenFailure::Kind::Empty, path);
            return nullptr;
        }
        if (*version < Schema::latestVersion()) {
            result = failure(OpenFailure::Kind::NeedsUpgrade,
                QStringLiteral("schema version %1, current is %2").arg(*version).arg(Schema::latestVersion()));
            return nullptr;
        }
        return store;
    }

    if (*version > 0 && *version < Schema::latestVersion()) {
        // Never migrate without a way back.
        auto backup = store->backupNow(QStringLiteral("before-v%1").arg(Schema::latestVersion()));
        if (!backup) {
            result = failure(OpenFailure::Kind::Io, backup.error().message);
            return nullptr;
        }
    }
    if (Status s = Schema::migrate(store->db(), -1, options.migrationProgress); !s) {
        result = failure(s.error().isBusy() ? OpenFailure::Kind::Locked : OpenFailure::Kind::Io, s.error().message);
        return nullptr;
    }

    // The rotation can be configured per library (settings backup.keep_daily / backup.keep_weekly).
    BackupPolicy policy = options.backups;
    SettingsRepository settings(store->db());
    for (auto [key, field] : {std::pair {u"backup.keep_daily", &BackupPolicy::keepDaily},
             std::pair {u"backup.keep_weekly", &BackupPolicy::keepWeekly}}) {
        auto value = settings.value(QString::fromUtf16(key));
        bool ok = false;
        const int n = value && *value ? (*value)->toInt(&ok) : 0;
        if (ok && n >= 0) {
            policy.*field = n;
        }
    }

    // The daily backup. A failure here is logged, not fatal: the library itself is fine.
    store->m_backupPolicy = policy;
    const QString newest = Backups::newest(store->backupDirectory());
    const QDateTime last = newest.isEmpty() ? QDateTime() : Backups::timeOf(newest);
    if (exists
        && (!last.isValid() || last.secsTo(QDateTime::currentDateTimeUtc()) >= qint64(policy.intervalHours) * 3600)) {
        if (options.deferDailyBackup) {
            store->m_dailyBackupDue = true;
            return store; // rotated after the caller's backup
        }
        if (auto b = store->backupNow(); !b) {
            qCWarning(lcStore) << "automatic backup failed:" << b.error().message;
        }
    }
    Backups::rotate(store->backupDirectory(), policy);
    return store;
}

Result<QStringList> LibraryStore::integrityCheck()
{
    auto problems = checkRows(db(), QStringLiteral("PRAGMA integrity_check"));
    if (!problems) {
        return problems;
    }
    auto fk = db().prepareUncached(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk) {
        return fk.error();
    }
    Status st = (*fk)->forEach([&](const Statement &r) {
        problems->append(QStringLiteral("foreign key violation in %1 row %2").arg(r.text(0)).arg(r.int64(1)));
    });
    if (!st) {
        return st.error();
    }
    return problems;
}

Result<QString> LibraryStore::backupNow(const QString &tag)
{
    return Backups::create(db(), backupDirectory(), tag);
}

Status LibraryStore::restoreBackup(const QString &dir, const QString &backupPath)
{
    const QString path = QDir(dir).filePath(FileName.toString());
    if (OpenFailure check = inspect(backupPath); check.failed()) {
        return Error {SQLITE_CORRUPT, QStringLiteral("the backup %1 is not usable: %2").arg(backupPath, check.detail)};
    }
    if (QFileInfo::exists(path)) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        const QString damaged = QDir(dir).filePath(u"library.damaged-" + stamp + u".sqlite");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, damaged + suffix)) {
                return Error {
                    SQLITE_CANTOPEN, QStringLiteral("cannot move the damaged library aside to %1").arg(damaged)};
            }
        }
    }
    const QString part = path + u".part";
    QFile::remove(part);
    if (!QFile::copy(backupPath, part) || !QFile::rename(part, path)) {
        QFile::remove(part);
        return Error {SQLITE_CANTOPEN, QStringLiteral("cannot copy the backup %1 into place").arg(backupPath)};
    }
    return {};
}

} // namespace Glossa::Store
