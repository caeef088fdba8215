// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa list` and `glossa show` on a library folder: JSON a script can rely on, text a person can
// read, and clear refusals (no library, damaged, newer version) that never change the files.
#include "helpers/glossaprocess.h"
#include "helpers/storefixtures.h"
#include "library/library.h"
#include "store/librarystore.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;

class TstCliLibrary : public QObject
{
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_library;
    Test::ArticleFixture m_article;
    QString m_annotation;
    QString m_comment;

    Result glossa(const QStringList &args)
    {
        // The default library must never be the real one: the data location points into the test.
        const Test::Run run
            = Test::runGlossa(args, Test::headlessEnvironment(m_dir.filePath(QStringLiteral("xdg"))), 60'000);
        return {run.exitCode, run.outText(), run.err};
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("library"));
        Library library;
        Store::OpenOptions options;
        options.create = true;
        QVERIFY(!library.open(m_library, options).failed());
        m_article = Test::article();
        QVERIFY(library.addArticle(m_article.article, m_article.revision));
        const auto other = Test::article(QStringLiteral("Secondo articolo"));
        QVERIFY(library.addArticle(other.article, other.revision));
        m_annotation = library.addAnnotation(Test::annotation(m_article)).valueOr({});
        QVERIFY(!m_annotation.isEmpty());
        m_comment = library.addComment(Test::comment(m_article, {}, m_annotation)).valueOr({});
        QVERIFY(library.addComment(Test::comment(m_article, m_comment)));
        QVERIFY(!library
                .addLink({{}, {other.article.id, {}}, {m_article.article.id, m_annotation}, QStringLiteral("supports"),
                    {}, {}})
                .valueOr({})
                .isEmpty());
    }

