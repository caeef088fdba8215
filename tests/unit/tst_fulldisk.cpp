// SPDX-License-Identifier: GPL-3.0-or-later
// A library on a full disk: a write that does not fit fails with "The disk is full" naming the
// library, stores nothing of itself, loses nothing stored before, and the library opens cleanly
// afterwards. On a real small file system (a tmpfs, helpers/smalldisk.h) and, always, on a library
// file SQLite may not grow (PRAGMA max_page_count on the test's own connection: the same
// SQLITE_FULL, whatever the machine lets the test mount).
#include "helpers/smalldisk.h"
#include "helpers/storefixtures.h"
#include "library/library.h"
#include "store/librarystore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;

namespace {

// An article of about `bytes` of text that compresses to nothing shorter: random words.
Test::ArticleFixture bigArticle(qsizetype bytes)
{
    Test::ArticleFixture f = Test::article(QStringLiteral("Un articolo troppo grande"));
    QRandomGenerator rng(18);
    QList<Model::Block> blocks;
    qsizetype size = 0;
    while (size < bytes) {
        QString paragraph;
        for (int w = 0; w < 80; ++w) {
            for (int c = int(rng.bounded(3, 10)); c > 0; --c) {
                paragraph += QChar(u'a' + rng.bounded(26));
            }
            paragraph += u' ';
        }
        size += paragraph.size();
        blocks.append(Model::Block {.text = paragraph.trimmed()});
    }
    f.revision = Model::Revision::fromBlocks(blocks);
    f.revision.id = Test::uuid();
    f.revision.articleId = f.article.id;
    f.revision.rawSource = f.revision.canonicalText();
    f.revision.sourceFormat = QStringLiteral("text");
    f.article.currentRevisionId = f.revision.id;
    return f;
}

QStringList titles(const Library &library)
{
    QStringList out;
    for (const Model::Article &a : library.articles()) {
        out << a.title;
    }
    out.sort();
    return out;
}

} // namespace

class TstFullDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Three small articles with a note each: what must survive.
    static QStringList storeSmallArticles(Library &library)
    {
        QStringList stored;
        for (const QString &title : {QStringLiteral("Primo"), QStringLiteral("Secondo"), QStringLiteral("Terzo")}) {
            const auto f = Test::article(title);
            if (!library.addArticle(f.article, f.revision)) {
                return {};
            }
            Model::Annotation a = Test::annotation(f);
            a.note = QStringLiteral("una nota su %1").arg(title);
            if (!library.addAnnotation(a)) {
                return {};
            }
            stored << title;
        }
        stored.sort();
        return stored;
    }

    // After the failed write: the library reads whole, read-only (the disk is still full).
    static void verifyIntact(const QString &dir, const QStringList &expected)
    {
        Library reader;
        Store::OpenOptions readOnly;
        readOnly.readOnly = true;
        const Store::OpenFailure failure = reader.open(dir, readOnly);
        QVERIFY2(!failure.failed(), qPrintable(failure.detail));
        const auto problems = reader.store()->integrityCheck();
        QVERIFY2(problems.ok(), qPrintable(problems.error().message));
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
        QCOMPARE(titles(reader), expected);
        for (const Model::Article &a : reader.articles()) {
            const auto annotations = reader.annotations(a.id);
            QCOMPARE(annotations.size(), 1);
            QCOMPARE(annotations.first().note, QStringLiteral("una nota su %1").arg(a.title));
        }
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
            // Only an unprivileged run outside tools/dev gets here; the test below always runs.
            QSKIP(qPrintable(why));
        }
        const auto unmount = qScopeGuard([&disk] { Test::SmallDisk::unmount(disk); });
        const QString dir = QDir(disk).filePath(QStringLiteral("library"));
        QStringList stored;
        {
            Library library;
            Store::OpenOptions options;
            options.create = true;
            QVERIFY(!library.open(dir, options).failed());
            stored = storeSmallArticles(library);
            QCOMPARE(stored.size(), 3);
            const auto f = bigArticle(600 * 1024);
            // The rest of the disk goes to another file, leaving less than the article needs.
            QVERIFY(Test::SmallDisk::fill(QDir(disk).filePath(QStringLiteral("filler")), 96 * 1024));
            QString failed;
            connect(&library, &Library::writeFailed, this, [&failed](const QString &m) { failed = m; });
            const Store::Status s = library.addArticle(f.article, f.revision);
            QVERIFY(!s);
            QVERIFY(s.error().isDiskFull());
            QVERIFY2(s.error().message.startsWith(u"The disk is full"), qPrintable(s.error().message));
            QVERIFY2(s.error().message.contains(QDir::toNativeSeparators(dir)), qPrintable(s.error().message));
            QCOMPARE(failed, s.error().message); // the window shows the same sentence
            QCOMPARE(titles(library), stored); // nothing half-stored, nothing lost
        }
        verifyIntact(dir, stored);
        if (QTest::currentTestFailed()) {
            return;
        }
        // With room again, the same library takes the article.
        QVERIFY(QFile::remove(QDir(disk).filePath(QStringLiteral("filler"))));
        Library library;
        QVERIFY(!library.open(dir).failed());
        const auto f = bigArticle(600 * 1024);
        QVERIFY(library.addArticle(f.article, f.revision));
        QCOMPARE(library.articles().size(), 4);
    }

    void aLibraryThatCannotGrowSaysTheDiskIsFull()
    {
        const QString dir = m_dir.filePath(QStringLiteral("capped"));
        Library library;
        Store::OpenOptions options;
        options.create = true;
        QVERIFY(!library.open(dir, options).failed());
        const QStringList stored = storeSmallArticles(library);
        QCOMPARE(stored.size(), 3);
        // What a full disk looks like to SQLite, on this connection only: the file may not grow.
        Store::Database &db = library.store()->db();
        const auto pages = db.scalar(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages.ok());
        QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(*pages + 4)).ok());
        const auto f = bigArticle(200 * 1024);
        const Store::Status s = library.addArticle(f.article, f.revision);
        QVERIFY(!s);
        QVERIFY(s.error().isDiskFull());
        QVERIFY2(s.error().message.startsWith(u"The disk is full"), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(
                     QDir::toNativeSeparators(QDir(dir).filePath(Store::LibraryStore::FileName.toString()))),
            qPrintable(s.error().message));
        QCOMPARE(titles(library), stored);
        library.close();
        verifyIntact(dir, stored);
    }
};

QTEST_GUILESS_MAIN(TstFullDisk)
#include "tst_fulldisk.moc"
