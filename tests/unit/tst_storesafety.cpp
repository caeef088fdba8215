// SPDX-License-Identifier: GPL-3.0-or-later
// What keeps years of notes safe: damaged, foreign and newer files are reported and left
// byte-identical; backups are consistent, rotated and restorable; a second writer is refused
// while readers still work; integrity checks find damage.
#include "helpers/storefixtures.h"
#include "library/library.h"
#include "library/undostack.h"
#include "store/backgroundbackup.h"
#include "store/backups.h"
#include "store/librarystore.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>
#include <QTimeZone>

using namespace Glossa;
using namespace Glossa::Store;

class TstStoreSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshDir() { return m_dir.filePath(QStringLiteral("lib%1").arg(++m_count)); }

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // A library with some content, closed again.
    QString makeLibrary(int annotations = 50)
    {
        const QString dir = freshDir();
        Library library;
        OpenOptions options;
        options.create = true;
        if (library.open(dir, options).failed()) {
            return {};
        }
        const auto f = Test::article();
        library.addArticle(f.article, f.revision);
        for (int i = 0; i < annotations; ++i) {
            Model::Annotation a = Test::annotation(f);
            a.note = QStringLiteral("nota %1 ").arg(i).repeated(20);
            library.addAnnotation(a);
        }
        return dir;
    }

    static QString dbPath(const QString &dir) { return QDir(dir).filePath(LibraryStore::FileName.toString()); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void damagedFilesAreReportedAndLeftAlone_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<int>("kind");
        QTest::addRow("random bytes") << QStringLiteral("random") << int(OpenFailure::Kind::Corrupt);
        QTest::addRow("truncated file") << QStringLiteral("truncate") << int(OpenFailure::Kind::Corrupt);
        QTest::addRow("overwritten pages") << QStringLiteral("scribble") << int(OpenFailure::Kind::Corrupt);
        QTest::addRow("foreign schema") << QStringLiteral("foreign") << int(OpenFailure::Kind::Foreign);
        QTest::addRow("newer version") << QStringLiteral("newer") << int(OpenFailure::Kind::NewerVersion);
    }

    void damagedFilesAreReportedAndLeftAlone()
    {
        QFETCH(QString, damage);
        QFETCH(int, kind);
        QString dir = makeLibrary(300);
        QVERIFY(!dir.isEmpty());
        {
            // A backup exists, so the report can offer it.
            Library library;
            QVERIFY(!library.open(dir).failed());
            QVERIFY(library.store()->backupNow().ok());
        }
        const QString path = dbPath(dir);
        if (damage == u"random") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QByteArray bytes(64 * 1024, Qt::Uninitialized);
            QRandomGenerator(42).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            f.write(bytes);
        } else if (damage == u"truncate") {
            QFile f(path);
            QVERIFY(f.resize(f.size() / 2));
        } else if (damage == u"scribble") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            // Garbage over the pages after the header page: b-tree pages that no longer parse.
            for (qint64 page = 1; page * 4096 < f.size(); page += 3) {
                f.seek(page * 4096 + 8);
                f.write(QByteArray(512, '\x5a'));
            }
        } else if (damage == u"foreign") {
            QVERIFY(QFile::remove(path));
            auto db = Database::open(path, Database::Mode::ReadWriteCreate);
            QVERIFY(db.ok());
            QVERIFY((*db)
                    ->exec(QStringLiteral("CREATE TABLE moz_places(id INTEGER PRIMARY KEY, url TEXT);"
                                          "INSERT INTO moz_places(url) VALUES ('https://example.org')"))
                    .ok());
        } else if (damage == u"newer") {
            auto db = Database::open(path, Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)).ok());
        }
        const QByteArray before = hashOf(path);
        const QStringList filesBefore = QDir(dir).entryList(QDir::Files);

        for (bool readOnly : {false, true}) {
            Library library;
            OpenOptions options;
            options.create = true;
            options.readOnly = readOnly;
            const OpenFailure failure = library.open(dir, options);
            QCOMPARE(int(failure.kind), kind);
            QVERIFY(!library.isOpen());
            if (kind == int(OpenFailure::Kind::Corrupt)) {
                QVERIFY(!failure.newestBackup.isEmpty());
                QVERIFY(QFileInfo::exists(failure.newestBackup));
            }
        }
        QCOMPARE(hashOf(path), before);
        QCOMPARE(QDir(dir).entryList(QDir::Files), filesBefore);
    }

    // The check of the file at open runs where the caller says (the window: on a thread of its own),
    // and what it finds decides: a damaged file found there is refused as any other, and nothing is
    // written to it.
    void theCheckAtOpenRunsWhereTheCallerSays()
    {
        const QString dir = makeLibrary(20);
        QVERIFY(!dir.isEmpty());
        int checks = 0;
        bool onAnotherThread = false;
        OpenOptions options;
        options.runCheck = [&](const std::function<OpenFailure()> &check) {
            ++checks;
            OpenFailure found;
            std::unique_ptr<QThread> worker(QThread::create([&] {
                onAnotherThread = QThread::currentThread() != QCoreApplication::instance()->thread();
                found = check();
            }));
            worker->start();
            worker->wait();
            return found;
        };
        {
            Library library;
            QVERIFY(!library.open(dir, options).failed());
            QCOMPARE(checks, 1);
            QVERIFY(onAnotherThread);
            QCOMPARE(library.articles().size(), 1);
        }
        // What the check reports is what the open says; the file is not touched.
        const QString path = dbPath(dir);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (qint64 page = 1; page * 4096 < f.size(); page += 3) {
                f.seek(page * 4096 + 8);
                f.write(QByteArray(512, '\x5a'));
            }
        }
        const QByteArray before = hashOf(path);
        Library library;
        const OpenFailure failure = library.open(dir, options);
        QCOMPARE(checks, 2);
        QCOMPARE(failure.kind, OpenFailure::Kind::Corrupt);
        QVERIFY(!library.isOpen());
        QCOMPARE(hashOf(path), before);
    }

    void aCorruptLibraryIsRestoredFromItsBackupKeepingTheDamagedFile()
    {
        const QString dir = makeLibrary(300);
        QString backup;
        {
            Library library;
            QVERIFY(!library.open(dir).failed());
            auto b = library.store()->backupNow();
            QVERIFY(b.ok());
            backup = *b;
        }
        QFile f(dbPath(dir));
        QVERIFY(f.resize(f.size() / 2));
        const QByteArray damagedHash = hashOf(dbPath(dir));
        Library library;
        const OpenFailure failure = library.open(dir);
        QCOMPARE(failure.kind, OpenFailure::Kind::Corrupt);
        QCOMPARE(failure.newestBackup, backup);
        QVERIFY(LibraryStore::restoreBackup(dir, failure.newestBackup).ok());
        const QStringList damaged = QDir(dir).entryList({QStringLiteral("library.damaged-*.sqlite")}, QDir::Files);
        QCOMPARE(damaged.size(), 1);
        QCOMPARE(hashOf(QDir(dir).filePath(damaged.first())), damagedHash);
        QVERIFY(!library.open(dir).failed());
        QCOMPARE(library.articles().size(), 1);
        QCOMPARE(library.annotations(library.articles().first().id).size(), 300);
        QVERIFY(library.store()->integrityCheck()->isEmpty());
    }

    void integrityCheckFindsDamageOnDemand()
    {
        const QString dir = makeLibrary(10);
        Library library;
        QVERIFY(!library.open(dir).failed());
        auto problems = library.store()->integrityCheck();
        QVERIFY(problems.ok());
        QVERIFY(problems->isEmpty());
        // A row that breaks a foreign key (written with enforcement off) is reported.
        QVERIFY(library.store()->db().exec(QStringLiteral("PRAGMA foreign_keys=OFF")).ok());
        QVERIFY(library.store()
                ->db()
                .exec(QStringLiteral("INSERT INTO comments(id, article_id, body, created) "
                                     "VALUES ('c', 'nowhere', 'x', '2026-01-01T00:00:00Z')"))
                .ok());
        problems = library.store()->integrityCheck();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QVERIFY(problems->first().contains(QStringLiteral("comments")));
    }

    void aSecondWriterIsRefusedButReadersWork()
    {
        const QString dir = makeLibrary(5);
        Library first;
        QVERIFY(!first.open(dir).failed());
        Library second;
        const OpenFailure failure = second.open(dir);
        QCOMPARE(failure.kind, OpenFailure::Kind::Locked);
        QVERIFY(!second.isOpen());
        // Read-only sub-commands still work while the library is in use.
        OpenOptions readOnly;
        readOnly.readOnly = true;
        QVERIFY(!second.open(dir, readOnly).failed());
        QCOMPARE(second.articles().size(), 1);
        QVERIFY(!second.renameArticle(second.articles().first().id, QStringLiteral("x")));
        // Once the first closes, the lock is free.
        first.close();
        QVERIFY(!second.open(dir).failed());
    }

    void aBusyLibraryIsReportedNotHalfWritten()
    {
        // Another connection (a tool, or a Glossa that ignored the lock) holds the write lock
        // longer than the busy timeout: the action fails with a sentence, and nothing is pushed.
        const QString dir = makeLibrary(1);
        Library library;
        QVERIFY(!library.open(dir).failed());
        const QString articleId = library.articles().first().id;
        auto other = Database::open(dbPath(dir), Database::Mode::ReadWrite);
        QVERIFY(other.ok());
        QVERIFY((*other)->exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        const Status refused = library.renameArticle(articleId, QStringLiteral("Mai scritto"));
        QVERIFY(!refused);
        QVERIFY(refused.error().isBusy());
        QVERIFY2(refused.error().message.contains(QStringLiteral("busy")), qPrintable(refused.error().message));
        QCOMPARE(library.undoStack()->count(), 0);
        // Readers are not blocked by a writer (WAL).
        QCOMPARE(library.articles().size(), 1);
        QVERIFY((*other)->exec(QStringLiteral("ROLLBACK")).ok());
        QVERIFY(library.renameArticle(articleId, QStringLiteral("Scritto")));
        QCOMPARE(library.article(articleId)->title, QStringLiteral("Scritto"));
    }

    void rotationPolicyComesFromTheLibrarySettings()
    {
        const QString dir = makeLibrary(1);
        const QString backups = QDir(dir).filePath(LibraryStore::BackupFolder.toString());
        {
            Library library;
            QVERIFY(!library.open(dir).failed());
            QVERIFY(library.store()
                    ->db()
                    .exec(QStringLiteral("INSERT INTO settings(key, value) VALUES "
                                         "('backup.keep_daily', '2'), ('backup.keep_weekly', '0')"))
                    .ok());
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int day = 2; day < 6; ++day) {
            QFile f(QDir(backups).filePath(Backups::fileNameFor(now.addDays(-day))));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        Library library;
        QVERIFY(!library.open(dir).failed());
        QCOMPARE(Backups::list(backups).size(), 2);
    }

    void aMissingLibraryIsNotCreatedUnlessAsked()
    {
        const QString dir = freshDir();
        Library library;
        QCOMPARE(library.open(dir).kind, OpenFailure::Kind::Missing);
        OpenOptions readOnly;
        readOnly.readOnly = true;
        readOnly.create = true; // a read-only open never creates
        QCOMPARE(library.open(dir, readOnly).kind, OpenFailure::Kind::Missing);
        QVERIFY(!QFileInfo::exists(dir));
    }

    void backupOnOpenWhenTheLastIsOld()
    {
        const QString dir = makeLibrary(5);
        const QString backups = QDir(dir).filePath(LibraryStore::BackupFolder.toString());
        QCOMPARE(Backups::list(backups).size(), 0); // a brand-new library has nothing to back up yet
        {
            Library library;
            QVERIFY(!library.open(dir).failed());
        }
        QCOMPARE(Backups::list(backups).size(), 1);
        {
            Library library;
            QVERIFY(!library.open(dir).failed()); // less than a day later: no new backup
        }
        QCOMPARE(Backups::list(backups).size(), 1);
        // Make the backup two days old: the next open takes a new one.
        const QString old = Backups::list(backups).first();
        QVERIFY(QFile::rename(
            old, QDir(backups).filePath(Backups::fileNameFor(QDateTime::currentDateTimeUtc().addDays(-2)))));
        {
            Library library;
            QVERIFY(!library.open(dir).failed());
        }
        QCOMPARE(Backups::list(backups).size(), 2);

        // A backup is a complete, healthy library.
        Library restored;
        const QString copy = freshDir();
        QVERIFY(QDir().mkpath(copy));
        QVERIFY(QFile::copy(Backups::newest(backups), dbPath(copy)));
        QVERIFY(!restored.open(copy).failed());
        QCOMPARE(restored.annotations(restored.articles().first().id).size(), 5);
    }

    // The window leaves the daily backup to a worker thread: the library opens without it, goes on
    // being written while it is made, and the backup is a healthy library.
    void aDeferredDailyBackupIsMadeOnAWorkerThread()
    {
        const QString dir = makeLibrary(5);
        const QString backups = QDir(dir).filePath(LibraryStore::BackupFolder.toString());
        Library library;
        OpenOptions options;
        options.deferDailyBackup = true;
        QVERIFY(!library.open(dir, options).failed());
        QVERIFY(library.store()->dailyBackupDue());
        QCOMPARE(Backups::list(backups).size(), 0); // not made by open

        BackgroundBackup backup;
        QSignalSpy finished(&backup, &BackgroundBackup::finished);
        backup.start(library.store()->databasePath(), backups, library.store()->backupPolicy());
        QVERIFY(backup.isRunning());
        const auto f = Test::article();
        const QString articleId = library.articles().first().id;
        Model::Annotation added = Test::annotation(f);
        added.articleId = articleId;
        added.revisionId = library.articles().first().currentRevisionId;
        QVERIFY(library.addAnnotation(added)); // the window's connection is not held up
        QVERIFY(finished.wait(30000));
        QVERIFY(!backup.isRunning());
        const QString made = finished.first().at(0).toString();
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(Backups::list(backups), QStringList {made});
        QVERIFY(QDir(backups).entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());

        // One consistent snapshot: from before the new annotation or after it, never half of it.
        Library restored;
        const QString copy = freshDir();
        QVERIFY(QDir().mkpath(copy));
        QVERIFY(QFile::copy(made, dbPath(copy)));
        QVERIFY(!restored.open(copy).failed());
        const auto kept = restored.annotations(articleId).size();
        QVERIFY2(kept == 5 || kept == 6, qPrintable(QString::number(kept)));
        QCOMPARE(library.annotations(articleId).size(), 6);
    }

    void aBackgroundBackupThatCannotBeWrittenSaysWhy()
    {
        const QString dir = makeLibrary(2);
        const QString blocked = QDir(dir).filePath(QStringLiteral("not-a-folder"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the backup folder would be
        file.close();
        BackgroundBackup backup;
        QSignalSpy finished(&backup, &BackgroundBackup::finished);
        backup.start(dbPath(dir), blocked, BackupPolicy {});
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toString(), QString());
        QVERIFY(finished.first().at(1).toString().contains(blocked));
        QVERIFY(QFileInfo(blocked).isFile()); // left as it was
    }

    void backupBeforeMigration()
    {
        const QString dir = freshDir();
        QVERIFY(QDir().mkpath(dir));
        {
            auto db = Database::open(dbPath(dir), Database::Mode::ReadWriteCreate);
            QVERIFY(db.ok());
            QVERIFY(Schema::configure(**db).ok());
            QVERIFY(Schema::migrate(**db, 1).ok());
        }
        Library library;
        QVERIFY(!library.open(dir).failed());
        const QStringList backups = Backups::list(library.store()->backupDirectory());
        QVERIFY(!backups.isEmpty());
        QVERIFY(std::any_of(backups.cbegin(), backups.cend(), [](const QString &b) {
            return b.endsWith(QStringLiteral("-before-v%1.sqlite").arg(Schema::latestVersion()));
        }));
        auto db = Database::open(backups.last(), Database::Mode::ReadOnly);
        QCOMPARE(*(*db)->scalar(QStringLiteral("PRAGMA user_version")), 1);
    }

    void readOnlyOpensNeverUpgrade()
    {
        const QString dir = freshDir();
        QVERIFY(QDir().mkpath(dir));
        {
            auto db = Database::open(dbPath(dir), Database::Mode::ReadWriteCreate);
            QVERIFY(db.ok());
            QVERIFY(Schema::migrate(**db, 1).ok());
        }
        const QByteArray before = hashOf(dbPath(dir));
        Library library;
        OpenOptions readOnly;
        readOnly.readOnly = true;
        QCOMPARE(library.open(dir, readOnly).kind, OpenFailure::Kind::NeedsUpgrade);
        QCOMPARE(hashOf(dbPath(dir)), before);
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(LibraryStore::BackupFolder.toString())));
    }

    void rotationKeepsDailyAndWeekly()
    {
        const QString dir = freshDir() + u"/backups";
        QVERIFY(QDir().mkpath(dir));
        const QDateTime now = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::UTC);
        // Two backups a day for 60 days, and two tagged ones.
        for (int day = 0; day < 60; ++day) {
            for (int h : {1, 9}) {
                QFile f(QDir(dir).filePath(Backups::fileNameFor(now.addDays(-day).addSecs(-h * 3600))));
                QVERIFY(f.open(QIODevice::WriteOnly));
            }
        }
        for (int i = 0; i < 5; ++i) {
            QFile f(QDir(dir).filePath(Backups::fileNameFor(now.addDays(-100 - i), QStringLiteral("before-v2"))));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        Backups::rotate(dir, BackupPolicy {.keepDaily = 7, .keepWeekly = 4});
        const QStringList kept = Backups::list(dir);
        QStringList untagged;
        for (const QString &k : kept) {
            if (!k.contains(u"-before-")) {
                untagged << k;
            }
        }
        QCOMPARE(kept.size() - untagged.size(), 3);
        QCOMPARE(untagged.size(), 11);
        // The 7 newest are the last 7 days, one each (the later one of the day).
        for (int day = 0; day < 7; ++day) {
            QCOMPARE(Backups::timeOf(untagged[day]), now.addDays(-day).addSecs(-3600));
        }
        // Then one per earlier week, in 4 distinct weeks, all older than the dailies.
        QSet<int> weeks;
        for (int i = 7; i < 11; ++i) {
            QVERIFY(Backups::timeOf(untagged[i]) < now.addDays(-6));
            weeks.insert(Backups::timeOf(untagged[i]).date().weekNumber());
        }
        QCOMPARE(weeks.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TstStoreSafety)
#include "tst_storesafety.moc"