    void listJson()
    {
        const Result r
            = glossa({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--library"), m_library});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(u"id").toString(), m_article.article.id);
        QCOMPARE(first.value(u"title").toString(), m_article.article.title);
        QCOMPARE(first.value(u"language").toString(), QStringLiteral("it"));
        QCOMPARE(first.value(u"annotationCount").toInt(), 1);
        QCOMPARE(first.value(u"tags").toArray().size(), 2);
        QVERIFY(first.value(u"created").toString().endsWith(u'Z'));
    }

    void listText()
    {
        // The option may also come before the command.
        const Result r = glossa({QStringLiteral("--library"), m_library, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first(), m_article.article.id + u"  La libertà di stampa — Redazione di prova");
    }

    void showJson_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addRow("by id") << m_article.article.id;
        QTest::addRow("by id prefix") << m_article.article.id.left(8);
        QTest::addRow("by title") << QStringLiteral("la libertà di stampa");
    }

    void showJson()
    {
        QFETCH(QString, key);
        const Result r
            = glossa({QStringLiteral("show"), key, QStringLiteral("--json"), QStringLiteral("--library"), m_library});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"id").toString(), m_article.article.id);
        const QJsonObject revision = o.value(u"revision").toObject();
        QCOMPARE(revision.value(u"text").toString(), m_article.revision.canonicalText());
        QCOMPARE(revision.value(u"contentHash").toString(), m_article.revision.contentHash);
        QCOMPARE(revision.value(u"sourceFormat").toString(), QStringLiteral("markdown"));
        const QJsonArray blocks = revision.value(u"blocks").toArray();
        QCOMPARE(blocks.size(), m_article.revision.blocks().size());
        QCOMPARE(blocks.at(3).toObject().value(u"language").toString(), QStringLiteral("cpp"));
        const QJsonArray annotations = o.value(u"annotations").toArray();
        QCOMPARE(annotations.size(), 1);
        const QJsonObject a = annotations.first().toObject();
        QCOMPARE(a.value(u"id").toString(), m_annotation);
        const QJsonArray selectors = a.value(u"selectors").toArray();
        QCOMPARE(selectors.size(), 2);
        QCOMPARE(selectors.at(0).toObject().value(u"type").toString(), QStringLiteral("TextPositionSelector"));
        QCOMPARE(selectors.at(1).toObject().value(u"exact").toString(), Test::annotation(m_article).selector.exact);
        QCOMPARE(a.value(u"anchor").toObject().value(u"status").toString(), QStringLiteral("fuzzy"));
        const QJsonArray comments = o.value(u"comments").toArray();
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments.at(0).toObject().value(u"annotation").toString(), m_annotation);
        QCOMPARE(comments.at(1).toObject().value(u"parent").toString(), m_comment);
        // Links as `glossa links --json` gives them: the other article's whole-article link is a backlink.
        const QJsonObject links = o.value(u"links").toObject();
        QVERIFY(links.value(u"outgoing").toArray().isEmpty());
        const QJsonArray incoming = links.value(u"incoming").toArray();
        QCOMPARE(incoming.size(), 1);
        QCOMPARE(incoming.first().toObject().value(u"relation").toString(), QStringLiteral("supports"));
        // The fixture's highlight was anchored fuzzily (its text changed): the link says so.
        QCOMPARE(incoming.first().toObject().value(u"status").toString(), QStringLiteral("changed"));
        QCOMPARE(incoming.first()[u"to"][u"annotation"].toString(), m_annotation);
    }

    void showText()
    {
        const Result r = glossa({QStringLiteral("show"), m_article.article.id, QStringLiteral("--library"), m_library});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            r.out.startsWith(m_article.article.title + u"\nRedazione di prova\nid: " + m_article.article.id + u'\n'));
        QVERIFY(r.out.contains(u"\u201c" + Test::annotation(m_article).selector.exact + u"\u201d"));
        QVERIFY(r.out.contains(m_article.revision.canonicalText()));
        QVERIFY(r.out.contains(Test::comment(m_article).body));
    }

    void showTextCountsInWords_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addRow("English") << QStringLiteral("en_GB.UTF-8");
        QTest::addRow("C") << QStringLiteral("C");
        QTest::addRow("a language without a translation") << QStringLiteral("de_DE.UTF-8");
    }

    void showTextCountsInWords()
    {
        // "1 annotation", "2 comments": never "1 annotation(s)", whatever the user's language.
        QFETCH(QString, locale);
        QProcessEnvironment env = Test::headlessEnvironment(m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.insert(QStringLiteral("LANGUAGE"), locale.section(u'.', 0, 0));
        const Test::Run r = Test::runGlossa(
            {QStringLiteral("show"), m_article.article.id, QStringLiteral("--library"), m_library}, env, 60'000);
        QCOMPARE(r.exitCode, 0);
        const QString out = r.outText();
        QVERIFY2(out.contains(u"\n1 annotation\n"), qPrintable(out.right(400)));
        QVERIFY(out.contains(u"\n1 link\n"));
        QVERIFY(out.contains(u"\n2 comments\n"));
        QVERIFY(out.contains(u" blocks)\n"));
        QVERIFY(!out.contains(u"(s)"));
    }

    void showUnknownArticle()
    {
        const Result r
            = glossa({QStringLiteral("show"), QStringLiteral("nessuno"), QStringLiteral("--library"), m_library});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("no article matches 'nessuno'")));
        QVERIFY(r.err.contains(QStringLiteral("glossa list")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("show without article") << QStringList {QStringLiteral("show")};
        QTest::addRow("list with a stray word") << QStringList {QStringLiteral("list"), QStringLiteral("extra")};
        QTest::addRow("library without folder") << QStringList {QStringLiteral("list"), QStringLiteral("--library")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Result r = glossa(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("glossa")));
    }

    void theCliNeverCreatesALibrary()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nothing-here"));
        Result r = glossa({QStringLiteral("list"), QStringLiteral("--library"), missing});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("There is no Glossa library")));
        QVERIFY(!QFileInfo::exists(missing));
        // Nor in the default location.
        r = glossa({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("xdg"))));
    }

    void theWindowCreatesTheSampleLibraryOnlyOnce()
    {
        const QString dir = m_dir.filePath(QStringLiteral("first-run"));
        for (int run = 0; run < 2; ++run) {
            const Result r = glossa({QStringLiteral("--library"), dir, QStringLiteral("--screenshot"),
                m_dir.filePath(QStringLiteral("first-run.png"))});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const Result r = glossa({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--library"), dir});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray articles = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(articles.size(), 3);
        QCOMPARE(articles.first().toObject().value(u"title").toString(), QStringLiteral("Welcome to Glossa"));
    }

    void aLibraryInUseIsReadableButNotOpenedTwice()
    {
        const QString dir = m_dir.filePath(QStringLiteral("in-use"));
        Library holder; // this process plays the first Glossa
        Store::OpenOptions options;
        options.create = true;
        QVERIFY(!holder.open(dir, options).failed());
        holder.addSampleArticles();
        Result r = glossa({QStringLiteral("list"), QStringLiteral("--library"), dir});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);
        r = glossa({QStringLiteral("--library"), dir, QStringLiteral("--screenshot"),
            m_dir.filePath(QStringLiteral("y.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is open in another Glossa")), qPrintable(r.err));
    }

    void refusalsLeaveTheFileUnchanged_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("message");
        QTest::addRow("truncated") << QStringLiteral("truncate") << QStringLiteral("is damaged");
        QTest::addRow("newer") << QStringLiteral("newer") << QStringLiteral("newer Glossa");
    }

    void refusalsLeaveTheFileUnchanged()
    {
        QFETCH(QString, damage);
        QFETCH(QString, message);
        const QString dir = m_dir.filePath(u"copy-" + damage);
        {
            Library library;
            Store::OpenOptions options;
            options.create = true;
            QVERIFY(!library.open(dir, options).failed());
            library.addSampleArticles();
            QVERIFY(library.store()->backupNow().ok());
        }
        const QString path = QDir(dir).filePath(QStringLiteral("library.sqlite"));
        if (damage == u"truncate") {
            QFile f(path);
            QVERIFY(f.resize(f.size() / 2));
        } else {
            auto db = Store::Database::open(path, Store::Database::Mode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(
                (*db)->exec(QStringLiteral("PRAGMA user_version = %1").arg(Store::Schema::latestVersion() + 1)).ok());
        }
        const QByteArray before = hashOf(path);
        Result r = glossa({QStringLiteral("list"), QStringLiteral("--library"), dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (damage == u"truncate") {
            QVERIFY2(r.err.contains(QStringLiteral("backups")), qPrintable(r.err)); // names the newest backup
        }
        // The window does not overwrite it either (--screenshot reports instead of showing a dialog).
        r = glossa({QStringLiteral("--library"), dir, QStringLiteral("--screenshot"),
            m_dir.filePath(QStringLiteral("x.png"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(hashOf(path), before);
    }
};

QTEST_GUILESS_MAIN(TstCliLibrary)
#include "tst_clilibrary.moc"
