// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety and concurrency with real processes. A writer (store_writer) adds annotations one
// transaction each and prints every id after its commit. It is killed with SIGKILL at random
// moments; after each kill the library must pass integrity_check and hold every printed id, with
// nothing half-written (each annotation with its tag row). A reader in this process reads while
// another process writes.
#include "library/library.h"
#include "store/annotationrepository.h"
#include "store/librarystore.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;

class TstCrashSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList linesOf(const QByteArray &out)
    {
        QStringList ids;
        for (const QByteArray &line : out.split('\n')) {
            if (line.size() == 36) { // only complete lines: a line cut by the kill was not acknowledged
                ids << QString::fromLatin1(line);
            }
        }
        return ids;
    }

    // Every id present, integrity intact, no annotation without its tag (one transaction each).
    static void verifyLibrary(const QString &dir, const QSet<QString> &acknowledged)
    {
        Library library;
        const Store::OpenFailure failure = library.open(dir);
        QVERIFY2(!failure.failed(), qPrintable(failure.detail));
        const auto problems = library.store()->integrityCheck();
        QVERIFY(problems.ok());
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
        Store::Database &db = library.store()->db();
        QSet<QString> stored;
        auto q = db.prepare(QStringLiteral("SELECT id FROM annotations"));
        QVERIFY(q.ok());
        QVERIFY((*q)->forEach([&](const Store::Statement &r) { stored.insert(r.text(0)); }).ok());
        for (const QString &id : acknowledged) {
            QVERIFY2(stored.contains(id), qPrintable(u"lost committed annotation " + id));
        }
        QCOMPARE(*db.scalar(QStringLiteral("SELECT count(*) FROM annotations a WHERE NOT EXISTS "
                                           "(SELECT 1 FROM annotation_tags t WHERE t.annotation_id = a.id)")),
            0);
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO fts_annotations(fts_annotations) VALUES ('integrity-check')")).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void killedWriterLosesNothingCommitted()
    {
        const QString dir = m_dir.filePath(QStringLiteral("crash"));
        QSet<QString> acknowledged;
        QRandomGenerator rng(20261121);
        constexpr int kKills = 24;
        int kills = 0;
        for (int round = 0; round < kKills; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(GLOSSA_STORE_WRITER), {dir, QStringLiteral("100000")});
            QVERIFY(writer.waitForStarted());
            // Let it commit a few writes, then kill it at a random moment in its stream of commits.
            QVERIFY(writer.waitForReadyRead(30'000));
            QTest::qWait(int(rng.bounded(50, 700)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10'000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            ++kills;
            const QStringList ids = linesOf(writer.readAllStandardOutput());
            QVERIFY2(!ids.isEmpty(), writer.readAllStandardError().constData());
            for (const QString &id : ids) {
                acknowledged.insert(id);
            }
            verifyLibrary(dir, acknowledged);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        qInfo("%d kills, %lld committed annotations verified", kills, qint64(acknowledged.size()));
        QVERIFY(kills >= 20);
        QVERIFY(acknowledged.size() > kKills);
    }

    void aReaderAndAWriterInTwoProcesses()
    {
        const QString dir = m_dir.filePath(QStringLiteral("concurrent"));
        constexpr int kWrites = 300;
        QProcess writer;
        writer.start(QStringLiteral(GLOSSA_STORE_WRITER), {dir, QString::number(kWrites)});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(30'000)); // the library exists now

        // While it writes: a second writer is told the library is in use, a reader reads.
        Library second;
        QCOMPARE(second.open(dir).kind, Store::OpenFailure::Kind::Locked);
        Store::OpenOptions readOnly;
        readOnly.readOnly = true;
        int reads = 0;
        qint64 lastSeen = 0;
        while (writer.state() == QProcess::Running) {
            Library reader;
            const Store::OpenFailure failure = reader.open(dir, readOnly);
            QVERIFY2(!failure.failed(), qPrintable(failure.detail));
            const auto articles = reader.articles();
            QCOMPARE(articles.size(), 1);
            const qint64 seen = reader.annotations(articles.first().id).size();
            QVERIFY(seen >= lastSeen); // committed writes never disappear from a reader's view
            lastSeen = seen;
            ++reads;
            writer.waitForFinished(20);
        }
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
        QVERIFY(reads > 1);
        const QStringList ids = linesOf(writer.readAllStandardOutput());
        QCOMPARE(ids.size(), kWrites);
        verifyLibrary(dir, QSet<QString>(ids.cbegin(), ids.cend()));
        Library after;
        QVERIFY(!after.open(dir, readOnly).failed());
        QCOMPARE(after.annotations(after.articles().first().id).size(), kWrites);
    }
};

QTEST_GUILESS_MAIN(TstCrashSafety)
#include "tst_crashsafety.moc"
