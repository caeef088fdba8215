// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa export --format markdown`: one article into the file the user names (what the golden file
// shows, with the time of the export), every article into a folder (created when missing, one file
// each, names that neither collide nor change between exports), and a clear failure that leaves no
// file when the output cannot be written.
#include "export/exportfilename.h"
#include "helpers/annotatedarticle.h"
#include "helpers/glossaprocess.h"
#include "helpers/storefixtures.h"
#include "helpers/testlibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TstExportMarkdown : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QList<Model::Article> m_articles;

    Test::Run glossa(QStringList args)
    {
        args << u"--library"_s << m_library;
        return Test::runGlossa(args, Test::headlessEnvironment(m_dir.filePath(u"home"_s)), 60'000);
    }

    QStringList filesIn(const QString &folder) const
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library"_s);
        Library library;
        QVERIFY(Test::openNewLibrary(library, m_library));
        const Test::AnnotatedArticle made = Test::addAnnotatedArticle(library);
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        // A second article with the same title, and one whose title no file system would take.
        const QString title = library.article(made.articleId).value_or(Model::Article {}).title;
        QVERIFY(!title.isEmpty());
        const Test::ArticleFixture twin = Test::article(title);
        QVERIFY(library.addArticle(twin.article, twin.revision));
        const Test::ArticleFixture odd = Test::article(u"Russia: \"alleanza\" / Corea? <2024>."_s);
        QVERIFY(library.addArticle(odd.article, odd.revision));
        m_articles = library.articles();
        QCOMPARE(m_articles.size(), 3);
    }

    void oneArticleIsWrittenToTheFileNamed()
    {
        const QString path = m_dir.filePath(u"one/genova.md"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"one"_s)));
        const Test::Run r
            = glossa({u"export"_s, Test::kAnnotatedArticleId.left(8), u"--format"_s, u"markdown"_s, u"-o"_s, path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(r.outText().startsWith(QDir::toNativeSeparators(path) + u" (6 annotation"), qPrintable(r.outText()));
        QCOMPARE(r.outText().count(u'\n'), 1);

        // The golden file, but exported now.
        const QString written = readAll(path);
        static const QRegularExpression exported(u"\nexported: \"([^\"]*)\"\n"_s);
        const QRegularExpressionMatch m = exported.match(written);
        QVERIFY(m.hasMatch());
        const QDateTime when = QDateTime::fromString(m.captured(1), Qt::ISODate);
        QVERIFY(when.isValid());
        QCOMPARE(when.timeSpec(), Qt::UTC);
        QString golden = readAll(QStringLiteral(GLOSSA_TEST_DATA "/export/markdown/it_news_chrome.md"));
        QVERIFY(!golden.isEmpty());
        golden.replace(exported, m.captured(0));
        QCOMPARE(written, golden);
    }

    void jsonSaysWhatWasWrittenWithPrivateNotes()
    {
        const QString path = m_dir.filePath(u"private.md"_s);
        const Test::Run r = glossa({u"export"_s, Test::kAnnotatedArticleId, u"--format"_s, u"markdown"_s, u"-o"_s, path,
            u"--include-private"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(u"file").toString(), QDir::toNativeSeparators(path));
        QCOMPARE(o.value(u"article").toString(), Test::kAnnotatedArticleId);
        QCOMPARE(o.value(u"format").toString(), u"markdown"_s);
        QCOMPARE(o.value(u"annotations").toInt(), 7);
        QVERIFY(readAll(path).contains(Test::kPrivateNote));
        QVERIFY(!readAll(path).contains(u"\nexported: \"2026-03-05"_s)); // the time of this export, not the golden's
    }

    void everyArticleGoesIntoTheFolderUnderAStableName()
    {
        const QString folder = m_dir.filePath(u"vault/Letture/porti"_s); // two levels missing
        const Test::Run r = glossa({u"export"_s, u"--all"_s, u"--format"_s, u"markdown"_s, u"-o"_s, folder});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(r.outText().count(u'\n'), 3);

        const QHash<QString, QString> names = Export::ExportFileName::forArticles(m_articles, u"md"_s);
        QStringList expected = names.values();
        expected.sort();
        QCOMPARE(filesIn(folder), expected);
        for (const Model::Article &a : std::as_const(m_articles)) {
            const QString text = readAll(QDir(folder).filePath(names.value(a.id)));
            QVERIFY2(text.startsWith(u"---\ntitle: "_s), qPrintable(names.value(a.id)));
            QVERIFY(text.contains(u"\nglossa-id: \""_s + a.id + u"\"\n"));
            QVERIFY(r.outText().contains(QDir::toNativeSeparators(QDir(folder).filePath(names.value(a.id)))));
        }
        QVERIFY(!readAll(QDir(folder).filePath(names.value(Test::kAnnotatedArticleId))).contains(Test::kPrivateNote));

        // Again: the same files are replaced, none added.
        const Test::Run again
            = glossa({u"export"_s, u"--all"_s, u"--format"_s, u"markdown"_s, u"-o"_s, folder, u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        const QJsonArray files = QJsonDocument::fromJson(again.out).array();
        QCOMPARE(files.size(), 3);
        for (const auto &v : files) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"file").toString(),
                QDir::toNativeSeparators(QDir(folder).filePath(names.value(o.value(u"article").toString()))));
        }
        QCOMPARE(filesIn(folder), expected);
    }

    // The thread written with `glossa comment` comes out after the annotations (and in the W3C
    // export as comment annotations), unless --no-discussion.
    void theDiscussionComesOutUnlessLeftOut()
    {
        const QString library = m_dir.filePath(u"discussed"_s);
        {
            Library l;
            QVERIFY(Test::openNewLibrary(l, library));
            const Test::AnnotatedArticle made = Test::addAnnotatedArticle(l);
            QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        }
        const QString article = Test::kAnnotatedArticleId.left(8);
        auto run = [&](QStringList args) {
            args << u"--library"_s << library;
            return Test::runGlossa(args, Test::headlessEnvironment(m_dir.filePath(u"home"_s)), 60'000);
        };
        const Test::Run question
            = run({u"comment"_s, article, u"--body"_s, u"Chi paga la **diga**?"_s, u"--author"_s, u"Giulia"_s});
        QVERIFY2(question.exitCode == 0, qPrintable(question.err));
        const QString questionId = question.outText().trimmed();
        const Test::Run answer = run({u"comment"_s, article, u"--body"_s, u"# Il porto\n\nIn gran parte."_s,
            u"--reply-to"_s, questionId, u"--author"_s, u"Marco"_s});
        QVERIFY2(answer.exitCode == 0, qPrintable(answer.err));
        const Test::Run onPassage = run({u"comment"_s, article, u"--body"_s, u"Quale sfida?"_s, u"--quote"_s,
            u"Oggi la sfida"_s, u"--author"_s, u"Anna"_s});
        QVERIFY2(onPassage.exitCode == 0, qPrintable(onPassage.err));

        const QString path = m_dir.filePath(u"discussed.md"_s);
        const Test::Run written = run({u"export"_s, article, u"--format"_s, u"markdown"_s, u"-o"_s, path, u"--json"_s});
        QVERIFY2(written.exitCode == 0, qPrintable(written.err));
        QCOMPARE(QJsonDocument::fromJson(written.out).object().value(u"comments").toInt(), 3);
        const QString text = readAll(path);
        const qsizetype discussion = text.indexOf(u"\n## Discussion\n"_s);
        QVERIFY2(discussion > text.indexOf(u"\n## Annotations\n"_s), qPrintable(text));
        const QString section = text.mid(discussion);
        const QRegularExpression giulia(
            u"\n- \\*\\*Giulia\\*\\* · \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n\n  Chi paga la \\*\\*diga\\*\\*\\?\n\n  - \\*\\*Marco\\*\\* · [^\n]+\n\n    # Il porto\n\n    In gran parte\\.\n"_s);
        QVERIFY2(giulia.match(section).hasMatch(), qPrintable(section));
        QVERIFY2(
            section.contains(u"\n- **Anna** · "_s) && section.contains(u"\n\n  > Oggi la sfida\n\n  Quale sfida?\n"_s),
            qPrintable(section));

        const QString jsonld = m_dir.filePath(u"discussed.jsonld"_s);
        const Test::Run w3c = run({u"export"_s, article, u"--format"_s, u"jsonld"_s, u"-o"_s, jsonld, u"--json"_s});
        QVERIFY2(w3c.exitCode == 0, qPrintable(w3c.err));
        QCOMPARE(QJsonDocument::fromJson(w3c.out).object().value(u"comments").toInt(), 3);
        QCOMPARE(QJsonDocument::fromJson(w3c.out).object().value(u"annotations").toInt(), 6);
        QVERIFY(readAll(jsonld).contains(u"\"motivation\": \"replying\""_s));

        const QString without = m_dir.filePath(u"undiscussed.md"_s);
        const Test::Run plain = run(
            {u"export"_s, article, u"--format"_s, u"markdown"_s, u"-o"_s, without, u"--no-discussion"_s, u"--json"_s});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(QJsonDocument::fromJson(plain.out).object().value(u"comments").toInt(), 0);
        QVERIFY(!readAll(without).contains(u"Discussion"_s));
        QVERIFY(!readAll(without).contains(u"Chi paga"_s));
        // The rest is the same file (the front matter's export time aside).
        const qsizetype title = text.indexOf(u"\n# "_s);
        QVERIFY(title > 0);
        QCOMPARE(readAll(without).mid(readAll(without).indexOf(u"\n# "_s)), text.mid(title, discussion - title));
    }

    void unwritableOutputFailsAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("output");
        // A regular file where a folder should be: no one, not even root, can write below it.
        const QString file = m_dir.filePath(u"not-a-folder"_s);
        QTest::addRow("one article") << QStringList {u"export"_s, Test::kAnnotatedArticleId, u"--format"_s,
            u"markdown"_s, u"-o"_s, file + u"/out.md"_s}
                                     << u"glossa export: could not write"_s << file + u"/out.md"_s;
        QTest::addRow("all, folder below a file")
            << QStringList {u"export"_s, u"--all"_s, u"--format"_s, u"markdown"_s, u"-o"_s, file + u"/vault"_s}
            << u"glossa export: could not create the folder"_s << file + u"/vault"_s;
        QTest::addRow("all, into a file")
            << QStringList {u"export"_s, u"--all"_s, u"--format"_s, u"markdown"_s, u"-o"_s, file}
            << u"glossa export: "_s + QDir::toNativeSeparators(file) + u" is a file"_s << file;
    }

    void unwritableOutputFailsAndWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(QString, output);
        const QString file = m_dir.filePath(u"not-a-folder"_s);
        const QByteArray before("mine, not Glossa's\n");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(before);
        }
        const Test::Run r = glossa(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readAll(file).toUtf8(), before);
        if (output != file) {
            QVERIFY(!QFileInfo::exists(output));
        }
    }
};

QTEST_GUILESS_MAIN(TstExportMarkdown)
#include "tst_exportmarkdown.moc"
