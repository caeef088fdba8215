// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa import`: files go into the library (created when the folder is new, without samples), one
// result per file; a bad file among good ones is reported and stores nothing while the others are
// imported; --update makes a new revision of the article imported from the same file; the same text
// again is refused, naming the article it is in, unless --as-new; a library the window holds is
// reported as such.
#include "helpers/glossaprocess.h"
#include "helpers/testfiles.h"
#include "library/library.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kTitle = u"Le biblioteche di quartiere e i loro lettori"_s;

QByteArray article(const QString &middle)
{
    return (u"Cerca\nCondividi:\n\n"_s + kTitle
        + u"\n\nNelle biblioteche di quartiere il sabato mattina arrivano famiglie, studenti e pensionati, e "
          "i bibliotecari raccontano che le sale non sono mai state così piene come negli ultimi anni.\n\n"_s
        + middle
        + u"\n\nAlla fine della giornata le luci si spengono tardi, e chi lavora qui dice che la biblioteca è "
          "diventata la piazza coperta che il quartiere non ha mai avuto.\n\nArticoli Correlati\nContatti"_s)
        .toUtf8();
}

const QString kMiddle1 = u"Il comune ha promesso nuovi fondi per gli orari serali, ma per ora le aperture dopo le "
                         "diciannove restano affidate ai volontari delle associazioni del quartiere."_s;
const QString kMiddle2 = u"Il comune ha promesso nuovi fondi per gli orari serali, e da gennaio le aperture dopo le "
                         "diciannove saranno affidate al personale assunto con il nuovo bando."_s;

} // namespace

class TstImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    using Result = Glossa::Test::Run;

    Result glossa(const QStringList &args) { return Glossa::Test::runGlossaAt(m_dir.filePath(u"home"_s), args); }

    QString write(const QString &name, const QByteArray &bytes) { return Glossa::Test::writeFile(m_dir, name, bytes); }

    QString libraryDir(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void importsGoodFilesAndReportsTheBadOne()
    {
        const QString good = write(u"biblioteca.txt"_s, article(kMiddle1));
        const QString bad = write(u"vuoto.txt"_s, QByteArray());
        const QString notes = write(u"appunti.md"_s, "# Appunti di lettura\n\nUna nota *breve* sul libro.\n");
        const QString dir = libraryDir("lib1");
        const Result r = glossa({u"import"_s, good, bad, notes, u"--json"_s, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 1); // one file failed
        const QJsonArray results = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0][u"file"].toString(), good);
        QVERIFY(results[0][u"ok"].toBool());
        QCOMPARE(results[0][u"title"].toString(), kTitle);
        QVERIFY(!results[0][u"updated"].toBool());
        QVERIFY(results[0][u"error"].isNull());
        QVERIFY(!results[1][u"ok"].toBool());
        QVERIFY(results[1][u"id"].isNull());
        QVERIFY(results[1][u"error"].toString().contains(u"empty"));
        QVERIFY(results[2][u"ok"].toBool());
        QCOMPARE(results[2][u"title"].toString(), u"Appunti di lettura"_s);

        // Exactly the two good files are in the new library: no samples, nothing from the bad one.
        Glossa::Library library;
        Glossa::Store::OpenOptions options;
        options.readOnly = true;
        QVERIFY(!library.open(dir, options).failed());
        const QList<Glossa::Model::Article> articles = library.articles();
        QCOMPARE(articles.size(), 2);
        QStringList ids {articles[0].id, articles[1].id};
        QVERIFY(ids.contains(results[0][u"id"].toString()));
        QVERIFY(ids.contains(results[2][u"id"].toString()));
    }

    void importsHtmlThroughTheWebEngine()
    {
        // HTML needs Readability in the web engine: the command starts it only for such files.
        const QString page = QStringLiteral(GLOSSA_TEST_DATA "/ingest/html/it_article.html");
        const QString dir = libraryDir("lib6");
        const Result r = glossa({u"import"_s, page, u"--json"_s, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QVERIFY2(o[u"ok"].toBool(), qPrintable(r.err));
        QCOMPARE(o[u"title"].toString(), u"Le biblioteche di quartiere rinascono a Torino"_s);
        Glossa::Library library;
        Glossa::Store::OpenOptions options;
        options.readOnly = true;
        QVERIFY(!library.open(dir, options).failed());
        const auto revision = library.currentRevision(o[u"id"].toString());
        QVERIFY(revision);
        QCOMPARE(revision->sourceFormat, u"html"_s);
        QVERIFY(!revision->canonicalText().contains(u'<')); // blocks, never raw HTML
    }

    void plainOutputHasOneLinePerFileAndReasonsOnStderr()
    {
        const QString good = write(u"biblioteca.txt"_s, article(kMiddle1));
        const QString missing = m_dir.filePath(u"nowhere.txt"_s);
        const Result r = glossa({u"import"_s, missing, good, u"--library"_s, libraryDir("lib2")});
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines[0].startsWith(good + u": imported "));
        QVERIFY(lines[0].contains(kTitle));
        // One reason for the one bad file (the store may log its own lines beside it).
        QStringList reasons;
        for (const QString &line : r.err.split(u'\n')) {
            if (line.startsWith(u"glossa import: ")) {
                reasons << line;
            }
        }
        QCOMPARE(reasons.size(), 1);
        QVERIFY2(reasons[0].startsWith(u"glossa import: " + missing + u": "), qPrintable(reasons[0]));
    }

    void updateMakesANewRevision()
    {
        const QString dir = libraryDir("lib3");
        const QString path = write(u"biblioteca.txt"_s, article(kMiddle1));
        Result r = glossa({u"import"_s, path, u"--json"_s, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 0);
        // A new library, created, migrated and backed up: nothing for a script to read on stderr.
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QString id = QJsonDocument::fromJson(r.out).array()[0][u"id"].toString();
        QVERIFY(!id.isEmpty());

        // The same file again, unchanged, with --update: the same article, no new revision.
        r = glossa({u"import"_s, path, u"--json"_s, u"--update"_s, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(o[u"id"].toString(), id);
        QVERIFY(o[u"updated"].toBool());
        QVERIFY(o[u"unchanged"].toBool());

        // Edited, with --update: a new revision of the same article.
        write(u"biblioteca.txt"_s, article(kMiddle2));
        r = glossa({u"import"_s, path, u"--json"_s, u"--update"_s, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(o[u"id"].toString(), id);
        QVERIFY(o[u"updated"].toBool());
        QVERIFY(!o[u"unchanged"].toBool());

        // Without --update, the same text is not imported twice: the existing article is named.
        r = glossa({u"import"_s, path, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(id) && r.err.contains(u"--as-new"), qPrintable(r.err));
        r = glossa({u"import"_s, path, u"--json"_s, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 1);
        o = QJsonDocument::fromJson(r.out).array()[0].toObject();
        QCOMPARE(o[u"id"].toString(), id);
        QVERIFY(o[u"existing"].toBool());
        QVERIFY(!o[u"ok"].toBool());
        // With --as-new it becomes a second article.
        r = glossa({u"import"_s, path, u"--json"_s, u"--as-new"_s, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).array()[0][u"id"].toString() != id);

        Glossa::Library library;
        Glossa::Store::OpenOptions options;
        options.readOnly = true;
        QVERIFY(!library.open(dir, options).failed());
        QCOMPARE(library.articles().size(), 2);
        const auto revision = library.currentRevision(id);
        QVERIFY(revision);
        QVERIFY(revision->canonicalText().contains(u"personale assunto"));
        QCOMPARE(library.article(id)->source, QFileInfo(path).canonicalFilePath());
    }

    void aLibraryOpenElsewhereIsReported()
    {
        const QString dir = libraryDir("lib4");
        Glossa::Library held; // as the window holds it
        Glossa::Store::OpenOptions options;
        options.create = true;
        QVERIFY(!held.open(dir, options).failed());
        const QString path = write(u"biblioteca.txt"_s, article(kMiddle1));
        const Result r = glossa({u"import"_s, path, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"open in another Glossa"), qPrintable(r.err));
        QVERIFY(held.articles().isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no file") << QStringList {u"import"_s};
        QTest::addRow("unknown option") << QStringList {u"import"_s, u"--frobnicate"_s, u"x.txt"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Result r = glossa(args + QStringList {u"--library"_s, libraryDir("lib5")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith(u"glossa import: "));
        QVERIFY(!QFileInfo::exists(libraryDir("lib5")));
    }
};

QTEST_GUILESS_MAIN(TstImport)
#include "tst_import.moc"
