// SPDX-License-Identifier: GPL-3.0-or-later
// ThreadHtml, the discussion as the window's thread view shows it: who wrote what and when, the
// Markdown body made safe, votes with the reader's own pressed, the action links, nesting (indented,
// then flat with "in reply to"), tombstones, inline comments' passages, resolved comments folded and
// long reply lists cut to the latest three.
#include "render/threadhtml.h"
#include "store/commentrepository.h"

#include <QRegularExpression>
#include <QTest>

using namespace Glossa;
using Render::ThreadHtml;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), QTimeZone::UTC);

Model::Comment comment(const QString &id, const QString &author, qint64 minutesAgo, const QString &parent = {})
{
    Model::Comment c;
    c.id = id;
    c.articleId = QStringLiteral("article");
    c.parentId = parent;
    c.author = author;
    c.body = QStringLiteral("Text of ") + id;
    c.created = kNow.addSecs(-minutesAgo * 60);
    return c;
}

ThreadHtml::Options options()
{
    ThreadHtml::Options o;
    o.now = kNow;
    o.localAuthor = QStringLiteral("anna");
    return o;
}

QString href(ThreadHtml::Action action, const QString &id)
{
    return QStringLiteral("href=\"") + ThreadHtml::url(action, id).toString(QUrl::FullyEncoded).toHtmlEscaped() + u'"';
}

// The HTML of one comment's block: from its anchor to the next comment's anchor.
QString block(const QString &html, const QString &id)
{
    const qsizetype start = html.indexOf(QStringLiteral("name=\"%1\"").arg(ThreadHtml::anchorName(id)));
    if (start < 0) {
        return {};
    }
    const qsizetype next = html.indexOf(QStringLiteral("name=\"comment-"), start + 1);
    return html.mid(start, next < 0 ? -1 : next - start);
}

int indentOf(const QString &html, const QString &id)
{
    const qsizetype at = html.indexOf(QStringLiteral("name=\"%1\"").arg(ThreadHtml::anchorName(id)));
    const qsizetype div = html.lastIndexOf(QStringLiteral("margin-left:"), at);
    if (at < 0 || div < 0) {
        return -1;
    }
    static const QRegularExpression number(QStringLiteral("^margin-left:(\\d+)px"));
    return number.match(html.mid(div)).captured(1).toInt();
}

} // namespace

class TestThreadHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksRoundTrip()
    {
        using A = ThreadHtml::Action;
        for (A a : {A::Reply, A::Edit, A::Delete, A::VoteUp, A::VoteDown, A::Resolve, A::Reopen, A::Expand, A::Fold,
                 A::AllReplies, A::More, A::History, A::Passage, A::Watch, A::Unwatch, A::WatchThread, A::UnwatchThread,
                 A::MarkRead}) {
            const QString id = QStringLiteral("0f3c-id with/odd?chars");
            const auto back = ThreadHtml::parse(ThreadHtml::url(a, id));
            QVERIFY(back);
            QCOMPARE(back->action, a);
            QCOMPARE(back->id, id);
        }
        QVERIFY(!ThreadHtml::parse(QUrl(QStringLiteral("https://example.org/reply/x"))));
        QVERIFY(!ThreadHtml::parse(QUrl(QStringLiteral("glossa-thread:unknown/x"))));
        QVERIFY(!ThreadHtml::parse(QUrl(QStringLiteral("glossa-thread:reply/"))));
    }

    void commentShowsAuthorDateBodyAndActions()
    {
        Model::Comment c = comment(QStringLiteral("c1"), QStringLiteral("Bruno <b>"), 3 * 24 * 60);
        c.body = QStringLiteral("**Bold** point <script>alert(1)</script>");
        const QString html = ThreadHtml::render(QList<Model::Comment> {c}, options());
        QVERIFY(html.contains(QStringLiteral("Bruno &lt;b&gt;")));
        QVERIFY(html.contains(QStringLiteral("<strong>Bold</strong>")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        // The relative date, with the exact one as the tool tip (QTextDocument reads title).
        const QString relative = ThreadHtml::relativeTime(c.created, kNow);
        QVERIFY(relative.startsWith(QStringLiteral("3 day")));
        QVERIFY(html.contains(QStringLiteral("title=\"%1\">%2<")
                .arg(ThreadHtml::exactTime(c.created).toHtmlEscaped(), relative.toHtmlEscaped())));
        for (auto a : {ThreadHtml::Action::Reply, ThreadHtml::Action::Edit, ThreadHtml::Action::Delete,
                 ThreadHtml::Action::VoteUp, ThreadHtml::Action::VoteDown, ThreadHtml::Action::Resolve}) {
            QVERIFY2(html.contains(href(a, c.id)), qPrintable(ThreadHtml::url(a, c.id).toString()));
        }
        QVERIFY(!html.contains(href(ThreadHtml::Action::History, c.id))); // never edited
        // Someone else's comment: the edit link says whose it is.
        QVERIFY(html.contains(QStringLiteral("Edit Bruno &lt;b&gt;'s comment")));
    }

    // A library open read-only: nothing in the thread would change it; reading links stay.
    void aReadOnlyLibraryOffersNoWritingLink()
    {
        Model::Comment done = comment(QStringLiteral("c1"), QStringLiteral("bruno"), 60);
        done.resolved = true;
        done.votes = 2;
        Model::Comment open = comment(QStringLiteral("c2"), QStringLiteral("anna"), 30);
        ThreadHtml::Options o = options();
        o.readOnly = true;
        o.articleId = QStringLiteral("art");
        o.unread = {open.id};
        o.expanded = {done.id};
        const QString html = ThreadHtml::render(QList<Model::Comment> {done, open}, o);
        for (const Model::Comment &c : {done, open}) {
            for (auto a : {ThreadHtml::Action::Reply, ThreadHtml::Action::Edit, ThreadHtml::Action::Delete,
                     ThreadHtml::Action::VoteUp, ThreadHtml::Action::VoteDown, ThreadHtml::Action::Resolve,
                     ThreadHtml::Action::Reopen, ThreadHtml::Action::Watch, ThreadHtml::Action::Unwatch}) {
                QVERIFY2(!html.contains(href(a, c.id)), qPrintable(ThreadHtml::url(a, c.id).toString()));
            }
        }
        for (auto a :
            {ThreadHtml::Action::WatchThread, ThreadHtml::Action::UnwatchThread, ThreadHtml::Action::MarkRead}) {
            QVERIFY(!html.contains(href(a, o.articleId)));
        }
        QVERIFY(html.contains(href(ThreadHtml::Action::Fold, done.id))); // reading: fold it again
        QVERIFY(html.contains(QStringLiteral(">2</b>"))); // its score still shows
        // The same thread, writable, offers them.
        o.readOnly = false;
        const QString writable = ThreadHtml::render(QList<Model::Comment> {done, open}, o);
        QVERIFY(writable.contains(href(ThreadHtml::Action::Reply, open.id)));
        QVERIFY(writable.contains(href(ThreadHtml::Action::MarkRead, o.articleId)));
    }

    void relativeTimes()
    {
        QCOMPARE(ThreadHtml::relativeTime(kNow.addSecs(-20), kNow), ThreadHtml::tr("just now"));
        QCOMPARE(ThreadHtml::relativeTime(kNow.addSecs(3600), kNow), ThreadHtml::tr("just now")); // a fast clock
        QVERIFY(ThreadHtml::relativeTime(kNow.addSecs(-5 * 60), kNow).startsWith(QStringLiteral("5 minute")));
        QVERIFY(ThreadHtml::relativeTime(kNow.addSecs(-2 * 3600), kNow).startsWith(QStringLiteral("2 hour")));
        QVERIFY(ThreadHtml::relativeTime(kNow.addDays(-1), kNow).startsWith(QStringLiteral("1 day")));
        QVERIFY(ThreadHtml::relativeTime(kNow.addDays(-65), kNow).startsWith(QStringLiteral("2 month")));
        QVERIFY(ThreadHtml::relativeTime(kNow.addDays(-800), kNow).startsWith(QStringLiteral("2 year")));
    }

    void editedLinksToHistory()
    {
        Model::Comment c = comment(QStringLiteral("c1"), QStringLiteral("anna"), 60);
        c.edited = kNow.addSecs(-60);
        c.body = QStringLiteral("second text");
        const QString html = ThreadHtml::render(QList<Model::Comment> {c}, options());
        QVERIFY(html.contains(href(ThreadHtml::Action::History, c.id)));
        const QString history = ThreadHtml::history(c,
            {{QStringLiteral("first text"), kNow.addSecs(-600)}, {QStringLiteral("middle text"), c.edited}}, options());
        QVERIFY(history.indexOf(QStringLiteral("second text")) < history.indexOf(QStringLiteral("middle text")));
        QVERIFY(history.indexOf(QStringLiteral("middle text")) < history.indexOf(QStringLiteral("first text")));
    }

    void ownVoteShowsPressed()
    {
        Model::Comment up = comment(QStringLiteral("up"), QStringLiteral("bruno"), 10);
        up.ballots = {{QStringLiteral("anna"), 1}, {QStringLiteral("carla"), 1}};
        up.votes = 2;
        Model::Comment down = comment(QStringLiteral("down"), QStringLiteral("bruno"), 9);
        down.ballots = {{QStringLiteral("anna"), -1}};
        down.votes = -1;
        Model::Comment others = comment(QStringLiteral("others"), QStringLiteral("bruno"), 8);
        others.ballots = {{QStringLiteral("carla"), 1}};
        others.votes = 1;
        ThreadHtml::Options o = options();
        const QString html = ThreadHtml::render(QList<Model::Comment> {up, down, others}, o);
        const QString pressed = QStringLiteral("<span style=\"background-color:%1").arg(o.colors.accent);
        auto arrowPressed = [&](const QString &id, ThreadHtml::Action a) {
            const QString b = block(html, id);
            const qsizetype at = b.indexOf(href(a, id));
            return b.mid(at, b.indexOf(QStringLiteral("</a>"), at) - at).contains(pressed);
        };
        QVERIFY(arrowPressed(up.id, ThreadHtml::Action::VoteUp));
        QVERIFY(!arrowPressed(up.id, ThreadHtml::Action::VoteDown));
        QVERIFY(block(html, up.id).contains(QStringLiteral(">2</b>")));
        QVERIFY(arrowPressed(down.id, ThreadHtml::Action::VoteDown));
        QVERIFY(!arrowPressed(down.id, ThreadHtml::Action::VoteUp));
        QVERIFY(block(html, down.id).contains(QStringLiteral(">-1</b>")));
        QVERIFY(!arrowPressed(others.id, ThreadHtml::Action::VoteUp));
        QVERIFY(!arrowPressed(others.id, ThreadHtml::Action::VoteDown));
    }

    void nestingIndentsThenGoesFlat()
    {
        QList<Model::Comment> chain {comment(QStringLiteral("d0"), QStringLiteral("p0"), 100)};
        for (int depth = 1; depth <= 6; ++depth) {
            chain << comment(QStringLiteral("d%1").arg(depth), QStringLiteral("p%1").arg(depth), 100 - depth,
                QStringLiteral("d%1").arg(depth - 1));
        }
        const QString html = ThreadHtml::render(chain, options());
        for (int depth = 0; depth <= 6; ++depth) {
            const QString id = QStringLiteral("d%1").arg(depth);
            QCOMPARE(indentOf(html, id), std::min(depth, ThreadHtml::MaxIndent) * ThreadHtml::IndentPx);
            const QString says = ThreadHtml::tr("in reply to %1").arg(QStringLiteral("p%1").arg(depth - 1));
            QCOMPARE(block(html, id).contains(says), depth > ThreadHtml::MaxIndent);
        }
    }

    void tombstoneKeepsItsReplies()
    {
        Model::Comment gone = comment(QStringLiteral("gone"), QStringLiteral("bruno"), 50);
        gone.deleted = true;
        gone.body.clear();
        const Model::Comment reply = comment(QStringLiteral("reply"), QStringLiteral("carla"), 40, gone.id);
        const QString html = ThreadHtml::render(QList<Model::Comment> {gone, reply}, options());
        const QString tomb = block(html, gone.id);
        QVERIFY(tomb.contains(ThreadHtml::tr("deleted")));
        QVERIFY(!tomb.contains(QStringLiteral("bruno")));
        QVERIFY(!tomb.contains(href(ThreadHtml::Action::Reply, gone.id)));
        QVERIFY(block(html, reply.id).contains(QStringLiteral("Text of reply")));
        QCOMPARE(indentOf(html, reply.id), ThreadHtml::IndentPx);
    }

    void missingParentSaysSo()
    {
        const Model::Comment orphan = comment(QStringLiteral("o"), QStringLiteral("bruno"), 5, QStringLiteral("nope"));
        const QString html = ThreadHtml::render(QList<Model::Comment> {orphan}, options());
        QVERIFY(
            block(html, orphan.id).contains(ThreadHtml::tr("in reply to a comment you don't have").toHtmlEscaped()));
        QCOMPARE(indentOf(html, orphan.id), 0);
    }

    void inlineCommentsShowTheirPassage()
    {
        Model::Comment here = comment(QStringLiteral("here"), QStringLiteral("bruno"), 5);
        here.annotationId = QStringLiteral("a1");
        Model::Comment lost = comment(QStringLiteral("lost"), QStringLiteral("bruno"), 4);
        lost.annotationId = QStringLiteral("a2");
        ThreadHtml::Options o = options();
        o.passages.insert(QStringLiteral("a1"), {QStringLiteral("the <quoted> words"), true});
        o.passages.insert(QStringLiteral("a2"), {QStringLiteral("a vanished sentence"), false});
        const QString html = ThreadHtml::render(QList<Model::Comment> {here, lost}, o);
        const QString a = block(html, here.id);
        QVERIFY(a.contains(href(ThreadHtml::Action::Passage, QStringLiteral("a1"))));
        QVERIFY(a.contains(QStringLiteral("the &lt;quoted&gt; words")));
        const QString b = block(html, lost.id);
        QVERIFY(!b.contains(href(ThreadHtml::Action::Passage, QStringLiteral("a2"))));
        QVERIFY(b.contains(QStringLiteral("a vanished sentence")));
        QVERIFY(b.contains(ThreadHtml::tr("(passage not found)")));
    }

    void resolvedCommentsFoldUnlessExpanded()
    {
        Model::Comment done = comment(QStringLiteral("done"), QStringLiteral("bruno"), 50);
        done.resolved = true;
        done.body = QStringLiteral("Is the *date* right?");
        const Model::Comment answer = comment(QStringLiteral("answer"), QStringLiteral("carla"), 40, done.id);
        ThreadHtml::Options o = options();
        QString html = ThreadHtml::render(QList<Model::Comment> {done, answer}, o);
        QVERIFY(html.contains(href(ThreadHtml::Action::Expand, done.id)));
        QVERIFY(html.contains(QStringLiteral("Is the date right?"))); // the one line
        QVERIFY(!html.contains(href(ThreadHtml::Action::Reply, done.id)));
        QVERIFY(!html.contains(ThreadHtml::anchorName(answer.id))); // folded with it
        o.expanded.insert(done.id);
        html = ThreadHtml::render(QList<Model::Comment> {done, answer}, o);
        QVERIFY(html.contains(QStringLiteral("<em>date</em>")));
        QVERIFY(html.contains(href(ThreadHtml::Action::Reopen, done.id)));
        QVERIFY(html.contains(href(ThreadHtml::Action::Fold, done.id)));
        QVERIFY(html.contains(ThreadHtml::anchorName(answer.id)));
    }

    void longReplyListsShowTheLatestThree()
    {
        QList<Model::Comment> comments {comment(QStringLiteral("top"), QStringLiteral("anna"), 100)};
        for (int i = 1; i <= 5; ++i) {
            comments << comment(QStringLiteral("r%1").arg(i), QStringLiteral("bruno"), 100 - i, QStringLiteral("top"));
        }
        ThreadHtml::Options o = options();
        QString html = ThreadHtml::render(comments, o);
        QVERIFY(html.contains(href(ThreadHtml::Action::AllReplies, QStringLiteral("top"))));
        QVERIFY(html.contains(ThreadHtml::tr("Show all %n replies", nullptr, 5)));
        for (int i = 1; i <= 5; ++i) {
            QCOMPARE(html.contains(ThreadHtml::anchorName(QStringLiteral("r%1").arg(i))), i > 2);
        }
        o.allReplies.insert(QStringLiteral("top"));
        html = ThreadHtml::render(comments, o);
        QVERIFY(!html.contains(href(ThreadHtml::Action::AllReplies, QStringLiteral("top"))));
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(html.contains(ThreadHtml::anchorName(QStringLiteral("r%1").arg(i))));
        }
    }

    void longThreadsShowTheFirstTopLevelComments()
    {
        QList<Model::Comment> comments;
        for (int i = 0; i < 5; ++i) {
            const QString id = QStringLiteral("t%1").arg(i);
            comments << comment(id, QStringLiteral("bruno"), 100 - i);
            comments << comment(id + QStringLiteral("r"), QStringLiteral("carla"), 50 - i, id);
        }
        ThreadHtml::Options o = options();
        o.topLevelLimit = 3;
        QString html = ThreadHtml::render(comments, o);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(html.contains(ThreadHtml::anchorName(QStringLiteral("t%1").arg(i))), i < 3);
            QCOMPARE(html.contains(ThreadHtml::anchorName(QStringLiteral("t%1r").arg(i))), i < 3);
        }
        QVERIFY(html.contains(href(ThreadHtml::Action::More, QStringLiteral("3"))));
        QVERIFY(html.contains(ThreadHtml::tr("Show more comments (%n not shown)", nullptr, 4)));
        o.topLevelLimit = 5;
        html = ThreadHtml::render(comments, o);
        QVERIFY(html.contains(ThreadHtml::anchorName(QStringLiteral("t4r"))));
        QVERIFY(!html.contains(QStringLiteral("glossa-thread:more/")));
    }

    // Each comment can be watched for replies; a watched one offers to stop.
    void watchedCommentsOfferToStop()
    {
        const Model::Comment a = comment(QStringLiteral("a"), QStringLiteral("bruno"), 5);
        const Model::Comment b = comment(QStringLiteral("b"), QStringLiteral("bruno"), 4);
        ThreadHtml::Options o = options();
        o.watched.insert(b.id);
        const QString html = ThreadHtml::render(QList<Model::Comment> {a, b}, o);
        QVERIFY(block(html, a.id).contains(href(ThreadHtml::Action::Watch, a.id)));
        QVERIFY(!block(html, a.id).contains(href(ThreadHtml::Action::Unwatch, a.id)));
        QVERIFY(block(html, b.id).contains(href(ThreadHtml::Action::Unwatch, b.id)));
        QVERIFY(!block(html, b.id).contains(href(ThreadHtml::Action::Watch, b.id)));
        QVERIFY(!html.contains(href(ThreadHtml::Action::WatchThread, QStringLiteral("art"))));

        // With its article, the thread begins with watching it, and with marking what is new read.
        o.articleId = QStringLiteral("art");
        QString withArticle = ThreadHtml::render(QList<Model::Comment> {a, b}, o);
        QVERIFY(withArticle.contains(href(ThreadHtml::Action::WatchThread, o.articleId)));
        QVERIFY(!withArticle.contains(href(ThreadHtml::Action::MarkRead, o.articleId)));
        o.articleWatched = true;
        o.unread = {a.id, b.id};
        withArticle = ThreadHtml::render(QList<Model::Comment> {a, b}, o);
        QVERIFY(withArticle.contains(href(ThreadHtml::Action::UnwatchThread, o.articleId)));
        QVERIFY(withArticle.contains(ThreadHtml::tr("%n new", nullptr, 2).replace(u' ', QStringLiteral("&nbsp;"))));
        QVERIFY(withArticle.contains(href(ThreadHtml::Action::MarkRead, o.articleId)));
    }

    void unreadAndMarkedComments()
    {
        const Model::Comment a = comment(QStringLiteral("a"), QStringLiteral("bruno"), 5);
        const Model::Comment b = comment(QStringLiteral("b"), QStringLiteral("bruno"), 4);
        ThreadHtml::Options o = options();
        o.unread.insert(b.id);
        o.marked = a.id;
        const QString html = ThreadHtml::render(QList<Model::Comment> {a, b}, o);
        const QString badge = QStringLiteral("&nbsp;%1&nbsp;").arg(ThreadHtml::tr("new"));
        QVERIFY(!block(html, a.id).contains(badge));
        QVERIFY(block(html, b.id).contains(badge));
        QVERIFY(html.contains(
            QStringLiteral("background-color:%1\"><a name=\"%2\"").arg(o.colors.marked, ThreadHtml::anchorName(a.id))));
    }

    void sortAndFilterApply()
    {
        Model::Comment first = comment(QStringLiteral("first"), QStringLiteral("bruno"), 50);
        Model::Comment second = comment(QStringLiteral("second"), QStringLiteral("carla"), 40);
        second.votes = 3;
        second.resolved = true;
        ThreadHtml::Options o = options();
        o.expanded.insert(second.id);
        o.sort = Thread::Sort::Newest;
        QString html = ThreadHtml::render(QList<Model::Comment> {first, second}, o);
        QVERIFY(html.indexOf(ThreadHtml::anchorName(second.id)) < html.indexOf(ThreadHtml::anchorName(first.id)));
        o.sort = Thread::Sort::Oldest;
        o.filter = Thread::Filter::Open;
        html = ThreadHtml::render(QList<Model::Comment> {first, second}, o);
        QVERIFY(html.contains(ThreadHtml::anchorName(first.id)));
        QVERIFY(!html.contains(ThreadHtml::anchorName(second.id)));
        o.filter = Thread::Filter::OnPassages;
        html = ThreadHtml::render(QList<Model::Comment> {first, second}, o);
        QVERIFY(html.contains(ThreadHtml::tr("No comments match this filter.")));
        o.filter = Thread::Filter::All;
        QVERIFY(ThreadHtml::render(QList<Model::Comment> {}, o)
                .contains(ThreadHtml::tr("No comments on this article yet.")));
    }
};

QTEST_GUILESS_MAIN(TestThreadHtml)
#include "tst_threadhtml.moc"
