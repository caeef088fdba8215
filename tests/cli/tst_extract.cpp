// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa extract`: what an importer makes of a file, as JSON, with no library and no display; and
// a one-line reason with a non-zero exit code for what cannot be imported.
#include "helpers/glossaprocess.h"
#include "helpers/testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstExtract : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    using Result = Glossa::Test::Run;

    Result glossa(const QStringList &args) { return Glossa::Test::runGlossaAt(m_dir.filePath(u"home"_s), args); }

    QJsonObject extractJson(const QString &path, const QString &format = QStringLiteral("auto"))
    {
        const Result r
            = glossa({QStringLiteral("extract"), path, QStringLiteral("--format"), format, QStringLiteral("--json")});
        if (r.exitCode != 0) {
            qWarning() << r.err;
            return {};
        }
        return QJsonDocument::fromJson(r.out).object();
    }

    static QString data(const QString &relative) { return QStringLiteral(GLOSSA_TEST_DATA "/ingest/") + relative; }

    QString write(const QString &name, const QByteArray &bytes) { return Glossa::Test::writeFile(m_dir, name, bytes); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void textPageAsJson()
    {
        const QJsonObject o = extractJson(data(QStringLiteral("text/it_news_chrome.txt")));
        QCOMPARE(o.value(u"title").toString(),
            QStringLiteral("Perché il porto di Genova torna al centro dei traffici del Mediterraneo?"));
        QCOMPARE(o.value(u"byline").toString(), QStringLiteral("Giulia Ferraro"));
        QCOMPARE(o.value(u"lang").toString(), QStringLiteral("it"));
        const QJsonArray blocks = o.value(u"blocks").toArray();
        QCOMPARE(blocks.size(), 11);
        QCOMPARE(blocks[3].toObject().value(u"type").toString(), QStringLiteral("heading"));
        QCOMPARE(blocks[3].toObject().value(u"level").toInt(), 2);
        QVERIFY(!blocks[0].toObject().contains(u"level"));
        // `text` is the canonical text: the blocks joined by a blank line.
        QStringList texts;
        for (const QJsonValue &b : blocks) {
            texts << b.toObject().value(u"text").toString();
        }
        QCOMPARE(o.value(u"text").toString(), texts.join(QStringLiteral("\n\n")));
        QVERIFY(!o.value(u"text").toString().contains(QStringLiteral("Condividi")));
    }

    void singleNewlineTextWithoutTitle()
    {
        const QJsonObject o = extractJson(data(QStringLiteral("text/en_single_newlines.txt")), QStringLiteral("text"));
        QCOMPARE(o.value(u"lang").toString(), QStringLiteral("en"));
        QVERIFY(o.value(u"title").toString().endsWith(u'…'));
        QVERIFY(o.value(u"title").toString().size() <= 80);
        QCOMPARE(o.value(u"blocks").toArray().size(), 9);
    }

    void markdownKeepsCodeLanguage()
    {
        const QString path = write(QStringLiteral("note.md"),
            "# Appunti\n\nUna nota scritta per la prova, con un esempio di codice che la "
            "accompagna e che deve restare tale.\n\n```cpp\nint main() {}\n```\n");
        const QJsonObject o = extractJson(path);
        QCOMPARE(o.value(u"title").toString(), QStringLiteral("Appunti"));
        QCOMPARE(o.value(u"lang").toString(), QStringLiteral("it"));
        const QJsonObject code = o.value(u"blocks").toArray().last().toObject();
        QCOMPARE(code.value(u"type").toString(), QStringLiteral("code"));
        QCOMPARE(code.value(u"language").toString(), QStringLiteral("cpp"));
    }

    void htmlPageThroughReadability()
    {
        const QJsonObject o = extractJson(data(QStringLiteral("html/it_article.html")));
        QCOMPARE(o.value(u"title").toString(), QStringLiteral("Le biblioteche di quartiere rinascono a Torino"));
        QCOMPARE(o.value(u"site").toString(), QStringLiteral("Cronache Urbane"));
        QCOMPARE(o.value(u"lang").toString(), QStringLiteral("it"));
        QCOMPARE(o.value(u"blocks").toArray().size(), 12);
        QVERIFY(!o.value(u"text").toString().contains(u'<'));
    }

    void badInputs_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty file") << QStringList {QStringLiteral("empty.txt")} << 1 << QStringLiteral("empty");
        QTest::addRow("binary file") << QStringList {QStringLiteral("image.png")} << 1 << QStringLiteral("binary");
        QTest::addRow("200 MB file") << QStringList {QStringLiteral("huge.txt")} << 1
                                     << QStringLiteral("larger than 16 MB, the largest article Glossa accepts");
        QTest::addRow("missing file") << QStringList {QStringLiteral("missing.txt")} << 1
                                      << QStringLiteral("no such file");
        QTest::addRow("unknown format") << QStringList {QStringLiteral("empty.txt"), QStringLiteral("--format"),
            QStringLiteral("pdf")} << 2 << QStringLiteral("unknown format");
        QTest::addRow("no file") << QStringList {QStringLiteral("--json")} << 2 << QStringLiteral("which file");
    }

    void badInputs()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        write(QStringLiteral("empty.txt"), QByteArray());
        QByteArray png("\x89PNG\r\n\x1A\n", 8);
        for (int i = 0; i < 2048; ++i) {
            png.append(char((i * 131 + 7) % 256));
        }
        write(QStringLiteral("image.png"), png);
        {
            QFile huge(m_dir.filePath(QStringLiteral("huge.txt")));
            QVERIFY(huge.open(QIODevice::WriteOnly));
            QVERIFY(huge.resize(200LL * 1024 * 1024)); // sparse: costs no disk
        }
        QStringList full {QStringLiteral("extract")};
        for (const QString &a : args) {
            full << (a.contains(u'.') ? m_dir.filePath(a) : a);
        }
        const Result r = glossa(full);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
    }
};

QTEST_GUILESS_MAIN(TstExtract)
#include "tst_extract.moc"
