// SPDX-License-Identifier: GPL-3.0-or-later
// The window at half a laptop screen: the article column keeps its readable minimum and the panes
// give way (and come back when the window is wide again); View's pane toggles are checkable with
// keys of their own; Reading Mode (F11) hides every pane and brings them back; the closed Note pane
// opens again on N; and the note editor with no note keeps the keys typed into it.
#include "annotations/noteeditor.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "layout/panelayout.h"
#include "search/searchpanel.h"
#include "search/searchui.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QToolBar>

using namespace Glossa;

class TstPaneLayout : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;

    QVariant evaluate(const QString &script) { return m_fx.evaluate(script); }
    Ui::PaneLayout *panes() const { return m_fx.window->panes(); }
    QDockWidget *dock(const char *name) const
    {
        return m_fx.window->findChild<QDockWidget *>(QLatin1StringView(name), Qt::FindDirectChildrenOnly);
    }
    QWidget *librarySide() const { return m_fx.window->search()->panel(); }

    // The title's words that the page breaks over two lines, and the page's width.
    QJsonObject titleLayout()
    {
        return QJsonDocument::fromJson(evaluate(QStringLiteral(R"JS(JSON.stringify((() => {
            const title = document.querySelector('.title, h1');
            const broken = [];
            const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (const m of node.data.matchAll(/\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, m.index);
                    range.setEnd(node, m.index + m[0].length);
                    const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
                    if (lines.size > 1) broken.push(m[0]);
                }
            }
            return { title: title.textContent, broken, width: window.innerWidth };
        })()))JS"))
                                           .toString()
                                           .toUtf8())
            .object();
    }

    // Every shortcut of the window's menus, each as often as an action has it.
    QList<QKeySequence> menuShortcuts(const QMenu *menu) const
    {
        QList<QKeySequence> keys;
        for (const QAction *a : menu->actions()) {
            if (a->menu()) {
                keys += menuShortcuts(a->menu());
            } else if (!a->isSeparator()) {
                keys += a->shortcuts();
            }
        }
        return keys;
    }

    QMenu *viewMenu() const
    {
        for (QAction *a : m_fx.window->menuBar()->actions()) {
            if (a->menu() && a->text().remove(u'&') == u"View") {
                return a->menu();
            }
        }
        return nullptr;
    }

    // The keyboard focus is the window's only while it is the active one.
    void activate()
    {
        m_fx.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_fx.window.get()));
    }

