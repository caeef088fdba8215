// SPDX-License-Identifier: GPL-3.0-or-later
// The Links pane: the open article's links and backlinks, grouped by relation ("mentions", the
// relation of [[wiki links]], is one more group), each row with both ends' words and the other
// article's title; a link whose other end is deleted stays listed as dangling with what it said,
// and is ok again on undo; Re-target points it at the reader's selection; Remove takes it away in
// one undo step; activating a row follows the link; View › Links shows the pane.
#include "helpers/linkedarticles.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "links/linksdock.h"
#include "links/linkspane.h"
#include "links/linksui.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>

using namespace Glossa;

class TstLinksPane : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fixture;
    QString m_b;
    QString m_c;
    Test::Passage m_a1; // passages of the article shown (A)
    Test::Passage m_a2;
    Test::Passage m_b1; // of B
    Test::Passage m_c1; // of C

    Ui::LinksPane *pane() const { return m_fixture.window->links()->pane(); }
    QStandardItemModel *model() const { return pane()->model(); }
    QModelIndex rowOf(const QString &linkId, int nth = 0) const
    {
        const QModelIndexList hits = model()->match(
            model()->index(0, 0), Ui::LinksPane::LinkIdRole, linkId, -1, Qt::MatchExactly | Qt::MatchRecursive);
        return hits.size() > nth ? hits.at(nth) : QModelIndex();
    }
    QString statusOf(const QString &linkId) const { return rowOf(linkId).data(Ui::LinksPane::StatusRole).toString(); }
    // "section / group" of a link's row.
    QString placeOf(const QString &linkId) const
    {
        const QModelIndex row = rowOf(linkId);
        return row.parent().parent().data().toString() + QStringLiteral(" / ") + row.parent().data().toString();
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        const QStringList others = Test::otherArticles(*m_fixture.library, m_fixture.article);
        QVERIFY(others.size() >= 2);
        m_b = others.at(0);
        m_c = others.at(1);
        m_a1 = Test::passageOf(*m_fixture.library, m_fixture.article, 2);
        m_a2 = Test::passageOf(*m_fixture.library, m_fixture.article, 3);
        m_b1 = Test::passageOf(*m_fixture.library, m_b, 2);
        m_c1 = Test::passageOf(*m_fixture.library, m_c, 2);
        QVERIFY(m_a1.start >= 0 && m_a2.start >= 0 && m_b1.start >= 0 && m_c1.start >= 0);
        QCOMPARE(pane()->articleId(), m_fixture.article);
    }
    void cleanup() { m_fixture.close(); }

    void linksAndBacklinksAreGroupedByRelation()
    {
        QVERIFY(!pane()->view()->isVisibleTo(pane())); // the empty state instead
        const QString out = Test::link(*m_fixture.library, m_a1, m_b1, QStringLiteral("supports"));
        const QString in = Test::link(*m_fixture.library, m_c1, m_a2, QStringLiteral("contradicts"));
        const QString mention
            = m_fixture.library
                  ->addLink(Library::LinkTarget::wholeArticle(m_c),
                      Library::LinkTarget::wholeArticle(m_fixture.article), QStringLiteral("mentions"))
                  .valueOr({});
        QVERIFY(!out.isEmpty() && !in.isEmpty() && !mention.isEmpty());
        QTRY_VERIFY(rowOf(mention).isValid());
        QVERIFY(pane()->view()->isVisibleTo(pane()));
        QCOMPARE(placeOf(out), QStringLiteral("Links from this article (1) / supports (1)"));
        QCOMPARE(placeOf(in), QStringLiteral("Backlinks (2) / contradicts (1)"));
        QCOMPARE(placeOf(mention), QStringLiteral("Backlinks (2) / mentions (1)"));
        // Each row: the other article's title and both ends' words, in the link's direction.
        const QString row = rowOf(out).data().toString();
        QVERIFY2(row.contains(m_fixture.library->article(m_b)->title), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("“%1”\n→ “%2”").arg(m_a1.quote, m_b1.quote)), qPrintable(row));
        const QString back = rowOf(in).data().toString();
        QVERIFY2(back.contains(QStringLiteral("“%1”\n→ “%2”").arg(m_c1.quote, m_a2.quote)), qPrintable(back));
        QCOMPARE(statusOf(out), QStringLiteral("ok"));
        // The dock's title counts them.
        QCOMPARE(m_fixture.window->links()->dock()->windowTitle(), QStringLiteral("Links (3)"));
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            m_fixture.window->links()->dock()->showAndFocus();
            QTest::qWait(500);
            m_fixture.window->grab().save(shots + QStringLiteral("/links-pane.png"));
        }
    }

    // A [[ ]] in a note is a "mentions" backlink the note's words own: the pane lists it and follows
    // it, but neither removes nor re-targets it (it would come back when the note is next saved).
    void aWikiLinkInANoteIsListedButOnlyItsNoteChangesIt()
    {
        Model::Annotation note = m_c1.annotation;
        note.color = QStringLiteral("yellow");
        note.note = QStringLiteral("See [[%1]].").arg(m_fixture.library->article(m_fixture.article)->title);
        const QString noteId = m_fixture.library->addAnnotation(note).valueOr({});
        QVERIFY(!noteId.isEmpty());
        QTRY_COMPARE(model()->rowCount(), 1);
        const QModelIndexList rows = model()->match(
            model()->index(0, 0), Ui::LinksPane::MentionRole, true, -1, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(rows.size(), 1);
        const QString mention = rows.first().data(Ui::LinksPane::LinkIdRole).toString();
        QCOMPARE(placeOf(mention), QStringLiteral("Backlinks (1) / mentions (1)"));
        pane()->view()->setCurrentIndex(rowOf(mention));
        QVERIFY(pane()->currentIsMention());
        auto *remove = pane()->findChild<QPushButton *>(QStringLiteral("removeLink"));
        auto *retarget = pane()->findChild<QPushButton *>(QStringLiteral("retargetLink"));
        QVERIFY(remove && retarget);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!retarget->isEnabled());
        pane()->removeCurrent(); // the Delete key's way in: refused too
        QVERIFY(m_fixture.library->readLinks(m_fixture.article).valueOr({}).size() == 1);
        // Editing the note away takes the link with it.
        QVERIFY(m_fixture.library->setAnnotationNote(noteId, QStringLiteral("No link any more.")));
        QTRY_VERIFY(!rowOf(mention).isValid());
    }

    void aLinkWhoseOtherEndIsDeletedStaysListedAsDanglingUntilUndo()
    {
        const QString out = Test::link(*m_fixture.library, m_a1, m_b1, QStringLiteral("supports"));
        QVERIFY(!out.isEmpty());
        QTRY_COMPARE(statusOf(out), QStringLiteral("ok"));
        QVERIFY(m_fixture.library->deleteArticle(m_b));
        QTRY_COMPARE(statusOf(out), QStringLiteral("dangling"));
        const QString row = rowOf(out).data().toString();
        QVERIFY2(row.contains(QStringLiteral("dangling")), qPrintable(row));
        QVERIFY2(row.contains(m_b1.quote), qPrintable(row)); // what it used to say
        m_fixture.library->undoStack()->undo();
        QTRY_COMPARE(statusOf(out), QStringLiteral("ok"));
    }

    void aDeletedHighlightAtTheOtherEndDanglesToo()
    {
        const QString highlight = m_fixture.library
                                      ->addAnnotation([&] {
                                          Model::Annotation a = m_c1.annotation;
                                          a.color = QStringLiteral("yellow");
                                          return a;
                                      }())
                                      .valueOr({});
        QVERIFY(!highlight.isEmpty());
        const QString in = m_fixture.library
                               ->addLink(Library::LinkTarget::annotation(highlight),
                                   Library::LinkTarget::newPassage(m_a1.annotation), QStringLiteral("cites"))
                               .valueOr({});
        QVERIFY(!in.isEmpty());
        QTRY_COMPARE(statusOf(in), QStringLiteral("ok"));
        QVERIFY(m_fixture.library->removeAnnotation(highlight));
        QTRY_COMPARE(statusOf(in), QStringLiteral("dangling"));
        QVERIFY(rowOf(in).data().toString().contains(m_c1.quote));
        m_fixture.library->undoStack()->undo();
        QTRY_COMPARE(statusOf(in), QStringLiteral("ok"));
    }

    void reTargetPointsADanglingLinkAtTheSelection()
    {
        const QString out = Test::link(*m_fixture.library, m_a1, m_b1, QStringLiteral("supports"));
        QVERIFY(!out.isEmpty());
        QVERIFY(m_fixture.library->deleteArticle(m_b));
        QTRY_COMPARE(statusOf(out), QStringLiteral("dangling"));
        pane()->view()->setCurrentIndex(rowOf(out));
        QCOMPARE(pane()->currentLink(), out);
        // No selection: Re-target is offered only with a hint.
        auto *retarget = pane()->findChild<QPushButton *>(QStringLiteral("retargetLink"));
        QVERIFY(retarget);
        QVERIFY(!retarget->isEnabled());
        QVERIFY(retarget->toolTip().contains(QStringLiteral("Select a passage")));
        m_fixture.select(m_a2.quote);
        QTRY_VERIFY(retarget->isEnabled());
        const int steps = m_fixture.library->undoStack()->count();
        retarget->click();
        QTRY_COMPARE(statusOf(out), QStringLiteral("ok"));
        QCOMPARE(m_fixture.library->undoStack()->count(), steps + 1);
        QVERIFY(rowOf(out).data().toString().contains(m_a2.quote));
        QCOMPARE(pane()->currentLink(), out); // still the selected row
    }

    void removeTakesTheLinkAwayInOneUndoStep()
    {
        const QString out = Test::link(*m_fixture.library, m_a1, m_b1, QStringLiteral("elaborates"));
        QVERIFY(!out.isEmpty());
        QTRY_VERIFY(rowOf(out).isValid());
        pane()->view()->setCurrentIndex(rowOf(out));
        const int steps = m_fixture.library->undoStack()->count();
        pane()->removeCurrent();
        QTRY_VERIFY(!rowOf(out).isValid());
        QCOMPARE(m_fixture.library->undoStack()->count(), steps + 1);
        QVERIFY(m_fixture.library->links(m_fixture.article).isEmpty());
        QVERIFY(!pane()->view()->isVisibleTo(pane()));
        m_fixture.library->undoStack()->undo();
        QTRY_VERIFY(rowOf(out).isValid());
        QCOMPARE(statusOf(out), QStringLiteral("ok"));
    }

    void activatingARowFollowsTheLink()
    {
        const QString in = Test::link(*m_fixture.library, m_c1, m_a1, QStringLiteral("supports"));
        QVERIFY(!in.isEmpty());
        QTRY_VERIFY(rowOf(in).isValid());
        QSignalSpy painted(m_fixture.window->reader(), &Ui::ReaderView::articlePainted);
        Q_EMIT pane()->view()->activated(rowOf(in));
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty() && m_fixture.window->reader()->articleId() == m_c, 60'000);
        QTRY_COMPARE(pane()->articleId(), m_c);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.evaluate(QStringLiteral("CSS.highlights.has('g-flash')")).toBool(), 10'000);
    }

    void viewLinksShowsAndFocusesThePane()
    {
        QAction *toggle = m_fixture.window->findChild<QAction *>(QStringLiteral("showLinks"));
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        bool inViewMenu = false;
        for (QAction *menu : m_fixture.window->menuBar()->actions()) {
            if (menu->text() == Ui::MainWindow::tr("&View") && menu->menu()) {
                inViewMenu = menu->menu()->actions().contains(toggle);
            }
        }
        QVERIFY(inViewMenu);
        QVERIFY(!Test::link(*m_fixture.library, m_a1, m_b1, QStringLiteral("supports")).isEmpty());
        QTRY_COMPARE(toggle->text(), QStringLiteral("&Links (1)"));
        m_fixture.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_fixture.window.get()));
        toggle->trigger();
        QVERIFY(m_fixture.window->links()->dock()->isVisible());
        QVERIFY(pane()->isAncestorOf(QApplication::focusWidget()));
        toggle->trigger(); // in it: hides it
        QVERIFY(!m_fixture.window->links()->dock()->isVisible());
        toggle->trigger();
        // Ctrl+Tab goes round the panes and the Links pane is one of them.
        m_fixture.readerInput()->setFocus();
        bool reached = false;
        for (int i = 0; i < 6 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
            reached = pane()->isAncestorOf(QApplication::focusWidget());
        }
        QVERIFY(reached);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstLinksPane)
#include "tst_linkspane.moc"
