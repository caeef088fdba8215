// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa check` and `glossa restore` on libraries this test damages: a search index out of step is
// found and rebuilt (after a backup) so that search finds the text again; overwritten and truncated
// pages are found, never "repaired", and a backup is put in place with the damaged file kept aside;
// a library another Glossa holds is never replaced.
#include "helpers/glossaprocess.h"
#include "helpers/testfiles.h"
#include "store/database.h"
#include "store/librarystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Glossa::Store::Database;

namespace {

const QByteArray kFirst = "# Il porto di Genova\n\nLe navi che arrivano a Genova portano ogni anno più container, e la "
                          "città si chiede se le banchine possano reggere il traffico del prossimo decennio.\n";
const QByteArray kSecond = "# Le biblioteche di quartiere\n\nNelle biblioteche di quartiere il sabato mattina arrivano "
                           "famiglie, studenti e pensionati, e le sale non sono mai state così piene.\n";

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TstCheckCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;

    Glossa::Test::Run glossa(QStringList args)
    {
        args << u"--library"_s << m_library;
        return Glossa::Test::runGlossaAt(m_dir.filePath(u"home"_s), args);
    }
    QString file() const { return QDir(m_library).filePath(u"library.sqlite"_s); }
    static QJsonObject object(const Glossa::Test::Run &r) { return QJsonDocument::fromJson(r.out).object(); }

    // Runs SQL on the library as something other than Glossa would (a crash, a bug, another tool).
    void tamper(const QString &sql)
    {
        auto db = Database::open(file(), Database::Mode::ReadWrite);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const auto s = (*db)->exec(sql);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    }
    int searchHits(const QString &word)
    {
        const auto r = glossa({u"search"_s, word, u"--json"_s});
        return r.exitCode == 0 ? int(object(r)[u"hits"].toArray().size()) : -1;
    }

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        static int n = 0;
        m_library = m_dir.filePath(u"lib%1"_s.arg(++n));
        const QString a = Glossa::Test::writeFile(m_dir, u"porto.md"_s, kFirst);
        const QString b = Glossa::Test::writeFile(m_dir, u"biblioteche.md"_s, kSecond);
        auto r = glossa({u"import"_s, a, b});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // A second writable open takes the day's first backup of the library as it is now.
        r = glossa({u"author"_s, u"--name"_s, u"Anna"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void aHealthyLibraryIsSaidToBeHealthy()
    {
        const auto r = glossa({u"check"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(object(r)[u"ok"].toBool(), true);
        QCOMPARE(object(r)[u"problems"].toArray(), QJsonArray {});
        const auto text = glossa({u"check"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.outText().contains(u"healthy"), qPrintable(text.outText()));
    }

    void aSearchIndexOutOfStepIsFoundAndRebuilt()
    {
        QCOMPARE(searchHits(u"banchine"_s), 1);
        // The first article's text leaves the index; a comment that never existed enters it.
        tamper(u"DELETE FROM fts_revisions WHERE rowid = (SELECT r.seq FROM revisions r JOIN articles a "
               "ON a.current_revision_id = r.id WHERE a.title LIKE '%Genova%'); "
               "DELETE FROM fts_passages WHERE rowid IN (SELECT seq FROM passages); "
               "INSERT INTO fts_comments(rowid, body) VALUES (987654, 'fantasma');"_s);
        QCOMPARE(searchHits(u"banchine"_s), 0);
        const QByteArray before = hashOf(file());

        auto r = glossa({u"check"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray problems = object(r)[u"problems"].toArray();
        QCOMPARE(problems.size(), 3); // texts missing, passages missing, a comment that is not there
        for (const QJsonValue &p : problems) {
            QCOMPARE(p[u"area"].toString(), u"search-index"_s);
        }
        QVERIFY(object(r)[u"repairable"].toBool());
        QCOMPARE(hashOf(file()), before); // checking changes nothing

        r = glossa({u"check"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"--repair"), qPrintable(r.outText()));

        r = glossa({u"check"_s, u"--repair"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(object(r)[u"ok"].toBool(), true);
        QCOMPARE(object(r)[u"repaired"].toArray().size(), 3);
        const QString backup = object(r)[u"backup"].toString();
        QVERIFY2(QFile::exists(backup), qPrintable(backup));
        QCOMPARE(searchHits(u"banchine"_s), 1);
        QCOMPARE(searchHits(u"fantasma"_s), 0);
        QCOMPARE(glossa({u"check"_s}).exitCode, 0);
    }

    void overwrittenPagesAreNotRepairedButABackupIsRestored()
    {
        QByteArray bytes;
        {
            QFile f(file());
            QVERIFY(f.open(QIODevice::ReadWrite));
            bytes = f.readAll();
            QVERIFY(bytes.size() >= 8 * 4096);
            // Every page after the first three overwritten with noise.
            auto *rng = QRandomGenerator::global();
            for (qsizetype i = 3 * 4096; i < bytes.size(); ++i) {
                bytes[i] = char(rng->bounded(256));
            }
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(bytes), bytes.size());
        }
        const QByteArray damaged = hashOf(file());

        auto r = glossa({u"check"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!object(r)[u"problems"].toArray().isEmpty());
        QCOMPARE(object(r)[u"problems"].toArray().first()[u"area"].toString(), u"pages"_s);
        QCOMPARE(object(r)[u"repairable"].toBool(), false);
        r = glossa({u"check"_s, u"--repair"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"glossa restore"), qPrintable(r.outText()));
        QCOMPARE(hashOf(file()), damaged); // never "repaired" by guesswork

        r = glossa({u"restore"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray backups = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups[0][u"bytes"].toInteger() > 0);
        QVERIFY(QDateTime::fromString(backups[0][u"time"].toString(), Qt::ISODate).isValid());

        r = glossa({u"restore"_s, u"--latest"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString aside = object(r)[u"keptAs"].toString();
        QCOMPARE(hashOf(aside), damaged);
        r = glossa({u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
        QCOMPARE(glossa({u"check"_s}).exitCode, 0);
    }

    void aTruncatedLibraryIsReportedNotCrashedOn()
    {
        QFile f(file());
        QVERIFY(f.resize(f.size() / 2 + 100));
        const auto r = glossa({u"check"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(u"pages") || r.err.contains(u"damaged"), qPrintable(r.outText() + r.err));
    }

    void aLibraryAnotherGlossaHoldsIsNeverReplaced()
    {
        QLockFile lock(QDir(m_library).filePath(u"library.lock"_s));
        QVERIFY(lock.tryLock(0));
        const QByteArray before = hashOf(file());
        const auto r = glossa({u"restore"_s, u"--latest"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"another Glossa"), qPrintable(r.err));
        QCOMPARE(hashOf(file()), before);
    }

    void anUnknownBackupIsNamedInTheError()
    {
        const auto r = glossa({u"restore"_s, u"library-1999.sqlite"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"library-1999.sqlite"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstCheckCli)
#include "tst_checkcli.moc"
