// SPDX-License-Identifier: GPL-3.0-or-later
// The library's side of exchanged threads beyond the merge rules: a reply whose parent neither side
// has is kept and linked when its parent comes (also across undo and redo), and watching: a merge
// marks the comments it brings into a watched thread or below a watched comment unread, never the
// local author's, undo takes the marks away, reading clears them.
#include "helpers/storefixtures.h"
#include "library/library.h"
#include "library/undostack.h"
#include "thread/thread.h"
#include "thread/threadfile.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

Thread::Entry entry(const QString &id, const QString &parent, int minute, const QString &author = u"Luca"_s)
{
    Thread::Entry e;
    e.comment.id = id;
    e.comment.parentId = parent;
    e.comment.author = author;
    e.comment.body = u"Testo di "_s + id;
    e.comment.created = QDateTime(QDate(2026, 3, 1), QTime(9, minute), QTimeZone::UTC);
    return e;
}

Thread::ThreadFile file(const QString &articleId, const QList<Thread::Entry> &comments)
{
    Thread::ThreadFile f;
    f.articleId = articleId;
    f.title = u"La libertà di stampa"_s;
    f.comments = comments;
    return f;
}

// The tree as one line: "a(b(c)) ^d" (^: in reply to a comment this library lacks).
QString shape(const QList<Thread::Node> &nodes)
{
    QStringList parts;
    for (const Thread::Node &n : nodes) {
        parts << (n.parentMissing ? u"^"_s : QString()) + n.comment.id
                + (n.replies.isEmpty() ? QString() : u'(' + shape(n.replies) + u')');
    }
    return parts.join(u' ');
}

} // namespace

