// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF's discussion appendix as HTML: nothing for an empty thread; each comment with
// its author, exact time, votes, resolved and edited marks; replies nested four levels deep, then
// flat saying whom they answer; an inline comment quoting its passage; a tombstone as "(deleted)";
// and nothing a comment holds (an author's name, raw HTML in a body) reaching the page as markup.
// The reader page ends with it, after the text and its margin.
#include "export/discussionhtml.h"
#include "render/codehighlighter.h"
#include "render/readerhtml.h"

#include <QRegularExpression>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

Model::Comment comment(
    const QString &id, const QString &author, const QString &body, int minute, const QString &parent = {})
{
    Model::Comment c;
    c.id = id;
    c.author = author;
    c.body = body;
    c.created = QDateTime(QDate(2026, 11, 20), QTime(9, minute), QTimeZone::UTC);
    c.parentId = parent;
    return c;
}

} // namespace

class TstDiscussionHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyThreadHasNoAppendix()
    {
        QCOMPARE(Export::DiscussionHtml::appendix({}), QString());
        Export::Discussion onlyDeleted;
        Model::Comment gone = comment(u"gone"_s, u"Anna"_s, QString(), 1);
        gone.deleted = true;
        onlyDeleted.comments << gone;
        QCOMPARE(Export::DiscussionHtml::appendix(onlyDeleted), QString());
    }

    void eachCommentSaysWhoWhenAndWhat()
    {
        Export::Discussion d;
        Model::Comment first = comment(u"c1"_s, u"Giulia"_s, u"Chi **paga**?"_s, 1);
        first.votes = 2;
        first.resolved = true;
        first.edited = QDateTime(QDate(2026, 11, 21), QTime(10, 0), QTimeZone::UTC);
        first.annotationId = u"a1"_s;
        d.comments << first;
        Model::Annotation passage;
        passage.id = u"a1"_s;
        passage.selector.exact = u"la nuova diga foranea"_s;
        d.passages.insert(passage.id, passage);
        const QString html = Export::DiscussionHtml::appendix(d);
        QVERIFY(html.startsWith(u"<section class=\"discussion-appendix\""_s));
        QVERIFY(html.contains(u"<h2>Discussion</h2>"_s));
        QVERIFY(html.contains(u"<strong class=\"comment-author\">Giulia</strong>"_s));
        QVERIFY(html.contains(u">2026-11-20T09:01:00Z</time>"_s));
        QVERIFY(html.contains(u"votes: +2"_s));
        QVERIFY(html.contains(u"<span class=\"comment-resolved\">resolved</span>"_s));
        QVERIFY(html.contains(u"edited 2026-11-21T10:00:00Z"_s));
        QVERIFY(html.contains(u"<blockquote class=\"comment-passage\">la nuova diga foranea</blockquote>"_s));
        QVERIFY(html.contains(u"<strong>paga</strong>"_s)); // the body's Markdown, rendered
    }

    void nothingACommentHoldsBecomesMarkup()
    {
        Export::Discussion d;
        d.comments << comment(u"c1"_s, u"<b>Eve</b>"_s, u"<script>alert(1)</script> <img src=x onerror=y>"_s, 1);
        const QString html = Export::DiscussionHtml::appendix(d);
        QVERIFY(!html.contains(u"<script"_s));
        QVERIFY(!html.contains(u"<img"_s));
        QVERIFY(!html.contains(u"<b>Eve"_s));
        QVERIFY(html.contains(u"&lt;b&gt;Eve&lt;/b&gt;"_s));
    }

    void repliesNestFourLevelsThenFollowFlat()
    {
        Export::Discussion d;
        QString parent;
        for (int i = 0; i < 6; ++i) {
            const QString id = u"c%1"_s.arg(i);
            d.comments << comment(id, i % 2 ? u"Marco"_s : u"Anna"_s, u"Livello %1"_s.arg(i), i, parent);
            parent = id;
        }
        Model::Comment gone = comment(u"g"_s, QString(), QString(), 30);
        gone.deleted = true;
        d.comments << gone << comment(u"r"_s, u"Luca"_s, u"Risposta"_s, 31, u"g"_s);
        const QString html = Export::DiscussionHtml::appendix(d);
        QCOMPARE(html.count(u"<ol class=\"replies\">"_s), 3 + 1); // levels 1 to 3, and the tombstone's reply
        QCOMPARE(html.count(u"<li"_s), html.count(u"</li>"_s));
        QCOMPARE(html.count(u"<ol"_s), html.count(u"</ol>"_s));
        QVERIFY(html.contains(u"in reply to Marco"_s)); // level 4 answers Marco
        QVERIFY(html.contains(u"in reply to Anna"_s)); // level 5 answers Anna
        QVERIFY(html.contains(u"<span class=\"comment-deleted\">(deleted)</span>"_s));
        QVERIFY(html.indexOf(u"Livello 5"_s) > html.indexOf(u"Livello 4"_s));
    }

    void theReaderPageEndsWithIt()
    {
        const Model::Revision revision = Model::Revision::fromBlocks({Model::Block {.text = u"Testo."_s}});
        Model::Article article;
        article.id = u"a"_s;
        const Render::CodeHighlighter highlighter;
        const QString appendix = u"<section class=\"discussion-appendix\"></section>\n"_s;
        const QString html = Render::ReaderHtml::render(article, revision, highlighter, {}, {.appendix = appendix});
        QVERIFY(html.indexOf(appendix) > html.indexOf(u"</aside>"_s));
        QVERIFY(html.indexOf(appendix) < html.indexOf(u"</body>"_s));
        QVERIFY(!Render::ReaderHtml::render(article, revision, highlighter, {}).contains(u"discussion-appendix"_s));
    }
};

QTEST_GUILESS_MAIN(TstDiscussionHtml)
#include "tst_discussionhtml.moc"
