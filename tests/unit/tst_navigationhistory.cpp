// SPDX-License-Identifier: GPL-3.0-or-later
// Back and Forward's rules, without a window: a visit truncates the forward stack, going back or
// forward records where the reader left the current article, deleted articles' entries go, and
// the history keeps at most its capacity.
#include "library/navigationhistory.h"

#include <QTest>

using namespace Glossa;

class TstNavigationHistory : public QObject
{
    Q_OBJECT

    static QStringList ids(const QList<HistoryEntry> &entries)
    {
        QStringList out;
        for (const HistoryEntry &e : entries) {
            out.append(e.articleId);
        }
        return out;
    }

private Q_SLOTS:
    void aNewHistoryHasNowhereToGo()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.canGoForward());
        QVERIFY(!history.back(0));
        QVERIFY(!history.forward(0));
        history.visit(QStringLiteral("a"), 0);
        QCOMPARE(history.current(), QStringLiteral("a"));
        QVERIFY(!history.canGoBack()); // the first article has nothing before it
    }

    void backReturnsToWhereTheReaderLeft()
    {
        NavigationHistory history;
        history.visit(QStringLiteral("a"), 0);
        history.visit(QStringLiteral("b"), 1200); // left a at 1200
        history.visit(QStringLiteral("c"), 300); // left b at 300
        QCOMPARE(ids(history.backEntries()), (QStringList {QStringLiteral("b"), QStringLiteral("a")}));

        const auto b = history.back(50); // left c at 50
        QVERIFY(b);
        QCOMPARE(*b, (HistoryEntry {QStringLiteral("b"), 300}));
        QCOMPARE(history.current(), QStringLiteral("b"));
        QVERIFY(history.canGoForward());
        QCOMPARE(history.forwardEntries().first(), (HistoryEntry {QStringLiteral("c"), 50}));

        const auto a = history.back(400); // b, read further meanwhile
        QCOMPARE(*a, (HistoryEntry {QStringLiteral("a"), 1200}));
        QVERIFY(!history.canGoBack());

        const auto again = history.forward(1300);
        QCOMPARE(*again, (HistoryEntry {QStringLiteral("b"), 400}));
        QCOMPARE(history.backEntries().first(), (HistoryEntry {QStringLiteral("a"), 1300}));
        QCOMPARE(*history.forward(0), (HistoryEntry {QStringLiteral("c"), 50}));
        QVERIFY(!history.canGoForward());
    }

    void aNewVisitTruncatesForward()
    {
        NavigationHistory history;
        history.visit(QStringLiteral("a"), 0);
        history.visit(QStringLiteral("b"), 0);
        history.visit(QStringLiteral("c"), 0);
        history.back(0);
        history.back(0);
        QCOMPARE(ids(history.forwardEntries()), (QStringList {QStringLiteral("b"), QStringLiteral("c")}));
        history.visit(QStringLiteral("d"), 70);
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.current(), QStringLiteral("d"));
        QCOMPARE(history.backEntries(), (QList<HistoryEntry> {{QStringLiteral("a"), 70}}));
    }

    void visitingTheCurrentArticleIsNotAStep()
    {
        NavigationHistory history;
        history.visit(QStringLiteral("a"), 0);
        history.visit(QStringLiteral("b"), 0);
        history.back(0);
        history.visit(QStringLiteral("a"), 99); // shown again (an update): nothing changes
        QVERIFY(!history.canGoBack());
        QVERIFY(history.canGoForward());
        // A link to another place in the same article is a step back can undo.
        history.visit(QStringLiteral("a"), 99, true);
        QCOMPARE(history.backEntries(), (QList<HistoryEntry> {{QStringLiteral("a"), 99}}));
        QVERIFY(!history.canGoForward());
        history.visit(QString(), 5); // no article: nothing
        QCOMPARE(history.current(), QStringLiteral("a"));
    }

    void deletedArticlesAreDropped()
    {
        NavigationHistory history;
        for (const char *id : {"a", "x", "a", "b", "x", "c", "d"}) {
            history.visit(QString::fromLatin1(id), 10);
        }
        history.back(0); // at c; forward: d
        QCOMPARE(ids(history.backEntries()),
            (QStringList {QStringLiteral("x"), QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("x"),
                QStringLiteral("a")}));
        history.remove(QStringLiteral("x"));
        // Both a's met when x went: one step, not two to the same article.
        QCOMPARE(ids(history.backEntries()), (QStringList {QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(ids(history.forwardEntries()), QStringList {QStringLiteral("d")});
        QCOMPARE(history.current(), QStringLiteral("c"));

        // The current article deleted: the next visit does not put it on the back stack.
        history.remove(QStringLiteral("c"));
        QCOMPARE(history.current(), QString());
        history.visit(QStringLiteral("b"), 0);
        QCOMPARE(ids(history.backEntries()), (QStringList {QStringLiteral("b"), QStringLiteral("a")}).mid(1));
        QVERIFY(!history.canGoForward()); // a visit truncates forward
    }

    void theHistoryIsCapped()
    {
        NavigationHistory history(100);
        for (int i = 0; i <= 250; ++i) {
            history.visit(QString::number(i), i);
        }
        QCOMPARE(history.backEntries().size(), 100);
        QCOMPARE(history.backEntries().first(), (HistoryEntry {QStringLiteral("249"), 250}));
        QCOMPARE(history.backEntries().last().articleId, QStringLiteral("150")); // the oldest went
        for (int i = 0; i < 100; ++i) {
            QVERIFY(history.back(0));
        }
        QVERIFY(!history.back(0));
        QCOMPARE(history.forwardEntries().size(), 100);
    }
};

QTEST_GUILESS_MAIN(TstNavigationHistory)
#include "tst_navigationhistory.moc"
