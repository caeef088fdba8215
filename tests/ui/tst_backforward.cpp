// SPDX-License-Identifier: GPL-3.0-or-later
// Back and Forward in the window: an article left half read opens again where it was left, not at
// its start; a new visit drops what Forward had; Alt+Left / Alt+Right and the mouse's back and
// forward buttons (over the reader's page and the library list) do the same as the Go menu; the
// arrows are disabled when there is nowhere to go and name the article they go to; navigateTo()
// (the links' way in) is a step Back undoes; a deleted article is no longer a step.
#include "helpers/storefixtures.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/librarylistmodel.h"
#include "navigation/historynavigator.h"
#include "preferences/settings.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

using namespace Glossa;

class TstBackForward : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fixture;
    Test::ArticleFixture m_long; // A: long enough to be read half-way
    Test::ArticleFixture m_other; // C: another long one
    QString m_sample; // B: the article the fixture shows (a sample article)

    Ui::HistoryNavigator *navigator() const { return m_fixture.window->navigator(); }
    QListView *list() const
    {
        for (QListView *view : m_fixture.window->findChildren<QListView *>()) {
            if (qobject_cast<const LibraryListModel *>(view->model())) {
                return view;
            }
        }
        return nullptr;
    }

    static Test::ArticleFixture longArticle(const QString &title)
    {
        Test::ArticleFixture f = Test::article(title);
        QList<Model::Block> blocks {Model::Block {.type = Model::BlockType::Heading, .level = 1, .text = title}};
        for (int i = 1; i <= 60; ++i) {
            blocks.append(Model::Block {.text = QStringLiteral("Paragrafo %1. ").arg(i)
                    + QStringLiteral("Chi legge con attenzione torna sulle frasi che contano e le segna. ")
                        .repeated(4)});
        }
        const QString revisionId = f.revision.id;
        f.revision = Model::Revision::fromBlocks(blocks);
        f.revision.id = revisionId;
        f.revision.articleId = f.article.id;
        f.revision.rawSource = title;
        f.revision.sourceFormat = QStringLiteral("markdown");
        return f;
    }

    double scrollY() const { return m_fixture.evaluate(QStringLiteral("window.scrollY")).toDouble(); }
    qsizetype firstVisible() const
    {
        return m_fixture.evaluate(QStringLiteral("GlossaReading.firstVisibleOffset()")).toLongLong();
    }

    // Does `act` and waits until the reader has painted `articleId`.
    template<typename Act> bool shows(const QString &articleId, Act act)
    {
        QSignalSpy painted(m_fixture.window->reader(), &Ui::ReaderView::articlePainted);
        act();
        return QTest::qWaitFor(
            [&] {
                return !painted.isEmpty() && painted.last().at(0).toString() == articleId
                    && m_fixture.window->reader()->articleId() == articleId;
            },
            60'000);
    }

    // Clicks the article in the library list (as a reader does).
    bool openFromList(const QString &articleId)
    {
        const auto *model = qobject_cast<const LibraryListModel *>(list()->model());
        const QModelIndex index = model ? model->indexForId(articleId) : QModelIndex();
        if (!index.isValid()) {
            return false;
        }
        return shows(articleId, [&] {
            const QRect rect = list()->visualRect(index);
            QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
        });
    }

    QString listCurrent() const { return list()->currentIndex().data(LibraryListModel::IdRole).toString(); }

    // Opens A, reads it down to the 20th paragraph or so, then opens B; returns where A was left.
    qsizetype readAThenOpenB()
    {
        if (!openFromList(m_long.article.id)) {
            return -1;
        }
        m_fixture.evaluate(QStringLiteral("window.scrollTo(0, 3000); true"));
        if (!QTest::qWaitFor([&] { return Ui::Settings::readingPosition(m_long.article.id) > 0; }, 10'000)) {
            return -1;
        }
        const qsizetype left = Ui::Settings::readingPosition(m_long.article.id);
        return openFromList(m_sample) ? left : -1;
    }

private Q_SLOTS:
    void init()
    {
        m_fixture.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        m_sample = m_fixture.article;
        m_long = longArticle(QStringLiteral("Una lunga lettura"));
        m_other = longArticle(QStringLiteral("Un'altra lettura"));
        QVERIFY(m_fixture.library->addArticle(m_long.article, m_long.revision));
        QVERIFY(m_fixture.library->addArticle(m_other.article, m_other.revision));
    }

    void cleanup() { m_fixture.close(); }

    void theWindowHasGoMenuAndToolbar()
    {
        QAction *back = navigator()->backAction();
        QAction *forward = navigator()->forwardAction();
        QCOMPARE(back->shortcut(), QKeySequence(QKeySequence::Back));
        QCOMPARE(forward->shortcut(), QKeySequence(QKeySequence::Forward));
        auto *toolbar = m_fixture.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolbar);
        QVERIFY(toolbar->isVisible());
        QVERIFY(toolbar->actions().contains(back) && toolbar->actions().contains(forward));
        QVERIFY(!back->icon().isNull() || !back->text().isEmpty());
        bool inGo = false;
        bool toggleInView = false;
        for (QAction *menu : m_fixture.window->menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(back) && menu->menu()->actions().contains(forward)) {
                inGo = true;
            }
            if (menu->menu() && menu->menu()->actions().contains(toolbar->toggleViewAction())) {
                toggleInView = true;
            }
        }
        QVERIFY(inGo);
        QVERIFY(toggleInView);
        // The toolbar can be hidden.
        toolbar->toggleViewAction()->trigger();
        QVERIFY(!toolbar->isVisible());
        toolbar->toggleViewAction()->trigger();
        QVERIFY(toolbar->isVisible());
    }

    void backReturnsToWhereTheArticleWasLeft()
    {
        const qsizetype left = readAThenOpenB();
        QVERIFY(left > 0);
        QVERIFY(m_long.revision.blockIndexAt(left) > 5); // well into the text
        QAction *back = navigator()->backAction();
        QAction *forward = navigator()->forwardAction();
        QVERIFY(back->isEnabled());
        QVERIFY(!forward->isEnabled()); // nothing to go forward to
        QVERIFY(back->toolTip().contains(m_long.article.title));

        QVERIFY(shows(m_long.article.id, [&] { back->trigger(); }));
        QCOMPARE(listCurrent(), m_long.article.id); // selected in the library too
        // Where it was left, not the start.
        QTRY_VERIFY_WITH_TIMEOUT(scrollY() > 1000, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_long.revision.blockIndexAt(firstVisible()), m_long.revision.blockIndexAt(left), 10'000);
        QVERIFY(forward->isEnabled());
        const auto sample = m_fixture.library->article(m_sample);
        QVERIFY(forward->toolTip().contains(sample->title));

        QVERIFY(shows(m_sample, [&] { forward->trigger(); }));
        QCOMPARE(listCurrent(), m_sample);
        QVERIFY(!forward->isEnabled());
        QVERIFY(back->isEnabled());
    }

    void aNewVisitTruncatesForward()
    {
        QVERIFY(readAThenOpenB() > 0);
        QVERIFY(shows(m_long.article.id, [&] { navigator()->goBack(); }));
        QVERIFY(navigator()->forwardAction()->isEnabled());
        QVERIFY(openFromList(m_other.article.id));
        QVERIFY(!navigator()->forwardAction()->isEnabled());
        QVERIFY(navigator()->backAction()->toolTip().contains(m_long.article.title));
        QVERIFY(shows(m_long.article.id, [&] { navigator()->goBack(); }));
    }

    void theArrowsListTheArticlesTheyGoThrough()
    {
        const qsizetype left = readAThenOpenB();
        QVERIFY(left > 0);
        QVERIFY(openFromList(m_other.article.id)); // visited: first sample, B, A, B, C
        QMenu *menu = navigator()->backMenu();
        Q_EMIT menu->aboutToShow();
        const auto sample = m_fixture.library->article(m_sample);
        QCOMPARE(menu->actions().size(), 4);
        QCOMPARE(menu->actions().at(0)->text(), sample->title); // nearest first
        QCOMPARE(menu->actions().at(1)->text(), m_long.article.title);
        // The toolbar's Back arrow holds the list.
        auto *toolbar = m_fixture.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(navigator()->backAction()));
        QVERIFY(button);
        QCOMPARE(button->menu(), menu);

        // Two steps at once: A, where it was left; Forward then lists B and C.
        QVERIFY(shows(m_long.article.id, [&] { menu->actions().at(1)->trigger(); }));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_long.revision.blockIndexAt(firstVisible()), m_long.revision.blockIndexAt(left), 10'000);
        Q_EMIT navigator()->forwardMenu()->aboutToShow();
        QCOMPARE(navigator()->forwardMenu()->actions().size(), 2);
        QCOMPARE(navigator()->forwardMenu()->actions().at(1)->text(), m_other.article.title);
        QVERIFY(shows(m_other.article.id, [&] { navigator()->forwardMenu()->actions().at(1)->trigger(); }));
        QVERIFY(!navigator()->forwardAction()->isEnabled());
    }

    void altLeftAndAltRightGoBackAndForward()
    {
        QVERIFY(readAThenOpenB() > 0);
        // From the reader's page.
        m_fixture.window->activateWindow();
        m_fixture.readerInput()->setFocus();
        QVERIFY(
            shows(m_long.article.id, [&] { QTest::keyClick(m_fixture.readerInput(), Qt::Key_Left, Qt::AltModifier); }));
        QVERIFY(shows(m_sample, [&] { QTest::keyClick(m_fixture.readerInput(), Qt::Key_Right, Qt::AltModifier); }));
        // From the library list.
        list()->setFocus();
        QVERIFY(shows(m_long.article.id, [&] { QTest::keyClick(list(), Qt::Key_Left, Qt::AltModifier); }));
        QCOMPARE(listCurrent(), m_long.article.id);
    }

    void theMouseButtonsGoBackAndForward()
    {
        QVERIFY(readAThenOpenB() > 0);
        // Over the page: the web engine's widget must not take them for its own history.
        QWidget *page = m_fixture.readerInput();
        QVERIFY(page != m_fixture.window->reader()); // the view's child widget that gets the mouse
        QVERIFY(shows(m_long.article.id, [&] { QTest::mouseClick(page, Qt::BackButton, {}, QPoint(200, 200)); }));
        QTRY_VERIFY_WITH_TIMEOUT(scrollY() > 1000, 10'000);
        QVERIFY(shows(m_sample, [&] { QTest::mouseClick(page, Qt::ForwardButton, {}, QPoint(200, 200)); }));
        // Over the library list.
        QVERIFY(shows(m_long.article.id, [&] { QTest::mouseClick(list()->viewport(), Qt::BackButton); }));
        QCOMPARE(listCurrent(), m_long.article.id);
    }

    void navigateToIsAStepBackUndoes()
    {
        QCOMPARE(m_fixture.window->reader()->articleId(), m_sample);
        const QString &text = m_long.revision.canonicalText();
        const qsizetype at = text.indexOf(QStringLiteral("Paragrafo 30."));
        QVERIFY(at > 0);
        QVERIFY(shows(m_long.article.id, [&] { navigator()->navigateTo(m_long.article.id, at); }));
        QCOMPARE(listCurrent(), m_long.article.id);
        QTRY_COMPARE_WITH_TIMEOUT(
            m_long.revision.blockIndexAt(firstVisible()), m_long.revision.blockIndexAt(at), 10'000);
        QVERIFY(navigator()->backAction()->toolTip().contains(m_fixture.library->article(m_sample)->title));
        QVERIFY(shows(m_sample, [&] { navigator()->goBack(); }));
    }

    void aPassageOfAnotherArticleOpensThereAndFlashes()
    {
        const QString &text = m_long.revision.canonicalText();
        const qsizetype start = text.indexOf(QStringLiteral("Paragrafo 45."));
        QVERIFY(start > 0);
        Model::Annotation a = Anchor::exactHighlight(m_long.revision, start, start + 13);
        a.color = QStringLiteral("agree");
        a.anchor = {start, start + 13, 1.0, Model::AnchorStatus::Exact};
        const QString id = m_fixture.library->addAnnotation(a).valueOr({});
        QVERIFY(!id.isEmpty());
        QVERIFY(!navigator()->navigateToPassage(QStringLiteral("no-such-annotation")));
        QCOMPARE(m_fixture.window->reader()->articleId(), m_sample); // nothing happened

        QVERIFY(shows(m_long.article.id, [&] { QVERIFY(navigator()->navigateToPassage(id)); }));
        QCOMPARE(listCurrent(), m_long.article.id);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.evaluate(QStringLiteral("CSS.highlights.has('g-flash')")).toBool(), 10'000);
        // The passage is on screen.
        const QString top = QStringLiteral("GlossaHighlights.rangeOf('%1').getBoundingClientRect().top").arg(id);
        QTRY_VERIFY_WITH_TIMEOUT(m_fixture.evaluate(top).toDouble() >= 0
                && m_fixture.evaluate(top).toDouble()
                    < m_fixture.evaluate(QStringLiteral("window.innerHeight")).toDouble(),
            10'000);
        QVERIFY(shows(m_sample, [&] { navigator()->goBack(); }));
    }

    void aDeletedArticleIsNoLongerAStep()
    {
        QVERIFY(readAThenOpenB() > 0);
        QVERIFY(navigator()->backAction()->toolTip().contains(m_long.article.title));
        QVERIFY(m_fixture.library->deleteArticle(m_long.article.id));
        for (const HistoryEntry &e : navigator()->history().backEntries()) {
            QVERIFY(e.articleId != m_long.article.id);
        }
        QVERIFY(!navigator()->backAction()->toolTip().contains(m_long.article.title));
        // Visited: the first sample (the window opened it), B, A, B. Without A, B follows B: one step,
        // so Back goes to the first sample.
        QVERIFY(navigator()->backAction()->isEnabled());
        const QString previous = navigator()->history().backEntries().first().articleId;
        QVERIFY(previous != m_sample);
        QVERIFY(shows(previous, [&] { navigator()->goBack(); }));
        QCOMPARE(listCurrent(), previous);
        QVERIFY(!navigator()->backAction()->isEnabled());
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstBackForward)
#include "tst_backforward.moc"
