// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "cli.h"
#include "command.h"
#include "librarycommands.h"
#include "store/backups.h"
#include "store/librarycheck.h"
#include "store/librarystore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>

namespace Glossa::Cli {

using Store::CheckFinding;
using Store::LibraryCheck;
using Store::LibraryStore;

namespace {

QString libraryFile(const QString &dir)
{
    return QDir(dir).filePath(LibraryStore::FileName.toString());
}

// What the checks find in the file, read without changing it; an empty optional after saying on
// stderr why the file could not be checked at all.
std::optional<QList<CheckFinding>> findingsOf(const QString &dir)
{
    const QString path = libraryFile(dir);
    if (!QFileInfo::exists(path)) {
        err() << QStringLiteral("glossa check: ")
              << LibraryAccess::describe({Store::OpenFailure::Kind::Missing, path, {}}, dir) << u'\n';
        return std::nullopt;
    }
    using Kind = Store::OpenFailure::Kind;
    const Store::OpenFailure inspected = LibraryStore::inspect(path);
    if (inspected.failed() && inspected.kind != Kind::Corrupt) {
        err() << QStringLiteral("glossa check: ") << LibraryAccess::describe(inspected, dir) << u'\n';
        return std::nullopt;
    }
    std::optional<QList<CheckFinding>> findings;
    LibraryStore::peek(path, [&] {
        auto db = Store::Database::open(path, LibraryStore::readMode(path));
        auto found = db ? LibraryCheck::run(**db) : Store::Result<QList<CheckFinding>>(db.error());
        if (found) {
            findings = *found;
        } else if (found.error().isCorrupt()) {
            findings = QList<CheckFinding> {{CheckFinding::Area::Pages, found.error().message}};
        } else {
            err() << Cli::tr("glossa check: cannot read %1: %2\n")
                         .arg(QDir::toNativeSeparators(path), found.error().message);
        }
    });
    if (findings && findings->isEmpty() && inspected.kind == Kind::Corrupt) {
        findings->append({CheckFinding::Area::Pages, inspected.detail}); // quick_check saw what the rest did not
    }
    return findings;
}

QString areaLabel(CheckFinding::Area area)
{
    switch (area) {
    case CheckFinding::Area::Pages:
        return Cli::tr("pages");
    case CheckFinding::Area::ForeignKeys:
        return Cli::tr("references");
    case CheckFinding::Area::SearchIndex:
        return Cli::tr("search index");
    }
    return {};
}

struct Repair {
    bool done = false;
    QString backup;
    QList<CheckFinding> after;
};

// Rebuilds the search index after a backup; says on stderr why when it cannot.
std::optional<Repair> repair(const QString &dir)
{
    Store::OpenFailure failure;
    auto store = LibraryStore::open(dir, LibraryAccess::writableOptions(), &failure);
    if (!store) {
        err() << QStringLiteral("glossa check: ") << LibraryAccess::describe(failure, dir) << u'\n';
        return std::nullopt;
    }
    // Never a repair without a way back.
    auto backup = store->backupNow(QStringLiteral("before-repair"));
    if (!backup) {
        err() << Cli::tr("glossa check: no backup could be taken, so nothing was repaired: %1\n")
                     .arg(backup.error().message);
        return std::nullopt;
    }
    err() << Cli::tr("glossa check: rebuilding the search index…\n");
    err().flush();
    if (Store::Status s = LibraryCheck::rebuildSearchIndex(store->db()); !s) {
        err() << Cli::tr("glossa check: the search index could not be rebuilt (nothing was changed): %1\n")
                     .arg(s.error().message);
        return std::nullopt;
    }
    auto after = LibraryCheck::run(store->db());
    if (!after) {
        err() << QStringLiteral("glossa check: ") << after.error().message << u'\n';
        return std::nullopt;
    }
    return Repair {true, *backup, *after};
}

} // namespace

int runCheck(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    bool json = false;
    bool wantRepair = false;
    for (const QString &a : std::as_const(args)) {
        if (a == u"--json") {
            json = true;
        } else if (a == u"--repair") {
            wantRepair = true;
        } else {
            err() << Cli::tr("glossa check: unknown argument '%1'.\n").arg(a)
                  << Cli::tr("Usage: glossa check [--repair] [--json] [--library DIR]\n");
            return ExitUsage;
        }
    }
    const auto found = findingsOf(dir);
    if (!found) {
        return ExitFailure;
    }
    std::optional<Repair> repaired;
    const bool canRepair = !found->isEmpty() && LibraryCheck::repairable(*found);
    if (wantRepair && canRepair) {
        repaired = repair(dir);
        if (!repaired) {
            return ExitFailure;
        }
    }
    const QList<CheckFinding> &remaining = repaired ? repaired->after : *found;
    const QString where = QDir::toNativeSeparators(QDir(dir).absolutePath());
    if (json) {
        auto list = [](const QList<CheckFinding> &findings) {
            QJsonArray a;
            for (const CheckFinding &f : findings) {
                a.append(QJsonObject {
                    {QStringLiteral("area"), CheckFinding::areaName(f.area)}, {QStringLiteral("message"), f.message}});
            }
            return a;
        };
        QJsonObject o {{QStringLiteral("library"), where}, {QStringLiteral("ok"), remaining.isEmpty()},
            {QStringLiteral("problems"), list(remaining)},
            {QStringLiteral("repairable"), !remaining.isEmpty() && LibraryCheck::repairable(remaining)}};
        if (repaired) {
            o.insert(QStringLiteral("repaired"), list(*found));
            o.insert(QStringLiteral("backup"), QDir::toNativeSeparators(repaired->backup));
        }
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return remaining.isEmpty() ? ExitOk : ExitFailure;
    }
    if (repaired) {
        out() << Cli::tr(
            "Rebuilt the search index, which had %n problem(s); the library as it was is in the backup %1.\n", nullptr,
            int(found->size()))
                     .arg(QDir::toNativeSeparators(repaired->backup));
    }
    if (remaining.isEmpty()) {
        out() << Cli::tr("The library in %1 is healthy: its pages, references and search index are in order.\n")
                     .arg(where);
        return ExitOk;
    }
    out() << Cli::tr("The library in %1 has %n problem(s):\n", nullptr, int(remaining.size())).arg(where);
    for (const CheckFinding &f : remaining) {
        out() << u"  " << areaLabel(f.area) << u": " << f.message << u'\n';
    }
    if (LibraryCheck::repairable(remaining)) {
        out() << Cli::tr("The search index is made from the library's own text: 'glossa check --repair' rebuilds it "
                         "(after taking a backup).\n");
    } else {
        out() << Cli::tr("Damaged pages cannot be rebuilt from the library itself. 'glossa restore' lists the "
                         "backups; 'glossa restore --latest' puts the newest in place and keeps this file aside.\n");
    }
    return ExitFailure;
}

int runRestore(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const QString usage = Cli::tr("Usage: glossa restore [BACKUP | --latest] [--json] [--library DIR]\n");
    bool json = false;
    bool latest = false;
    QStringList named;
    for (const QString &a : std::as_const(args)) {
        if (a == u"--json") {
            json = true;
        } else if (a == u"--latest") {
            latest = true;
        } else if (a.startsWith(u'-')) {
            err() << Cli::tr("glossa restore: unknown option '%1'.\n").arg(a) << usage;
            return ExitUsage;
        } else {
            named << a;
        }
    }
    if (named.size() > 1 || (latest && !named.isEmpty())) {
        err() << Cli::tr("glossa restore: name one backup, or --latest.\n") << usage;
        return ExitUsage;
    }
    const QString backupDir = QDir(dir).filePath(LibraryStore::BackupFolder.toString());
    const QStringList backups = Store::Backups::list(backupDir);
    if (!latest && named.isEmpty()) {
        // The list to choose from, newest first.
        QJsonArray list;
        for (const QString &b : backups) {
            const QFileInfo info(b);
            const QDateTime at = Store::Backups::timeOf(b);
            if (json) {
                list.append(QJsonObject {{QStringLiteral("file"), info.fileName()},
                    {QStringLiteral("path"), QDir::toNativeSeparators(b)},
                    {QStringLiteral("time"), at.toString(Qt::ISODate)}, {QStringLiteral("bytes"), info.size()}});
            } else {
                out() << info.fileName() << u"  " << QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) << u"  "
                      << QLocale().formattedDataSize(info.size()) << u'\n';
            }
        }
        if (json) {
            out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        } else if (backups.isEmpty()) {
            out() << Cli::tr("There are no backups of the library in %1.\n").arg(QDir::toNativeSeparators(dir));
        }
        return ExitOk;
    }
    QString chosen;
    if (latest) {
        if (backups.isEmpty()) {
            err() << Cli::tr("glossa restore: there are no backups of the library in %1.\n")
                         .arg(QDir::toNativeSeparators(dir));
            return ExitFailure;
        }
        chosen = backups.first();
    } else if (QFileInfo(named.first()).isFile()) {
        chosen = QFileInfo(named.first()).absoluteFilePath();
    } else if (QFileInfo(QDir(backupDir).filePath(named.first())).isFile()) {
        chosen = QDir(backupDir).filePath(named.first());
    } else {
        err() << Cli::tr("glossa restore: there is no backup '%1'; 'glossa restore' lists them.\n").arg(named.first());
        return ExitFailure;
    }
    // No Glossa may have the library open while its file is replaced.
    if (!QDir().mkpath(dir)) {
        err() << Cli::tr("glossa restore: cannot create the folder %1.\n").arg(QDir::toNativeSeparators(dir));
        return ExitFailure;
    }
    QLockFile lock(QDir(dir).filePath(LibraryStore::LockFileName.toString()));
    if (!lock.tryLock(0)) {
        const Store::LockHolder holder = Store::LockHolder::of(lock);
        err() << QStringLiteral("glossa restore: ")
              << LibraryAccess::describe({Store::OpenFailure::Kind::Locked, holder.describe(), {}, holder}, dir)
              << u'\n';
        return ExitFailure;
    }
    const QStringList asideBefore = QDir(dir).entryList({QStringLiteral("library.damaged-*.sqlite")}, QDir::Files);
    if (Store::Status s = LibraryStore::restoreBackup(dir, chosen); !s) {
        err() << QStringLiteral("glossa restore: ") << s.error().message << u'\n';
        return ExitFailure;
    }
    QString aside;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("library.damaged-*.sqlite")}, QDir::Files)) {
        if (!asideBefore.contains(name)) {
            aside = QDir(dir).filePath(name);
        }
    }
    if (json) {
        out() << QString::fromUtf8(
            QJsonDocument(QJsonObject {{QStringLiteral("restored"), QDir::toNativeSeparators(chosen)},
                              {QStringLiteral("keptAs"), QDir::toNativeSeparators(aside)}})
                .toJson(QJsonDocument::Indented));
    } else {
        out() << Cli::tr("Restored the backup %1.\n").arg(QDir::toNativeSeparators(chosen));
        if (!aside.isEmpty()) {
            out() << Cli::tr("The library file it replaced is kept as %1.\n").arg(QDir::toNativeSeparators(aside));
        }
    }
    return ExitOk;
}

} // namespace Glossa::Cli