class TstThreadWatch : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    Test::ArticleFixture m_article;

    QString tree() { return shape(Thread::build(m_library->comments(m_article.article.id))); }
    QSet<QString> unread() { return m_library->unreadComments(m_article.article.id).valueOr({}); }
    Library::ThreadMerge merge(const QList<Thread::Entry> &comments)
    {
        const auto merged = m_library->mergeThread(m_article.article.id, file(m_article.article.id, comments));
        if (!merged) {
            qWarning() << merged.error().message;
            return {};
        }
        return *merged;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_library = std::make_unique<Library>();
        Store::OpenOptions options;
        options.create = true;
        QVERIFY(!m_library->open(m_dir.filePath(u"lib%1"_s.arg(++n)), options).failed());
        m_article = Test::article();
        QVERIFY(m_library->addArticle(m_article.article, m_article.revision));
    }

    void cleanup() { m_library.reset(); }

    void aReplyWithoutItsParentIsKeptThenLinked()
    {
        // r answers p, which neither side has; r2 answers r.
        QCOMPARE(merge({entry(u"t"_s, {}, 1), entry(u"r"_s, u"p"_s, 3), entry(u"r2"_s, u"r"_s, 4)}).added, 3);
        QCOMPARE(tree(), u"t ^r(r2)"_s);
        const auto stored = m_library->comment(u"r"_s);
        QVERIFY(stored);
        QCOMPARE(stored->parentId, u"p"_s); // the comment it answers, kept
        // Passed on: the file says whom it answers.
        const auto out = m_library->readThreadFile(m_article.article.id);
        QVERIFY(out);
        bool found = false;
        for (const Thread::Entry &e : out->comments) {
            if (e.comment.id == u"r") {
                found = e.comment.parentId == u"p";
            }
        }
        QVERIFY(found);

        // The parent comes in a later file: the reply hangs below it.
        QCOMPARE(merge({entry(u"p"_s, {}, 2)}).added, 1);
        QCOMPARE(tree(), u"t p(r(r2))"_s);
        m_library->undoStack()->undo();
        QCOMPARE(tree(), u"t ^r(r2)"_s);
        m_library->undoStack()->redo();
        QCOMPARE(tree(), u"t p(r(r2))"_s);
        m_library->undoStack()->undo();
        m_library->undoStack()->undo();
        QCOMPARE(tree(), QString());

        // Both in one file, the reply first: linked all the same.
        QCOMPARE(merge({entry(u"r"_s, u"p"_s, 3), entry(u"p"_s, {}, 2)}).added, 2);
        QCOMPARE(tree(), u"p(r)"_s);
    }

    void aLoopOfParentsStaysVisible()
    {
        // A broken file: a answers b and b answers a. Both are kept, at the top level.
        QCOMPARE(merge({entry(u"a"_s, u"b"_s, 1), entry(u"b"_s, u"a"_s, 2)}).added, 2);
        QCOMPARE(m_library->comments(m_article.article.id).size(), 2);
        QCOMPARE(Thread::count(Thread::build(m_library->comments(m_article.article.id))), 2);
        m_library->undoStack()->undo();
        QVERIFY(m_library->comments(m_article.article.id).isEmpty());
    }

    void aMergeMarksWhatItBringsIntoAWatchedThread()
    {
        const QString article = m_article.article.id;
        Model::Comment mine = Test::comment(m_article);
        QVERIFY(m_library->addComment(mine));
        QVERIFY(m_library->unreadComments(article)->isEmpty()); // one's own comments are never unread

        // Not watched: nothing is unread.
        QCOMPARE(merge({entry(u"a"_s, {}, 1)}).unread, 0);
        QVERIFY(unread().isEmpty());

        QSignalSpy watchSpy(m_library.get(), &Library::watchChanged);
        QVERIFY(m_library->watchArticleThread(article, true));
        QCOMPARE(watchSpy.size(), 1);
        QCOMPARE(*m_library->isWatchingArticleThread(article), true);
        const int steps = m_library->undoStack()->count();

        QSignalSpy unreadSpy(m_library.get(), &Library::unreadChanged);
        const QString me = m_library->localAuthorName();
        const Library::ThreadMerge merged
            = merge({entry(u"b"_s, {}, 2), entry(u"c"_s, u"a"_s, 3), entry(u"d"_s, {}, 4, me)});
        QCOMPARE(merged.added, 3);
        QCOMPARE(merged.unread, 2);
        QCOMPARE(unread(), (QSet<QString> {u"b"_s, u"c"_s}));
        QCOMPARE(*m_library->unreadCount(article), 2);
        QCOMPARE(m_library->unreadCounts()->value(article), 2);
        QCOMPARE(unreadSpy.size(), 1);
        QCOMPARE(unreadSpy.first().first().toString(), article);
        QCOMPARE(m_library->undoStack()->count(), steps + 1); // the merge is the only step

        // Undoing the merge takes its marks away; redoing brings them back.
        m_library->undoStack()->undo();
        QVERIFY(unread().isEmpty());
        QCOMPARE(unreadSpy.size(), 2);
        m_library->undoStack()->redo();
        QCOMPARE(unread(), (QSet<QString> {u"b"_s, u"c"_s}));

        // Reading the thread.
        QVERIFY(m_library->markThreadRead(article));
        QVERIFY(unread().isEmpty());
        QCOMPARE(m_library->undoStack()->count(), steps + 1); // reading is not a step

        // Unwatched: later merges mark nothing.
        QVERIFY(m_library->watchArticleThread(article, false));
        QCOMPARE(*m_library->isWatchingArticleThread(article), false);
        QCOMPARE(merge({entry(u"e"_s, {}, 5)}).unread, 0);
        QVERIFY(unread().isEmpty());
    }

    void aWatchedCommentMarksItsNewReplies()
    {
        const QString article = m_article.article.id;
        merge({entry(u"w"_s, {}, 1), entry(u"x"_s, {}, 2)});
        QVERIFY(m_library->watchComment(u"w"_s, true));
        QCOMPARE(*m_library->isWatchingComment(u"w"_s), true);
        QCOMPARE(*m_library->isWatchingComment(u"x"_s), false);
        QVERIFY(!m_library->watchComment(u"nessuno"_s, true));
        // A reply to w, a reply to that reply, a reply to x and a new top-level comment.
        const Library::ThreadMerge merged = merge(
            {entry(u"w1"_s, u"w"_s, 3), entry(u"w2"_s, u"w1"_s, 4), entry(u"x1"_s, u"x"_s, 5), entry(u"y"_s, {}, 6)});
        QCOMPARE(merged.added, 4);
        QCOMPARE(merged.unread, 2);
        QCOMPARE(unread(), (QSet<QString> {u"w1"_s, u"w2"_s}));
        // A deleted comment is not counted as unread.
        QVERIFY(m_library->deleteComment(u"w2"_s));
        QCOMPARE(unread(), QSet<QString> {u"w1"_s});
        QVERIFY(m_library->watchComment(u"w"_s, false));
        QCOMPARE(*m_library->isWatchingComment(u"w"_s), false);
        QCOMPARE(merge({entry(u"w3"_s, u"w"_s, 7)}).unread, 0);
        QCOMPARE(*m_library->unreadCount(article), 1);
    }

    void aWatchGoesWithItsArticle()
    {
        const QString article = m_article.article.id;
        QVERIFY(m_library->watchArticleThread(article, true));
        QVERIFY(m_library->deleteArticle(article));
        QCOMPARE(*m_library->isWatchingArticleThread(article), false);
        QVERIFY(!m_library->watchArticleThread(article, true)); // no such article
    }
};

QTEST_GUILESS_MAIN(TstThreadWatch)
#include "tst_threadwatch.moc"
