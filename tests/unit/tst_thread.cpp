// SPDX-License-Identifier: GPL-3.0-or-later
// Thread::build, the discussion as the window and `glossa thread` show it: replies under their
// parents, a reply whose parent is missing at the top level, deleted comments with live replies as
// tombstones, the three sorts of the seed article's widget and the four filters.
#include "thread/thread.h"
#include "thread/threadmerge.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Glossa;

namespace {

const QDateTime kStart(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);

Model::Comment comment(const QString &id, int minute, const QString &parent = {})
{
    Model::Comment c;
    c.id = id;
    c.articleId = QStringLiteral("article");
    c.parentId = parent;
    c.author = QStringLiteral("guest");
    c.body = QStringLiteral("body of ") + id;
    c.created = kStart.addSecs(minute * 60);
    return c;
}

QStringList ids(const QList<Thread::Node> &nodes)
{
    QStringList out;
    for (const Thread::Node &n : nodes) {
        out << n.comment.id;
    }
    return out;
}

// The tree as one line: "a(b(c),d) e".
QString shape(const QList<Thread::Node> &nodes)
{
    QStringList parts;
    for (const Thread::Node &n : nodes) {
        parts << n.comment.id + (n.replies.isEmpty() ? QString() : u'(' + shape(n.replies) + u')');
    }
    return parts.join(u',');
}

QStringList texts(const Thread::Entry &e)
{
    QStringList out;
    for (const Store::CommentEdit &h : e.history) {
        out << h.body;
    }
    return out;
}

// A random copy of comment "c" as some library may hold it.
Thread::Entry randomCopy(QRandomGenerator &random)
{
    Thread::Entry e {comment(QStringLiteral("c"), 0), {}};
    const int edits = random.bounded(3);
    for (int i = 0; i < edits; ++i) {
        e.history.append({e.comment.body, kStart.addSecs(60 * random.bounded(1, 5))});
        e.comment.body = QStringLiteral("testo %1").arg(random.bounded(4));
        e.comment.edited = kStart.addSecs(60 * random.bounded(1, 5));
    }
    for (const QString &voter : {QStringLiteral("Anna"), QStringLiteral("Luca")}) {
        if (const int v = random.bounded(3) - 1; v != 0) {
            e.comment.ballots.insert(voter, v);
        }
    }
    e.comment.votes = random.bounded(2); // an anonymous vote from before per-author votes
    for (int v : e.comment.ballots) {
        e.comment.votes += v;
    }
    e.comment.resolved = random.bounded(4) == 0;
    e.comment.deleted = random.bounded(6) == 0;
    if (e.comment.deleted) {
        e.comment.body.clear();
    }
    return e;
}

} // namespace

class TstThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void repliesNestUnderTheirParentsWhateverTheListOrder()
    {
        // Reversed, as a merged file may list them: children before parents.
        const QList<Model::Comment> comments {comment(QStringLiteral("c"), 3, QStringLiteral("b")),
            comment(QStringLiteral("d"), 4, QStringLiteral("a")), comment(QStringLiteral("b"), 2, QStringLiteral("a")),
            comment(QStringLiteral("e"), 5), comment(QStringLiteral("a"), 1)};
        const auto tree = Thread::build(comments);
        QCOMPARE(shape(tree), QStringLiteral("a(b(c),d),e"));
        QCOMPARE(Thread::count(tree), 5);
        QCOMPARE(tree.first().count(), 4);
        QVERIFY(!tree.first().parentMissing);
    }

    void aReplyWhoseParentIsMissingStaysAtTheTopLevel()
    {
        const QList<Model::Comment> comments {comment(QStringLiteral("a"), 1),
            comment(QStringLiteral("r"), 2, QStringLiteral("not-in-this-library")),
            comment(QStringLiteral("rr"), 3, QStringLiteral("r"))};
        const auto tree = Thread::build(comments);
        QCOMPARE(shape(tree), QStringLiteral("a,r(rr)"));
        QVERIFY(!tree[0].parentMissing);
        QVERIFY(tree[1].parentMissing);
        QVERIFY(!tree[1].replies.first().parentMissing);
    }

    void aLoopOfParentsIsShownOnceFromItsOldestComment()
    {
        const QList<Model::Comment> comments {
            comment(QStringLiteral("x"), 2, QStringLiteral("y")), comment(QStringLiteral("y"), 1, QStringLiteral("x"))};
        const auto tree = Thread::build(comments);
        QCOMPARE(shape(tree), QStringLiteral("y(x)"));
        QVERIFY(tree.first().parentMissing);
    }

    void aDeletedCommentWithRepliesIsATombstone()
    {
        Model::Comment gone = comment(QStringLiteral("a"), 1);
        gone.deleted = true;
        gone.body.clear();
        Model::Comment goneLeaf = comment(QStringLiteral("b"), 2);
        goneLeaf.deleted = true;
        Model::Comment goneReply = comment(QStringLiteral("d"), 4, QStringLiteral("c"));
        goneReply.deleted = true;
        const QList<Model::Comment> comments {gone, comment(QStringLiteral("a1"), 2, QStringLiteral("a")), goneLeaf,
            comment(QStringLiteral("c"), 3), goneReply};
        const auto tree = Thread::build(comments);
        // "a" stays for its reply; "b" and "d" had nothing below them and are left out.
        QCOMPARE(shape(tree), QStringLiteral("a(a1),c"));
        QVERIFY(tree.first().comment.deleted);
        QCOMPARE(Thread::count(tree), 2);
    }

    void aDeletedCommentWhoseRepliesAreAllDeletedGoes()
    {
        Model::Comment a = comment(QStringLiteral("a"), 1);
        a.deleted = true;
        Model::Comment b = comment(QStringLiteral("b"), 2, QStringLiteral("a"));
        b.deleted = true;
        QVERIFY(Thread::build({a, b}).isEmpty());
    }

    void sortsTheTopLevelAndKeepsRepliesOldestFirst_data()
    {
        QTest::addColumn<Thread::Sort>("sort");
        QTest::addColumn<QString>("expected");
        QTest::addRow("oldest") << Thread::Sort::Oldest << QStringLiteral("a(a1,a2),b,c");
        QTest::addRow("newest") << Thread::Sort::Newest << QStringLiteral("c,b,a(a1,a2)");
        // b and c have 3 votes each: the older first.
        QTest::addRow("votes") << Thread::Sort::Votes << QStringLiteral("b,c,a(a1,a2)");
    }
    void sortsTheTopLevelAndKeepsRepliesOldestFirst()
    {
        QFETCH(Thread::Sort, sort);
        QFETCH(QString, expected);
        Model::Comment a = comment(QStringLiteral("a"), 1);
        a.votes = 1;
        Model::Comment b = comment(QStringLiteral("b"), 2);
        b.votes = 3;
        Model::Comment c = comment(QStringLiteral("c"), 3);
        c.votes = 3;
        Model::Comment a2 = comment(QStringLiteral("a2"), 9, QStringLiteral("a"));
        a2.votes = 10; // replies are not sorted by votes
        QCOMPARE(
            shape(Thread::build({c, a2, b, comment(QStringLiteral("a1"), 5, QStringLiteral("a")), a}, sort)), expected);
    }

    void sameTimesAreOrderedById()
    {
        const QList<Model::Comment> one {comment(QStringLiteral("q"), 1), comment(QStringLiteral("p"), 1)};
        const QList<Model::Comment> other {one[1], one[0]};
        QCOMPARE(ids(Thread::build(one)), ids(Thread::build(other)));
        QCOMPARE(ids(Thread::build(one)), (QStringList {QStringLiteral("p"), QStringLiteral("q")}));
    }

    void filtersTheTopLevel_data()
    {
        QTest::addColumn<Thread::Filter>("filter");
        QTest::addColumn<QString>("expected");
        QTest::addRow("all") << Thread::Filter::All << QStringLiteral("open(reply),closed,inline");
        QTest::addRow("open") << Thread::Filter::Open << QStringLiteral("open(reply),inline");
        QTest::addRow("resolved") << Thread::Filter::Resolved << QStringLiteral("closed");
        QTest::addRow("on passages") << Thread::Filter::OnPassages << QStringLiteral("inline");
    }
    void filtersTheTopLevel()
    {
        QFETCH(Thread::Filter, filter);
        QFETCH(QString, expected);
        Model::Comment closed = comment(QStringLiteral("closed"), 2);
        closed.resolved = true;
        Model::Comment onPassage = comment(QStringLiteral("inline"), 3);
        onPassage.annotationId = QStringLiteral("annotation");
        Model::Comment reply = comment(QStringLiteral("reply"), 4, QStringLiteral("open"));
        reply.resolved = true; // a resolved reply under an open question stays with it
        QCOMPARE(shape(Thread::build(
                     {comment(QStringLiteral("open"), 1), closed, onPassage, reply}, Thread::Sort::Oldest, filter)),
            expected);
    }

    void concurrentEditsKeepBothTexts()
    {
        Thread::Entry mine {comment(QStringLiteral("c"), 0), {}};
        Thread::Entry theirs = mine;
        mine.history = {{mine.comment.body, kStart.addSecs(60)}};
        mine.comment.body = QStringLiteral("la mia correzione");
        mine.comment.edited = kStart.addSecs(60);
        theirs.history = {{theirs.comment.body, kStart.addSecs(120)}};
        theirs.comment.body = QStringLiteral("la loro correzione");
        theirs.comment.edited = kStart.addSecs(120);
        const Thread::Entry merged = Thread::merge(mine, theirs);
        QCOMPARE(merged.comment.body, QStringLiteral("la loro correzione")); // the later one is shown
        QCOMPARE(texts(merged), (QStringList {QStringLiteral("body of c"), QStringLiteral("la mia correzione")}));
        QVERIFY(Thread::same(merged, Thread::merge(theirs, mine)));
    }

    void votesArePerVoterAndDeletionWins()
    {
        Thread::Entry mine {comment(QStringLiteral("c"), 0), {}};
        mine.comment.ballots = {{QStringLiteral("Anna"), 1}};
        mine.comment.votes = 1;
        Thread::Entry theirs = mine;
        theirs.comment.ballots.insert(QStringLiteral("Luca"), -1);
        theirs.comment.votes = 0;
        theirs.comment.deleted = true;
        theirs.comment.body.clear();
        const Thread::Entry merged = Thread::merge(mine, theirs);
        QCOMPARE(merged.comment.votes, 0); // Anna's vote counted once, Luca's added
        QCOMPARE(merged.comment.ballots.size(), 2);
        QVERIFY(merged.comment.deleted);
        QVERIFY(merged.comment.body.isEmpty());
        // An older copy does not bring the deleted comment back.
        QVERIFY(Thread::merge(merged, mine).comment.deleted);
    }

    void mergeIsCommutativeAssociativeAndIdempotent()
    {
        QRandomGenerator random(14);
        for (int round = 0; round < 500; ++round) {
            const Thread::Entry a = randomCopy(random);
            const Thread::Entry b = randomCopy(random);
            const Thread::Entry c = randomCopy(random);
            const Thread::Entry ab = Thread::merge(a, b);
            QVERIFY(Thread::same(ab, Thread::merge(b, a)));
            QVERIFY(Thread::same(Thread::merge(ab, c), Thread::merge(a, Thread::merge(b, c))));
            QVERIFY(Thread::same(Thread::merge(ab, c), Thread::merge(Thread::merge(c, b), a)));
            QVERIFY(Thread::same(Thread::merge(ab, b), ab));
            QVERIFY(Thread::same(Thread::merge(ab, ab), ab));
        }
    }

    void namesRoundTrip()
    {
        for (Thread::Sort s : {Thread::Sort::Oldest, Thread::Sort::Newest, Thread::Sort::Votes}) {
            QCOMPARE(Thread::sortFromName(Thread::sortName(s)), s);
        }
        for (Thread::Filter f :
            {Thread::Filter::All, Thread::Filter::Open, Thread::Filter::Resolved, Thread::Filter::OnPassages}) {
            QCOMPARE(Thread::filterFromName(Thread::filterName(f)), f);
        }
        QVERIFY(!Thread::sortFromName(QStringLiteral("popular")));
        QVERIFY(!Thread::filterFromName(QStringLiteral("mine")));
    }
};

QTEST_GUILESS_MAIN(TstThread)
#include "tst_thread.moc"
