// SPDX-License-Identifier: GPL-3.0-or-later
// Inline comments in the reader, through the bridge and the page: a comment on a passage puts a
// discreet marker (a dotted mark and a glyph) and a margin bubble with its reply count in the page,
// updated in place when a reply comes or the comment goes; clicking or pressing Enter on them asks
// for that comment; a selection's Comment button and the C key ask for a comment on the selection,
// with its passage; showPassage scrolls to a comment's passage and flashes it.
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/library.h"
#include "library/undostack.h"
#include "mainwindow.h"
#include "reader/readeractions.h"
#include "reader/readerbridge.h"
#include "reader/readercontroller.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"
#include "thread/authordialog.h"
#include "thread/commenteditor.h"
#include "thread/threadpane.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {
const QString kQuote = u"Sottolineare tutto equivale a non sottolineare nulla."_s;
}

class TstInlineComments : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;

    QVariant evaluate(const QString &script) { return m_fx.evaluate(script); }
    Ui::ReaderController *controller() const { return m_fx.window->controller(); }

    // A comment on the first occurrence of `quote`, with its passage marked as the reader marks a
    // selection; the comment's id.
    QString commentOn(const QString &quote, const QString &body)
    {
        const qsizetype start = m_fx.revision.canonicalText().indexOf(quote);
        if (start < 0) {
            return {};
        }
        Model::Annotation anchor = Anchor::exactHighlight(m_fx.revision, start, start + quote.size());
        anchor.kind = Model::AnnotationKind::CommentAnchor;
        Model::Comment c;
        c.articleId = m_fx.article;
        c.author = u"Anna"_s;
        c.body = body;
        return m_fx.library->addComment(c, anchor).valueOr({});
    }

    // What the page shows of inline comments: each marked range (as canonical offsets and text),
    // the glyphs and the bubbles with their names and counts.
    QJsonObject marks()
    {
        const QVariant json = evaluate(uR"JS(JSON.stringify({
            ranges: Array.from(CSS.highlights.get('g-comment') || []).map(r => {
                const o = GlossaText.fromRange(r); return o.start + ':' + o.end + '|' + r.toString(); }),
            glyphs: Array.from(document.querySelectorAll('.comment-glyphs .comment-glyph')).map(g =>
                [g.dataset.comment, g.getAttribute('aria-label'), g.getAttribute('role'), g.tabIndex].join('|')),
            bubbles: Array.from(document.querySelectorAll('#margin .comment-bubble')).map(b =>
                [b.dataset.comment, b.getAttribute('aria-label'), b.querySelector('.comment-count').textContent,
                 b.hidden].join('|')),
        }))JS"_s);
        return QJsonDocument::fromJson(json.toString().toUtf8()).object();
    }

    static QStringList strings(const QJsonValue &v)
    {
        QStringList list;
        for (const QJsonValue &s : v.toArray()) {
            list << s.toString();
        }
        return list;
    }