private Q_SLOTS:
    void init() { m_fx.open(); }
    void cleanup() { m_fx.close(); }

    void narrowWindowKeepsTheColumnAndPanesComeBack_data()
    {
        QTest::addColumn<int>("width");
        QTest::addRow("683 px, half a laptop screen") << 683;
        QTest::addRow("480 px") << 480;
    }

    void narrowWindowKeepsTheColumnAndPanesComeBack()
    {
        QFETCH(int, width);
        QDockWidget *annotations = dock("annotations");
        QVERIFY(annotations && annotations->isVisible());
        QVERIFY(librarySide()->isVisible());
        const int minimum = panes()->minimumReaderWidth();
        QVERIFY2(minimum >= 20 * 19, qPrintable(QString::number(minimum))); // 20 em of 19 px type

        m_fx.window->resize(width, 800);
        QTRY_VERIFY2(m_fx.window->reader()->width() >= minimum,
            qPrintable(QStringLiteral("reader %1 px, minimum %2 px").arg(m_fx.window->reader()->width()).arg(minimum)));
        QVERIFY2(m_fx.window->reader()->width() <= width,
            qPrintable(QStringLiteral("reader %1 px in a window of %2 px (minimum %3)")
                    .arg(m_fx.window->reader()->width())
                    .arg(m_fx.window->width())
                    .arg(m_fx.window->minimumSizeHint().width())));
        // The page itself has the width (its layout followed), and no word of the title is broken.
        QTRY_VERIFY(titleLayout().value(u"width").toInt() >= minimum - 20);
        const QJsonObject title = titleLayout();
        QVERIFY2(title.value(u"broken").toArray().isEmpty(),
            qPrintable(QString::fromUtf8(QJsonDocument(title).toJson(QJsonDocument::Compact))));
        // The panes that gave way are hidden, not squeezed to nothing.
        if (librarySide()->isVisible()) {
            QVERIFY(librarySide()->width() >= 120);
        }
        if (annotations->isVisible()) {
            QVERIFY(annotations->width() >= 120);
        }
        if (const QByteArray dir = qgetenv("GLOSSA_TEST_SCREENSHOTS"); !dir.isEmpty()) {
            QTest::qWait(800); // the view's last frame catches up with the new width
            m_fx.window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/window-%1.png").arg(width));
        }

        // Wide again: what gave way comes back.
        m_fx.window->resize(1400, 900);
        QTRY_VERIFY(librarySide()->isVisible());
        QTRY_VERIFY(annotations->isVisible());
        QTRY_VERIFY(dock("note")->isVisible());
        QVERIFY(m_fx.window->reader()->width() >= minimum);
    }

    void largerTextNeedsAWiderColumn()
    {
        const int normal = panes()->minimumReaderWidth();
        m_fx.window->controller()->setFontScale(1.5);
        QVERIFY(panes()->minimumReaderWidth() > normal);
        m_fx.window->resize(900, 800);
        QTRY_VERIFY(m_fx.window->reader()->width() >= panes()->minimumReaderWidth());
        m_fx.window->controller()->setFontScale(1.0);
    }

    void everyPaneHasACheckableToggleWithItsOwnKeys()
    {
        activate();
        QMenu *view = viewMenu();
        QVERIFY(view);
        const QList<QKeySequence> all = menuShortcuts(view) + [this] {
            QList<QKeySequence> keys;
            for (QAction *a : m_fx.window->menuBar()->actions()) {
                if (a->menu() && a->menu() != viewMenu()) {
                    keys += menuShortcuts(a->menu());
                }
            }
            return keys;
        }();
        QList<QAction *> toggles;
        for (const char *name : {"library", "annotations", "note"}) {
            QAction *toggle = panes()->toggleAction(QLatin1StringView(name));
            QVERIFY2(toggle, name);
            toggles << toggle;
        }
        for (QDockWidget *d : {dock("discussion"), dock("links"), dock("relatedPassages")}) {
            QVERIFY(d);
        }
        for (QAction *a : view->actions()) {
            const QString text = a->text().remove(u'&');
            if (text.startsWith(u"Discussion") || text.startsWith(u"Links") || text.startsWith(u"Related")) {
                toggles << a;
            }
        }
        toggles << panes()->readingModeAction();
        QCOMPARE(toggles.size(), 7);
        for (QAction *toggle : std::as_const(toggles)) {
            QVERIFY2(toggle->isCheckable(), qPrintable(toggle->text()));
            QVERIFY2(view->actions().contains(toggle), qPrintable(toggle->text()));
            QVERIFY2(!toggle->shortcut().isEmpty(), qPrintable(toggle->text()));
            // No other action of the menus answers the same key.
            QVERIFY2(all.count(toggle->shortcut()) == 1, qPrintable(toggle->shortcut().toString()));
        }

        // A toggle's check mark follows its pane, both ways.
        QAction *annotations = panes()->toggleAction(QStringLiteral("annotations"));
        QVERIFY(annotations->isChecked());
        annotations->trigger();
        QTRY_VERIFY(dock("annotations")->isHidden());
        QVERIFY(!annotations->isChecked());
        annotations->trigger();
        QTRY_VERIFY(dock("annotations")->isVisible());
        QVERIFY(annotations->isChecked());
        dock("note")->close(); // its title bar's close button
        QVERIFY(!panes()->toggleAction(QStringLiteral("note"))->isChecked());

        QAction *library = panes()->toggleAction(QStringLiteral("library"));
        library->trigger();
        QTRY_VERIFY(librarySide()->isHidden());
        QVERIFY(!library->isChecked());
        // Search Library… brings the search field back, with the focus in it.
        m_fx.window->search()->searchAction()->trigger();
        QTRY_VERIFY(librarySide()->isVisible());
        QVERIFY(library->isChecked());
        QTRY_VERIFY(m_fx.window->search()->panel()->field()->hasFocus());

        QAction *discussion = m_fx.window->findChild<QAction *>(QStringLiteral("showDiscussion"));
        QVERIFY(discussion);
        discussion->trigger();
        QTRY_VERIFY(dock("discussion")->isVisible());
        QVERIFY(discussion->isChecked());
    }

    void readingModeHidesEveryPaneAndBringsThemBack()
    {
        m_fx.window->showDiscussion();
        QTRY_VERIFY(dock("discussion")->isVisible());
        auto *toolbar = m_fx.window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolbar && toolbar->isVisible());
        const QList<QDockWidget *> before = [this] {
            QList<QDockWidget *> shown;
            for (QDockWidget *d : m_fx.window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
                if (!d->isHidden()) {
                    shown << d;
                }
            }
            return shown;
        }();
        QVERIFY(before.contains(dock("discussion")) && before.contains(dock("note")));

        activate();
        m_fx.readerInput()->setFocus();
        QTest::keyClick(m_fx.readerInput(), Qt::Key_F11);
        QTRY_VERIFY(panes()->inReadingMode());
        QTRY_VERIFY(librarySide()->isHidden());
        for (QDockWidget *d : m_fx.window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
            QVERIFY2(d->isHidden(), qPrintable(d->objectName()));
        }
        QVERIFY(toolbar->isHidden());
        QTRY_VERIFY(m_fx.window->reader()->width() >= m_fx.window->width() - 20);

        m_fx.readerInput()->setFocus();
        QTest::keyClick(m_fx.readerInput(), Qt::Key_F11);
        QTRY_VERIFY(!panes()->inReadingMode());
        QTRY_VERIFY(librarySide()->isVisible());
        for (QDockWidget *d : before) {
            QVERIFY2(!d->isHidden(), qPrintable(d->objectName()));
        }
        QVERIFY(toolbar->isVisible());
    }

    void closedNotePaneOpensAgainOnN()
    {
        activate();
        const QString id = m_fx.addHighlight(QStringLiteral("Chi studia lo sa"), QStringLiteral("agree"));
        QVERIFY(!id.isEmpty());
        dock("note")->close();
        QVERIFY(dock("note")->isHidden());
        m_fx.window->controller()->focusAnnotation(id, false);
        QTRY_COMPARE(m_fx.window->noteEditor()->annotationId(), id);
        m_fx.readerInput()->setFocus();
        QTest::keyClick(m_fx.readerInput(), Qt::Key_N);
        QTRY_VERIFY(dock("note")->isVisible());
        QPlainTextEdit *text = m_fx.window->noteEditor()->textEdit();
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Vero"));
        QCOMPARE(m_fx.window->noteEditor()->text(), QStringLiteral("Vero"));
    }

    void noteEditorWithoutANoteKeepsTheKeysTypedIntoIt()
    {
        m_fx.window->resize(1400, 420); // the article is longer than the window: Space would scroll it
        m_fx.window->controller()->clearFocus();
        Ui::NoteEditor *editor = m_fx.window->noteEditor();
        QVERIFY(!editor->hasNote());
        QPlainTextEdit *text = editor->textEdit();
        QVERIFY(text->isVisible());
        // It says how to start a note rather than inviting typing.
        QVERIFY(text->placeholderText().contains(QStringLiteral("press N")));
        QTRY_VERIFY(
            evaluate(QStringLiteral("document.scrollingElement.scrollHeight > window.innerHeight + 200")).toBool());
        QCOMPARE(evaluate(QStringLiteral("window.scrollY")).toInt(), 0);

        activate();
        m_fx.readerInput()->setFocus();
        QTRY_VERIFY(m_fx.readerInput()->hasFocus());
        // The person clicks into the Note pane and types: the keys go where the keyboard focus is.
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->viewport()->rect().center());
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        }
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("abc"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown);
        QTest::qWait(300); // a scroll would have reached the page by now
        QCOMPARE(evaluate(QStringLiteral("window.scrollY")).toInt(), 0);
        QCOMPARE(editor->text(), QString());
        QVERIFY(m_fx.library->annotations(m_fx.article).isEmpty());
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstPaneLayout)
#include "tst_panelayout.moc"
