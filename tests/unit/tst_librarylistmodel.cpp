// SPDX-License-Identifier: GPL-3.0-or-later
// The library pane's model.
#include "anchor/placement.h"
#include "library/library.h"
#include "library/librarylistmodel.h"
#include "library/undostack.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

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

    // Three articles added a day apart: "Beta" (tag Corea), "alpha due" (tags corea, sanzioni),
    // "Alpha" (none); ids a, b, c in the order added.
    void addThree(Library &library)
    {
        const QDateTime day = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
        const QList<std::tuple<QString, QString, QStringList>> rows {
            {QStringLiteral("a"), QStringLiteral("Beta"), {QStringLiteral("Corea")}},
            {QStringLiteral("b"), QStringLiteral("alpha due"), {QStringLiteral("corea"), QStringLiteral("sanzioni")}},
            {QStringLiteral("c"), QStringLiteral("Alpha"), {}},
        };
        int n = 0;
        for (const auto &[id, title, tags] : rows) {
            Model::Article a;
            a.id = id;
            a.title = title;
            a.tags = tags;
            a.created = day.addDays(n++);
            QVERIFY(library.addArticle(
                a, Model::Revision::fromBlocks({{.text = QStringLiteral("Mosca e Pyongyang firmano un trattato.")}})));
        }
    }
    static QStringList ids(const LibraryListModel &model)
    {
        QStringList out;
        for (int i = 0; i < model.rowCount(); ++i) {
            out << model.index(i).data(LibraryListModel::IdRole).toString();
        }
        return out;
    }
    QString highlight(
        Library &library, const QString &articleId, qsizetype start, qsizetype end, const QString &note = {})
    {
        Model::Annotation a = Anchor::exactHighlight(*library.currentRevision(articleId), start, end);
        a.note = note;
        return library.addAnnotation(a).valueOr({});
    }

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

    void sortsByTitleAddedLastReadAndAnnotations()
    {
        Library library;
        openFresh(library);
        addThree(library);
        LibraryListModel model(&library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.sort(), LibraryListModel::Sort::Added);
        QCOMPARE(ids(model), (QStringList {u"a"_s, u"b"_s, u"c"_s}));

        // Titles without case ("Alpha", "alpha due", "Beta").
        model.setSort(LibraryListModel::Sort::Title);
        QCOMPARE(ids(model), (QStringList {u"c"_s, u"b"_s, u"a"_s}));

        // Most recently read first; never read after, in the order added.
        QVERIFY(library.markArticleRead(u"b"_s, QDateTime::currentDateTimeUtc().addSecs(-60)));
        model.setSort(LibraryListModel::Sort::LastRead);
        QCOMPARE(ids(model), (QStringList {u"b"_s, u"a"_s, u"c"_s}));
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        QPersistentModelIndex selected = model.indexForId(u"a"_s);
        QVERIFY(library.markArticleRead(u"c"_s));
        QCOMPARE(ids(model), (QStringList {u"c"_s, u"b"_s, u"a"_s}));
        QCOMPARE(layout.size(), 1);
        QCOMPARE(selected.data(LibraryListModel::IdRole).toString(), u"a"_s); // a selection follows its row
        QVERIFY(model.indexForId(u"c"_s).data(LibraryListModel::LastReadRole).toDateTime().isValid());
        QVERIFY(!model.indexForId(u"a"_s).data(LibraryListModel::LastReadRole).toDateTime().isValid());

        // Most annotations first; the order follows new ones.
        model.setSort(LibraryListModel::Sort::Annotations);
        QVERIFY(!highlight(library, u"c"_s, 0, 5).isEmpty());
        QVERIFY(!highlight(library, u"c"_s, 8, 17).isEmpty());
        QVERIFY(!highlight(library, u"a"_s, 0, 5).isEmpty());
        QTRY_COMPARE(ids(model), (QStringList {u"c"_s, u"a"_s, u"b"_s}));

        // The choice is the library's: a new model over it starts with it.
        LibraryListModel again(&library);
        QCOMPARE(again.sort(), LibraryListModel::Sort::Annotations);
        QCOMPARE(ids(again), (QStringList {u"c"_s, u"a"_s, u"b"_s}));
    }

    void filtersByTag()
    {
        Library library;
        openFresh(library);
        addThree(library);
        LibraryListModel model(&library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Each tag once, whatever its case, with its articles.
        QCOMPARE(model.tags(), (QList<std::pair<QString, int>> {{u"Corea"_s, 2}, {u"sanzioni"_s, 1}}));
        model.setTagFilter(u"COREA"_s);
        QCOMPARE(ids(model), (QStringList {u"a"_s, u"b"_s}));
        model.setTagFilter(u"sanzioni"_s);
        QCOMPARE(ids(model), (QStringList {u"b"_s}));
        QVERIFY(!model.indexForId(u"a"_s).isValid());
        // Sorting works inside the filter; no filter shows everything again.
        model.setTagFilter(u"corea"_s);
        model.setSort(LibraryListModel::Sort::Title);
        QCOMPARE(ids(model), (QStringList {u"b"_s, u"a"_s}));
        model.setTagFilter({});
        QCOMPARE(ids(model), (QStringList {u"c"_s, u"b"_s, u"a"_s}));
    }

    void countsHighlightsNotesCommentsAndLinks()
    {
        Library library;
        openFresh(library);
        addThree(library);
        LibraryListModel model(&library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto count = [&](const QString &id, int role) {
            return model.indexForId(id).data(role).toInt();
        };
        QCOMPARE(count(u"a"_s, LibraryListModel::HighlightCountRole), 0);

        const QString h = highlight(library, u"a"_s, 0, 5, u"una nota"_s);
        QVERIFY(!highlight(library, u"a"_s, 8, 17).isEmpty());
        Model::Comment c;
        c.articleId = u"a"_s;
        c.body = u"Un commento"_s;
        QVERIFY(library.addComment(c));
        c.body = u"Un altro"_s;
        const auto second = library.addComment(c);
        QVERIFY(second);
        QVERIFY(library.addLink(
            Library::LinkTarget::annotation(h), Library::LinkTarget::wholeArticle(u"b"_s), u"supports"_s));
        QTRY_COMPARE(count(u"a"_s, LibraryListModel::HighlightCountRole), 2);
        QCOMPARE(count(u"a"_s, LibraryListModel::NoteCountRole), 1);
        QCOMPARE(count(u"a"_s, LibraryListModel::CommentCountRole), 2);
        QCOMPARE(count(u"a"_s, LibraryListModel::LinkCountRole), 1);
        QCOMPARE(count(u"b"_s, LibraryListModel::LinkCountRole), 1); // the other end
        QCOMPARE(count(u"b"_s, LibraryListModel::HighlightCountRole), 0);
        const QString words = model.indexForId(u"a"_s).data(Qt::AccessibleDescriptionRole).toString();
        for (const QString &part : {u"2 highlight"_s, u"1 note"_s, u"2 comment"_s, u"1 link"_s}) {
            QVERIFY2(words.contains(part), qPrintable(words));
        }

        // Removing and undoing come back through the counts; a deleted comment no longer counts.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(library.deleteComment(*second));
        QTRY_COMPARE(count(u"a"_s, LibraryListModel::CommentCountRole), 1);
        library.undoStack()->undo();
        QTRY_COMPARE(count(u"a"_s, LibraryListModel::CommentCountRole), 2);
        QVERIFY(!changed.isEmpty());
        // One article's counts, as read after a change to it, agree with the whole library's.
        for (const QString &id : {u"a"_s, u"b"_s, u"c"_s}) {
            QCOMPARE(
                *Store::ArticleOverview::countsOf(library.store()->db(), id), library.readArticleCounts()->value(id));
        }
    }
};

QTEST_GUILESS_MAIN(TstLibraryListModel)
#include "tst_librarylistmodel.moc"