private Q_SLOTS:
    void init()
    {
        m_fx.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        controller()->setCommentingEnabled(true);
    }

    void cleanup() { m_fx.close(); }

    void commentPutsMarkerAndBubbleUpdatedInPlace()
    {
        // The page must not be reloaded for any of this: a value set in it now must still be there.
        QCOMPARE(evaluate(u"window.glossaTestMark = 42; window.glossaTestMark"_s).toInt(), 42);
        const QString top = commentOn(kQuote, u"Vero, ma quanto?"_s);
        QVERIFY(!top.isEmpty());
        const qsizetype start = m_fx.revision.canonicalText().indexOf(kQuote);
        const QString range = u"%1:%2|%3"_s.arg(start).arg(start + kQuote.size()).arg(kQuote);
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"ranges")), QStringList {range}, 10'000);
        // Glyphs are placed on the next animation frame.
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"glyphs")).size(), 1, 10'000);
        QJsonObject shown = marks();
        const QStringList glyphs = strings(shown.value(u"glyphs"));
        QCOMPARE(glyphs.size(), 1);
        QVERIFY2(glyphs[0].startsWith(top + u"|Comment by Anna"_s), qPrintable(glyphs[0]));
        QVERIFY(glyphs[0].endsWith(u"|button|0"_s));
        const QStringList bubbles = strings(shown.value(u"bubbles"));
        QCOMPARE(bubbles.size(), 1);
        QCOMPARE(bubbles[0].section(u'|', 0, 0), top);
        QCOMPARE(bubbles[0].section(u'|', 2, 2), u"0"_s);
        QCOMPARE(bubbles[0].section(u'|', 3, 3), u"false"_s);
        // It is no highlight: the highlights and the Annotations pane's list do not know it.
        QCOMPARE(evaluate(u"GlossaHighlights.list().filter(a => a.start === %1).length"_s.arg(start)).toInt(), 0);

        // A reply: the bubble counts it, in place.
        Model::Comment reply;
        reply.articleId = m_fx.article;
        reply.parentId = top;
        reply.author = u"Luca"_s;
        reply.body = u"Abbastanza."_s;
        const QString replyId = m_fx.library->addComment(reply).valueOr({});
        QVERIFY(!replyId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"bubbles")).value(0).section(u'|', 2, 2), u"1"_s, 10'000);
        QVERIFY(strings(marks().value(u"bubbles")).value(0).section(u'|', 1, 1).contains(u'1'));
        QTRY_VERIFY_WITH_TIMEOUT(strings(marks().value(u"glyphs")).value(0).section(u'|', 1, 1).contains(u'1'), 10'000);

        // The reply deleted: back to none. The comment deleted too: its marker goes.
        QVERIFY(m_fx.library->deleteComment(replyId));
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"bubbles")).value(0).section(u'|', 2, 2), u"0"_s, 10'000);
        QVERIFY(m_fx.library->deleteComment(top));
        QTRY_VERIFY_WITH_TIMEOUT(strings(marks().value(u"ranges")).isEmpty(), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"glyphs")), QStringList(), 10'000);
        QCOMPARE(strings(marks().value(u"bubbles")), QStringList());

        // Undo brings it back, redo takes it away again, still in the same page.
        m_fx.library->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"ranges")), QStringList {range}, 10'000);
        m_fx.library->undoStack()->redo();
        QTRY_VERIFY_WITH_TIMEOUT(strings(marks().value(u"ranges")).isEmpty(), 10'000);
        QCOMPARE(evaluate(u"window.glossaTestMark"_s).toInt(), 42);
    }

    void markersComeWithTheArticle()
    {
        const QString top = commentOn(kQuote, u"Vero, ma quanto?"_s);
        QVERIFY(!top.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"bubbles")).size(), 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"glyphs")).size(), 1, 10'000);
        const QJsonObject before = marks();
        // A page served afresh carries the marker from its first layout.
        QSignalSpy painted(m_fx.window->reader(), &Ui::ReaderView::articlePainted);
        m_fx.window->reader()->showArticle(m_fx.article);
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty(), 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(marks(), before, 10'000);
    }

    void clickingMarkerOrBubbleAsksForTheComment()
    {
        const QString top = commentOn(kQuote, u"Vero, ma quanto?"_s);
        QVERIFY(!top.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"glyphs")).size(), 1, 10'000);
        QSignalSpy activated(controller(), &Ui::ReaderController::commentActivated);
        evaluate(u"document.querySelector('#margin .comment-bubble').click(); true"_s);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 5000);
        QCOMPARE(activated.at(0).at(0).toString(), top);
        evaluate(u"document.querySelector('.comment-glyph').dispatchEvent(new KeyboardEvent('keydown', "
                 u"{key: 'Enter', bubbles: true})); true"_s);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 2, 5000);
        QCOMPARE(activated.at(1).at(0).toString(), top);
        evaluate(u"document.querySelector('.comment-glyph').click(); true"_s);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 3, 5000);
        QCOMPARE(activated.at(2).at(0).toString(), top);
        // A click on the passage itself (no highlight there) too.
        evaluate(u"(() => { const r = GlossaComments.rangeOf(GlossaComments.list()[0].id).getClientRects()[0];"
                 u"document.body.dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: r.left + 4,"
                 u"clientY: r.top + r.height / 2})); return true; })()"_s);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 4, 5000);
        QCOMPARE(activated.at(3).at(0).toString(), top);
    }

    void narrowWindowKeepsTheGlyphOnly()
    {
        const QString top = commentOn(kQuote, u"Vero, ma quanto?"_s);
        QVERIFY(!top.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"bubbles")).size(), 1, 10'000);
        const QString shown = u"(() => { const b = document.querySelector('#margin .comment-bubble');"
                              u"const g = document.querySelector('.comment-glyph');"
                              u"return [b.getClientRects().length > 0, g.getClientRects().length > 0,"
                              u"document.documentElement.classList.contains('narrow')].join(); })()"_s;
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(shown).toString(), u"true,true,false"_s, 10'000);
        // Like margin notes, the bubble goes with the margin on a narrow window; the glyph stays.
        m_fx.window->resize(700, 900);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(shown).toString(), u"false,true,true"_s, 10'000);
        m_fx.window->resize(1400, 900);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(shown).toString(), u"true,true,false"_s, 10'000);
    }

    void selectionCommentAsksWithThePassage()
    {
        QList<Model::Annotation> requested;
        connect(controller(), &Ui::ReaderController::commentRequested, this,
            [&requested](const Model::Annotation &a) { requested << a; });
        m_fx.select(kQuote);
        auto *button = m_fx.window->reader()->findChild<QToolButton *>(u"comment"_s);
        QVERIFY(button);
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 5000);
        button->click();
        QCOMPARE(requested.size(), 1);
        // The window opens the Discussion pane's editor on the passage (asking who writes, first).
        auto *dialog = m_fx.window->threadPane()->findChild<Ui::AuthorDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->guestButton()->click();
        QTRY_VERIFY(m_fx.window->threadPane()->editor()->isVisible());
        QVERIFY(m_fx.window->threadPane()->editor()->heading().contains(kQuote.left(20)));
        m_fx.window->threadPane()->editor()->cancelButton()->click();
        m_fx.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_fx.window.get()));
        QCOMPARE(requested[0].kind, Model::AnnotationKind::CommentAnchor);
        QCOMPARE(requested[0].selector.exact, kQuote);
        QCOMPARE(requested[0].articleId, m_fx.article);
        QCOMPARE(requested[0].revisionId, m_fx.revision.id);
        QVERIFY(!controller()->hasSelection());
        // Nothing is stored until the comment is written.
        QCOMPARE(m_fx.library->comments(m_fx.article).size(), 0);

        // The C key does the same; it is in the Annotate menu.
        const QString other = u"Chi studia lo sa"_s;
        m_fx.select(other);
        m_fx.readerInput()->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(m_fx.readerInput()->hasFocus());
        QTest::keyClick(m_fx.readerInput(), Qt::Key_C);
        QTRY_COMPARE(requested.size(), 2);
        QCOMPARE(requested[1].selector.exact, other);

        // A passage that is written up becomes a marker.
        Model::Comment c;
        c.articleId = m_fx.article;
        c.body = u"Chi?"_s;
        QVERIFY(m_fx.library->addComment(c, requested[1]));
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"ranges")).size(), 1, 10'000);
        QVERIFY(strings(marks().value(u"ranges"))[0].endsWith(u'|' + other));
    }

    void commentingIsOfferedOnlyWhenEnabled()
    {
        controller()->setCommentingEnabled(false);
        QList<Model::Annotation> requested;
        connect(controller(), &Ui::ReaderController::commentRequested, this,
            [&requested](const Model::Annotation &a) { requested << a; });
        m_fx.select(kQuote);
        auto *button = m_fx.window->reader()->findChild<QToolButton *>(u"comment"_s);
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        QAction *action = nullptr;
        for (QAction *a : controller()->actions()) {
            if (a->objectName() == u"commentOnSelection") {
                action = a;
            }
        }
        QVERIFY(action);
        QVERIFY(!action->isVisible());
        QTest::keyClick(m_fx.readerInput(), Qt::Key_C);
        QTest::qWait(100);
        QVERIFY(requested.isEmpty());
        controller()->setCommentingEnabled(true);
        QVERIFY(action->isVisible() && action->isEnabled());
    }

    void showPassageScrollsAndFlashes()
    {
        const QString top = commentOn(u"Chi studia lo sa"_s, u"Chi?"_s);
        QVERIFY(!top.isEmpty());
        const QString anchor = m_fx.library->comment(top)->annotationId;
        QTRY_COMPARE_WITH_TIMEOUT(strings(marks().value(u"ranges")).size(), 1, 10'000);
        evaluate(u"window.scrollTo(0, document.body.scrollHeight); true"_s);
        controller()->showPassage(anchor);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(u"CSS.highlights.has('g-flash')"_s).toBool(), 5000);
        const QVariant top2 = evaluate(u"(() => { const r = GlossaComments.rangeOf('%1').getBoundingClientRect(); "
                                       u"return r.top >= 0 && r.bottom <= window.innerHeight; })()"_s.arg(anchor));
        QVERIFY(top2.toBool());
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstInlineComments)
#include "tst_inlinecomments.moc"
