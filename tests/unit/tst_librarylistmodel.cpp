// SPDX-License-Identifier: GPL-3.0-or-later
// The library pane's model.
#include "library/library.h"
#include "library/librarylistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Glossa;

class TstLibraryListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheSampleArticles()
    {
        Library library;
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
    }
};

QTEST_GUILESS_MAIN(TstLibraryListModel)
#include "tst_librarylistmodel.moc"
