// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa export --format jsonld` and `glossa import-annotations`, run as a script runs them: the
// export is a W3C-valid file written whole, private notes only when asked; the import reports its
// counts (per annotation with --json) and stores the file's annotations; every bad input exits
// non-zero with a sentence on stderr and leaves the library as it was.
#include "helpers/glossaprocess.h"
#include "helpers/jsonschema.h"
#include "helpers/testfiles.h"
#include "helpers/testlibrary.h"
#include "helpers/webannotatedarticle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

const QString kArticleId = u"2b8deaeb-62ee-4b82-9e00-000000000001"_s;

} // namespace

class TstWebAnnotationsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_source; // a library with the annotated article
    int m_libraries = 0;

    // The command's run, without the store's log lines (a writable open logs the backup it makes).
    Test::Run glossa(const QStringList &args)
    {
        Test::Run r = Test::runGlossaAt(m_dir.filePath(u"home"_s), args);
        QStringList lines = r.err.split(u'\n');
        lines.removeIf([](const QString &l) { return l.startsWith(u"glossa.store: "); });
        r.err = lines.join(u'\n');
        return r;
    }

    // A new library holding the article without annotations.
    QString emptyLibrary()
    {
        const QString dir = m_dir.filePath(u"target%1"_s.arg(++m_libraries));
        Library library;
        if (!Test::openNewLibrary(library, dir)) {
            return {};
        }
        const Test::WebAnnotatedArticle a = Test::annotatedArticle(kArticleId, u"https://www.example.it/porto"_s);
        return library.addArticle(a.article, a.revision) ? dir : QString();
    }

    static qsizetype annotationCount(const QString &dir)
    {
        Library library;
        Store::OpenOptions options;
        options.readOnly = true;
        if (library.open(dir, options).failed()) {
            return -1;
        }
        return library.annotations(kArticleId).size();
    }

    QJsonObject readJson(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(u"source"_s);
        Library library;
        QVERIFY(Test::openNewLibrary(library, m_source));
        QCOMPARE(Test::addAnnotatedArticle(library, kArticleId).annotations.size(), 7);
    }

    void exportWritesValidWebAnnotations()
    {
        const QString out = m_dir.filePath(u"porto.jsonld"_s);
        const Test::Run r = glossa(
            {u"export"_s, u"Perché il porto"_s, u"--format"_s, u"jsonld"_s, u"-o"_s, out, u"--library"_s, m_source});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.outText().contains(u"porto.jsonld"_s));
        const QJsonObject collection = readJson(out);
        QCOMPARE(collection[u"type"].toString(), u"AnnotationCollection"_s);
        const QJsonArray items = collection[u"first"][u"items"].toArray();
        QCOMPARE(items.size(), 6); // the private note stays out

        Test::JsonSchemaSet suite;
        QCOMPARE(suite.addDirectory(QStringLiteral(GLOSSA_TEST_DATA "/w3c-web-annotation-tests")), QStringList());
        QFile musts(QStringLiteral(GLOSSA_TEST_DATA "/w3c-web-annotation-tests/annotations/annotationMusts.test"));
        QVERIFY(musts.open(QIODevice::ReadOnly));
        const QJsonArray assertions = QJsonDocument::fromJson(musts.readAll())[u"assertions"].toArray();
        QVERIFY(!assertions.isEmpty());
        for (const auto &item : items) {
            for (const auto &assertion : assertions) {
                const QStringList errors = suite.validate(assertion.toString().section(u'/', -1), item);
                QVERIFY2(errors.isEmpty(), qPrintable(assertion.toString() + u": "_s + errors.value(0)));
            }
        }

        const Test::Run all = glossa({u"export"_s, kArticleId, u"--format"_s, u"jsonld"_s, u"-o"_s, out,
            u"--include-private"_s, u"--json"_s, u"--library"_s, m_source});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(all.out)[u"annotations"].toInt(), 7);
        QCOMPARE(readJson(out)[u"first"][u"items"].toArray().size(), 7);
    }

    void exportToAFolderThatIsNotThereFails()
    {
        const QString out = m_dir.filePath(u"no/such/folder/porto.jsonld"_s);
        const Test::Run r
            = glossa({u"export"_s, kArticleId, u"--format"_s, u"jsonld"_s, u"-o"_s, out, u"--library"_s, m_source});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"glossa export: could not write"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }

    void importAnnotationsStoresAndReports()
    {
        const QString out = m_dir.filePath(u"all.jsonld"_s);
        QCOMPARE(glossa({u"export"_s, kArticleId, u"--format"_s, u"jsonld"_s, u"-o"_s, out, u"--include-private"_s,
                            u"--library"_s, m_source})
                     .exitCode,
            0);
        const QString target = emptyLibrary();
        QVERIFY(!target.isEmpty());
        const Test::Run r
            = glossa({u"import-annotations"_s, out, u"--article"_s, u"Perché il porto"_s, u"--library"_s, target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.outText().contains(u"7 annotations stored: 7 exact, 0 on changed text, 0 orphaned; 0 rejected."_s),
            qPrintable(r.outText()));
        QCOMPARE(annotationCount(target), 7);

        // Again, with --json: the same ids, updated, one line of report each.
        const Test::Run again
            = glossa({u"import-annotations"_s, out, u"--article"_s, kArticleId, u"--json"_s, u"--library"_s, target});
        QCOMPARE(again.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(report[u"format"].toString(), u"glossa"_s);
        QCOMPARE(report[u"exact"].toInt(), 7);
        QCOMPARE(report[u"rejected"].toInt(), 0);
        const QJsonArray annotations = report[u"annotations"].toArray();
        QCOMPARE(annotations.size(), 7);
        for (const auto &a : annotations) {
            QCOMPARE(a[u"status"].toString(), u"exact"_s);
            QVERIFY(a[u"updated"].toBool());
            QVERIFY(!a[u"id"].toString().isEmpty());
        }
        QCOMPARE(annotationCount(target), 7);
    }

    void hypothesisRejectionsAreReported()
    {
        const QString target = emptyLibrary();
        const Test::Run r
            = glossa({u"import-annotations"_s, QStringLiteral(GLOSSA_TEST_DATA "/webannotations/hypothesis_porto.json"),
                u"--article"_s, kArticleId, u"--library"_s, target});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"4 annotations stored: 2 exact, 1 on changed text, 1 orphaned; 1 rejected."_s),
            qPrintable(r.outText()));
        QVERIFY2(r.err.contains(u"annotation 5 was not imported: it is a page note"_s), qPrintable(r.err));
        QCOMPARE(annotationCount(target), 4);
    }

    void badInputFailsAndStoresNothing_data()
    {
        QTest::addColumn<QString>("file"); // a name in the temporary folder, written by the row
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("message");
        QTest::addRow("malformed JSON") << u"malformed.json"_s << kArticleId << u"is not valid JSON"_s;
        QTest::addRow("wrong type") << u"wrongtype.json"_s << kArticleId << u"other than text as its \"exact\""_s;
        QTest::addRow("outside the text") << u"outside.json"_s << kArticleId << u"outside the article's text"_s;
        QTest::addRow("200 MB") << u"huge.json"_s << kArticleId << u"is 200 MB"_s;
        QTest::addRow("100,000 deep") << u"deep.json"_s << kArticleId << u"levels deep"_s;
        QTest::addRow("unknown article") << u"malformed.json"_s << u"Nessun articolo così"_s
                                         << u"no article matches 'Nessun articolo così'"_s;
        QTest::addRow("missing file") << u"absent.json"_s << kArticleId << u"There is no file"_s;
    }

    void badInputFailsAndStoresNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, article);
        QFETCH(QString, message);
        QTemporaryDir files;
        const QByteArray quote
            = "{\"type\": \"Annotation\", \"id\": \"urn:uuid:0f5d7a52-8a57-4c4e-9d43-1b1d0a6a0c01\",\n"
              "            \"target\": {\"source\": \"https://www.example.it/porto\", \"selector\": SELECTOR}}";
        Test::writeFile(files, u"malformed.json"_s, "{\"type\": \"Annotation\", \"target\": [");
        Test::writeFile(files, u"wrongtype.json"_s,
            QByteArray(quote).replace("SELECTOR", "{\"type\": \"TextQuoteSelector\", \"exact\": [\"porto\"]}"));
        Test::writeFile(files, u"outside.json"_s,
            QByteArray(quote).replace(
                "SELECTOR", "{\"type\": \"TextPositionSelector\", \"start\": 5000, \"end\": 5010}"));
        Test::writeFile(files, u"deep.json"_s,
            QByteArray(100'000, '{').replace("{", "{\"a\":").append("1").append(QByteArray(100'000, '}')));
        QFile huge(files.filePath(u"huge.json"_s));
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(200LL * 1024 * 1024));
        huge.close();

        const QString target = emptyLibrary();
        const Test::Run r
            = glossa({u"import-annotations"_s, files.filePath(file), u"--article"_s, article, u"--library"_s, target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(u"glossa import-annotations: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(annotationCount(target), 0);
    }

    void usageErrors()
    {
        const Test::Run noArticle = glossa({u"import-annotations"_s, u"file.json"_s, u"--library"_s, m_source});
        QCOMPARE(noArticle.exitCode, 2);
        QVERIFY(noArticle.err.contains(u"which article?"_s));
        const Test::Run noFile
            = glossa({u"import-annotations"_s, u"--article"_s, kArticleId, u"--library"_s, m_source});
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.err.contains(u"which file?"_s));
    }
};

QTEST_GUILESS_MAIN(TstWebAnnotationsCli)
#include "tst_webannotationscli.moc"
