// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa` on a library it cannot simply write: on a full disk (a real tmpfs, helpers/smalldisk.h)
// an import fails with "The disk is full" naming the library and loses nothing; while another
// process holds the library (lock_holder) a writer is told who, readers still work, and once the
// holder is killed with SIGKILL the next writer takes the lock over.
#include "helpers/glossaprocess.h"
#include "helpers/smalldisk.h"
#include "helpers/storefixtures.h"
#include "library/library.h"
#include "store/librarystore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;

class TstLibraryAccessCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Three small articles, closed again; their titles, sorted.
    static QStringList makeLibrary(const QString &dir)
    {
        Library library;
        Store::OpenOptions options;
        options.create = true;
        if (library.open(dir, options).failed()) {
            return {};
        }
        QStringList titles;
        for (const QString &title : {QStringLiteral("Primo"), QStringLiteral("Secondo"), QStringLiteral("Terzo")}) {
            const auto f = Test::article(title);
            if (!library.addArticle(f.article, f.revision)) {
                return {};
            }
            titles << title;
        }
        return titles;
    }

    static QStringList titlesIn(const QString &dir, QString *problems)
    {
        Library library;
        Store::OpenOptions readOnly;
        readOnly.readOnly = true;
        if (const Store::OpenFailure f = library.open(dir, readOnly); f.failed()) {
            *problems = f.detail;
            return {};
        }
        const auto check = library.store()->integrityCheck();
        *problems = !check ? check.error().message : check->join(u'\n');
        QStringList titles;
        for (const Model::Article &a : library.articles()) {
            titles << a.title;
        }
        titles.sort();
        return titles;
    }

    // A plain-text article of about `bytes` of random words (nothing SQLite could store smaller).
    QString writeBigArticle(qsizetype bytes)
    {
        const QString path = m_dir.filePath(QStringLiteral("grande.txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        QRandomGenerator rng(4);
        QByteArray text = "Un articolo troppo grande\n\n";
        while (text.size() < bytes) {
            for (int w = 0; w < 60; ++w) {
                for (int c = int(rng.bounded(3, 10)); c > 0; --c) {
                    text += char('a' + rng.bounded(26));
                }
                text += ' ';
            }
            text += "\n\n";
        }
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void anImportOntoAFullDiskSaysSoAndLosesNothing()
    {
        const QString disk = m_dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        QString why;
        if (!Test::SmallDisk::mount(disk, 8 * 1024 * 1024, &why)) {
            QSKIP(qPrintable(why)); // only outside tools/dev and CI, which run the tests as root
        }
        const auto unmount = qScopeGuard([&disk] { Test::SmallDisk::unmount(disk); });
        const QString dir = QDir(disk).filePath(QStringLiteral("library"));
        const QStringList stored = makeLibrary(dir);
        QCOMPARE(stored.size(), 3);
        const QString article = writeBigArticle(600 * 1024);
        QVERIFY(!article.isEmpty());
        QVERIFY(Test::SmallDisk::fill(QDir(disk).filePath(QStringLiteral("filler")), 96 * 1024));

        const Test::Run r
            = Test::runGlossaAt(m_dir.path(), {QStringLiteral("--library"), dir, QStringLiteral("import"), article});
        QVERIFY2(r.exitCode > 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"The disk is full"), qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(dir)), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Nothing was stored for it"), qPrintable(r.err));

        // Nothing lost, nothing half-stored, and the library reads whole on the full disk.
        QString problems;
        QCOMPARE(titlesIn(dir, &problems), stored);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        const Test::Run list
            = Test::runGlossaAt(m_dir.path(), {QStringLiteral("--library"), dir, QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.outText().contains(u"Secondo"), qPrintable(list.err));

        // With room again, the same import goes in.
        QVERIFY(QFile::remove(QDir(disk).filePath(QStringLiteral("filler"))));
        const Test::Run again
            = Test::runGlossaAt(m_dir.path(), {QStringLiteral("--library"), dir, QStringLiteral("import"), article});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(titlesIn(dir, &problems).size(), 4);
    }

    void aWriterIsToldWhoHoldsTheLibraryUntilTheHolderDies()
    {
        const QString dir = m_dir.filePath(QStringLiteral("held"));
        QCOMPARE(makeLibrary(dir).size(), 3);
        const QString text = m_dir.filePath(QStringLiteral("piccolo.txt"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Un articolo piccolo\n\nCon un paragrafo di testo da leggere.\n");
        file.close();

        QProcess holder;
        holder.start(QStringLiteral(GLOSSA_LOCK_HOLDER), {dir});
        QVERIFY(holder.waitForStarted());
        QVERIFY2(holder.waitForReadyRead(30'000), holder.readAllStandardError().constData());

        const QStringList import {QStringLiteral("--library"), dir, QStringLiteral("import"), text};
        const Test::Run refused = Test::runGlossaAt(m_dir.path(), import);
        QVERIFY(refused.exitCode > 0);
        const QString who
            = QStringLiteral("lock_holder, process %1 on %2").arg(holder.processId()).arg(QSysInfo::machineHostName());
        QVERIFY2(refused.err.contains(u"is open in another Glossa (" + who + u")"), qPrintable(refused.err));
        // Readers are not kept out.
        const Test::Run list
            = Test::runGlossaAt(m_dir.path(), {QStringLiteral("--library"), dir, QStringLiteral("list")});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(list.outText().contains(u"Terzo"));

        // SIGKILL: no chance to remove its lock file. The next writer takes the stale lock over.
        holder.kill();
        QVERIFY(holder.waitForFinished(10'000));
        QVERIFY(QFile::exists(QDir(dir).filePath(Store::LibraryStore::LockFileName.toString())));
        const Test::Run imported = Test::runGlossaAt(m_dir.path(), import);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QString problems;
        QCOMPARE(titlesIn(dir, &problems).size(), 4);
    }
};

QTEST_GUILESS_MAIN(TstLibraryAccessCli)
#include "tst_libraryaccesscli.moc"
