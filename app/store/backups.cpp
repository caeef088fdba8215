// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "storelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <sqlite3.h>

namespace Glossa::Store {

namespace {
const QRegularExpression &namePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^library-(\\d{8}T\\d{6}(?:\\d{3})?Z)(?:-([a-z0-9-]+))?\\.sqlite$"));
    return re;
}
} // namespace

QString Backups::fileNameFor(const QDateTime &at, const QString &tag)
{
    QString name = u"library-" + at.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'"));
    if (!tag.isEmpty()) {
        name += u'-' + tag;
    }
    return name + u".sqlite";
}

QDateTime Backups::timeOf(const QString &backupPath)
{
    const auto m = namePattern().match(QFileInfo(backupPath).fileName());
    if (!m.hasMatch()) {
        return {};
    }
    const QString stamp = m.captured(1);
    QDateTime t = QDateTime::fromString(
        stamp, stamp.size() == 19 ? QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'") : QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

Result<QString> Backups::create(Database &db, const QString &backupDir, const QString &tag, const QDateTime &at)
{
    if (!QDir().mkpath(backupDir)) {
        return Error {SQLITE_CANTOPEN, QStringLiteral("cannot create the backup folder %1").arg(backupDir)};
    }
    const QString finalPath = QDir(backupDir).filePath(fileNameFor(at, tag));
    const QString partPath = finalPath + u".part";
    QFile::remove(partPath);
    {
        auto target = Database::open(partPath, Database::Mode::ReadWriteCreate);
        if (!target) {
            return target.error();
        }
        sqlite3_backup *backup = sqlite3_backup_init((*target)->handle(), "main", db.handle(), "main");
        if (!backup) {
            return (*target)->lastError();
        }
        // All pages in one step: a library is small, and one step gives one consistent snapshot.
        int rc = sqlite3_backup_step(backup, -1);
        while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(50);
            rc = sqlite3_backup_step(backup, -1);
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            Error e = (*target)->lastError();
            target->reset();
            QFile::remove(partPath);
            return e;
        }
        // A backup is a plain rollback-journal file: one file, easy to copy back.
        if (Status s = (*target)->exec(QStringLiteral("PRAGMA journal_mode=DELETE")); !s) {
            target->reset();
            QFile::remove(partPath);
            return s.error();
        }
    }
    if (!QFile::rename(partPath, finalPath)) {
        QFile::remove(partPath);
        return Error {SQLITE_CANTOPEN, QStringLiteral("cannot write the backup %1").arg(finalPath)};
    }
    qCInfo(lcStore) << "backup written:" << finalPath;
    return finalPath;
}

Result<QString> Backups::createFromFile(
    const QString &databasePath, const QString &backupDir, const QString &tag, const QDateTime &at)
{
    auto source = Database::open(databasePath, Database::Mode::ReadOnly);
    if (!source) {
        return source.error();
    }
    return create(**source, backupDir, tag, at);
}

QStringList Backups::list(const QString &backupDir)
{
    QStringList out;
    const QStringList names = QDir(backupDir).entryList({QStringLiteral("library-*.sqlite")}, QDir::Files);
    for (const QString &name : names) {
        if (namePattern().match(name).hasMatch()) {
            out << QDir(backupDir).filePath(name);
        }
    }
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return timeOf(a) > timeOf(b); });
    return out;
}

QString Backups::newest(const QString &backupDir)
{
    const QStringList all = list(backupDir);
    return all.isEmpty() ? QString() : all.first();
}

void Backups::rotate(const QString &backupDir, const BackupPolicy &policy)
{
    QSet<QDate> days;
    QSet<qint64> weeks;
    int tagged = 0;
    int weeklyKept = 0;
    for (const QString &path : list(backupDir)) { // newest first
        const auto m = namePattern().match(QFileInfo(path).fileName());
        bool keep = false;
        if (!m.captured(2).isEmpty()) {
            keep = ++tagged <= 3;
        } else {
            const QDate day = timeOf(path).date();
            int weekYear = 0;
            const qint64 week = qint64(day.weekNumber(&weekYear)) + qint64(weekYear) * 100;
            if (days.contains(day)) {
                keep = false; // an older backup of a day already kept
            } else if (days.size() < policy.keepDaily) {
                days.insert(day);
                weeks.insert(week);
                keep = true;
            } else if (!weeks.contains(week) && weeklyKept < policy.keepWeekly) {
                // A week not already represented by a daily backup.
                weeks.insert(week);
                ++weeklyKept;
                keep = true;
            }
        }
        if (!keep && !QFile::remove(path)) {
            qCWarning(lcStore) << "could not delete old backup" << path;
        }
    }
}

} // namespace Glossa::Store
