// SPDX-License-Identifier: GPL-3.0-or-later
// The library pane's model.
#include "library/library.h"
#include "library/librarylistmodel.h"
#include "library/undostack.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;

class TstLibraryListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void openFresh(Library &library)
    {
        Store::OpenOptions options;
        options.create = true;
        QVERIFY(!library.open(m_dir.filePath(QStringLiteral("lib%1").arg(++m_count)), options).failed());
    }
    int m_count = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void listsTheSampleArticles()
    {
        Library library;
        openFresh(library);
        library.addSampleArticles();
        LibraryListModel model(&library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Welcome to Glossa"));
        QCOMPARE(model.index(1).data(LibraryListModel::LanguageRole).toString(), QStringLiteral("it"));
        const QString id = model.index(2).data(LibraryListModel::IdRole).toString();
        QCOMPARE(model.indexForId(id).row(), 2);
        QVERIFY(!model.indexForId(QStringLiteral("missing")).isValid());
        QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Redazione di Glossa")));
    }

    void followsTheLibrary()
    {
        Library library;
        openFresh(library);
        LibraryListModel model(&library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        Model::Article a;
        a.id = QStringLiteral("x");
        library.addArticle(a, Model::Revision::fromBlocks({{.text = QStringLiteral("testo")}}));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Untitled article"));
        QVERIFY(library.article(QStringLiteral("x"))->created.isValid());

        // Renaming changes one row in place; deleting and undoing come back through the model.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(library.renameArticle(QStringLiteral("x"), QStringLiteral("Renamed")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Renamed"));
        QVERIFY(library.deleteArticle(QStringLiteral("x")));
        QCOMPARE(model.rowCount(), 0);
        library.undoStack()->undo();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(LibraryListModel::IdRole).toString(), QStringLiteral("x"));
    }

    void opensAnExistingLibrary()
    {
        const QString dir = m_dir.filePath(QStringLiteral("reopen"));
        {
            Library library;
            Store::OpenOptions options;
            options.create = true;
            QVERIFY(!library.open(dir, options).failed());
            library.addSampleArticles();
        }
        Library library;
        LibraryListModel model(&library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!library.open(dir).failed());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Welcome to Glossa"));
    }
};

QTEST_GUILESS_MAIN(TstLibraryListModel)
#include "tst_librarylistmodel.moc"
