// SPDX-License-Identifier: GPL-3.0-or-later
// The command line with careless or hostile input (from a probe of ~340 of them): options before the
// command's name, an unknown option, an empty or tilde --library, output that cannot be written,
// and titles carrying terminal control characters. Each answers headlessly with a clear sentence.
#include "helpers/glossaprocess.h"
#include "helpers/testlibrary.h"
#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {
const QString kTitle = u"Il porto \x1b[31mrosso\x1b[0m e la diga\x07"_s;
}

class TstCliRobustness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QString m_home;

    Test::Run glossa(const QStringList &args) const { return Test::runGlossaAt(m_home, args); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(m_home));
        m_library = m_dir.filePath(u"lib"_s);
        // A title that carries an escape sequence (red text) and a bell, as an HTML page's title with
        // character references to them does.
        Library library;
        QVERIFY(Test::openNewLibrary(library, m_library));
        const QList<Model::Block> blocks {{.type = Model::BlockType::Heading, .level = 1, .text = kTitle},
            {.text = u"La nuova diga foranea del porto cambia il traffico delle navi."_s}};
        Model::Article article;
        article.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        article.title = kTitle;
        article.language = u"it"_s;
        Model::Revision revision = Model::Revision::fromBlocks(blocks);
        revision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        revision.articleId = article.id;
        QVERIFY(library.addArticle(article, revision));
    }

    void optionsBeforeTheCommand()
    {
        Test::Run r = glossa({u"--library"_s, m_library, u"--json"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
        r = glossa({u"--library="_s + m_library, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.outText().contains(u"diga"_s));
    }

    void anUnknownOptionIsReportedWithoutADisplay()
    {
        const Test::Run r = glossa({u"--bogus"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"unknown option '--bogus'"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"display"_s, Qt::CaseInsensitive));
    }

    void anEmptyLibraryIsRefusedNotTheDefault()
    {
        for (const QStringList &args :
            {QStringList {u"list"_s, u"--library="_s}, QStringList {u"list"_s, u"--library"_s}}) {
            const Test::Run r = glossa(args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"--library needs a folder"_s), qPrintable(r.err));
        }
    }

    void aTildeMeansTheHomeFolder()
    {
        const Test::Run r = glossa({u"list"_s, u"--library=~/nowhere"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(m_home + u"/nowhere"_s)), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(u"~"_s));
    }

    void controlCharactersNeverReachTheTerminal()
    {
        for (const QString &command : {u"list"_s, u"show"_s}) {
            QStringList args {command, u"--library"_s, m_library};
            if (command == u"show") {
                args.insert(1, u"Il porto"_s);
            }
            const Test::Run r = glossa(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(!r.out.contains('\x1b'));
            QVERIFY(!r.out.contains('\x07'));
            QVERIFY2(r.outText().contains(u"\uFFFD[31mrosso"_s), r.out.constData());
        }
        // JSON keeps the title as stored, escaped.
        const Test::Run json = glossa({u"list"_s, u"--json"_s, u"--library"_s, m_library});
        QCOMPARE(QJsonDocument::fromJson(json.out).array()[0][u"title"].toString(), kTitle);
    }

    // A library.sqlite of 0 bytes (a copy or a sync that did not finish) is said to be empty, not "written
    // by an older Glossa", and stays as it was.
    void anEmptyLibraryFileIsCalledEmpty()
    {
        const QString dir = m_dir.filePath(u"zero"_s);
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + u"/library.sqlite"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Test::Run r = glossa({u"list"_s, u"--library"_s, dir});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"is empty: it holds no library"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"older Glossa"_s));
        QCOMPARE(QFileInfo(file.fileName()).size(), 0);
    }

    void outputThatCannotBeWrittenIsAFailure()
    {
        QVERIFY(QFileInfo::exists(u"/dev/full"_s)); // Linux's always-full device
        QProcess p;
        p.setProcessEnvironment(Test::headlessEnvironment(m_home));
        p.setStandardOutputFile(u"/dev/full"_s);
        p.start(QStringLiteral(GLOSSA_EXECUTABLE), {u"show"_s, u"Il porto"_s, u"--json"_s, u"--library"_s, m_library});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"the output could not be written"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TstCliRobustness)
#include "tst_clirobustness.moc"
