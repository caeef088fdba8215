// SPDX-License-Identifier: GPL-3.0-or-later
// Making an annotation private (left out of exports) from the window: the P key, the Note pane's
// "Private" box and the annotation's context menu each make one undo step, and the page shows a
// lock with an accessible name beside the passage and in its margin note.
#include "annotations/annotationspane.h"
#include "annotations/noteeditor.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/annotationlistmodel.h"
#include "library/library.h"
#include "library/undostack.h"
#include "mainwindow.h"
#include "reader/readercontroller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QTimer>

#include <memory>

using namespace Glossa;

class TstPrivateAnnotations : public QObject
{
    Q_OBJECT

    Test::WindowFixture m_fx;

    QVariant evaluate(const QString &script) { return m_fx.evaluate(script); }

    void key(int k)
    {
        QWidget *target = m_fx.readerInput();
        target->setFocus();
        QTest::keyClick(target, Qt::Key(k));
    }

    bool isPrivate(const QString &id) const
    {
        return m_fx.library->annotation(id).value_or(Model::Annotation()).isPrivate;
    }

    // The lock beside a passage, in the page's gutter: its accessible name, or "" when there is none.
    QString gutterLock(const QString &id)
    {
        return evaluate(QStringLiteral("(() => { const el = document.querySelector("
                                       "'.private-mark[data-id=\"%1\"]'); return el ? el.getAttribute('aria-label') "
                                       "+ '|' + el.title + '|' + el.getAttribute('role') : ''; })()")
                            .arg(id))
            .toString();
    }

    // Whether the margin note of `id` holds a lock.
    bool noteLock(const QString &id)
    {
        return evaluate(
            QStringLiteral("Boolean(document.querySelector('.note[data-id=\"%1\"] .private-lock'))").arg(id))
            .toBool();
    }

private Q_SLOTS:
    void init() { m_fx.open(); }

    void cleanup() { m_fx.close(); }

    void thePKeyMakesTheFocusedAnnotationPrivateInOneUndoStep()
    {
        const QString id = m_fx.addHighlight(
            QStringLiteral("Chi studia lo sa"), QStringLiteral("important"), QStringLiteral("Da *rileggere*."));
        QVERIFY(!id.isEmpty());
        Ui::ReaderController *c = m_fx.window->controller();
        c->focusAnnotation(id, true);
        QTRY_VERIFY(
            evaluate(QStringLiteral("Boolean(document.querySelector('.note[data-id=\"%1\"]'))").arg(id)).toBool());
        QVERIFY(!noteLock(id));
        QCOMPARE(gutterLock(id), QString());
        const int steps = m_fx.library->undoStack()->count();

        key(Qt::Key_P);
        QTRY_VERIFY(isPrivate(id));
        QCOMPARE(m_fx.library->undoStack()->count(), steps + 1);
        // The page: a lock in the gutter, named for screen readers and pointers alike, and one in the note.
        const QString label = Model::privateLabel();
        QTRY_COMPARE(gutterLock(id), label + u'|' + label + QStringLiteral("|img"));
        QTRY_VERIFY(noteLock(id));
        QCOMPARE(evaluate(QStringLiteral("document.querySelector('.note[data-id=\"%1\"] .private-lock')"
                                         ".getAttribute('aria-label')")
                              .arg(id))
                     .toString(),
            label);
        // The Note pane's box, the Annotate menu's check mark and the Annotations pane follow.
        auto *box = m_fx.window->noteEditor()->findChild<QCheckBox *>();
        QVERIFY(box);
        QVERIFY(box->isChecked());
        const QList<QAction *> actions = c->actions();
        const auto privateAction = std::find_if(
            actions.begin(), actions.end(), [](QAction *a) { return a->shortcut() == QKeySequence(Qt::Key_P); });
        QVERIFY(privateAction != actions.end());
        QVERIFY((*privateAction)->isCheckable());
        QVERIFY((*privateAction)->isChecked());
        AnnotationListModel *model = m_fx.window->annotationsPane()->model();
        const QModelIndex row = model->indexForId(id);
        QVERIFY(row.data(AnnotationListModel::IsPrivateRole).toBool());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(label));

        // Undo: shared again, and the locks go.
        m_fx.library->undoStack()->undo();
        QVERIFY(!isPrivate(id));
        QTRY_COMPARE(gutterLock(id), QString());
        QTRY_VERIFY(!noteLock(id));
        QVERIFY(!box->isChecked());
        QVERIFY(!(*privateAction)->isChecked());
        m_fx.library->undoStack()->redo();
        QVERIFY(isPrivate(id));
        QTRY_VERIFY(!gutterLock(id).isEmpty());

        // P again: back to shared, one more step.
        key(Qt::Key_P);
        QTRY_VERIFY(!isPrivate(id));
        QCOMPARE(m_fx.library->undoStack()->count(), steps + 2);
    }

    void theNotePanesBoxMakesItPrivate()
    {
        const QString id = m_fx.addHighlight(QStringLiteral("Sottolineare tutto"), QStringLiteral("question"));
        QVERIFY(!id.isEmpty());
        m_fx.window->controller()->focusAnnotation(id, true);
        auto *box = m_fx.window->noteEditor()->findChild<QCheckBox *>();
        QVERIFY(box);
        QTRY_VERIFY(box->isEnabled());
        QVERIFY(!box->isChecked());
        QVERIFY(!box->toolTip().isEmpty());
        const int steps = m_fx.library->undoStack()->count();

        box->click();
        QVERIFY(isPrivate(id));
        QCOMPARE(m_fx.library->undoStack()->count(), steps + 1);
        // No note: the lock is beside the passage only.
        QTRY_VERIFY(!gutterLock(id).isEmpty());
        QVERIFY(!noteLock(id));

        m_fx.library->undoStack()->undo();
        QVERIFY(!isPrivate(id));
        QVERIFY(!box->isChecked());
        QTRY_COMPARE(gutterLock(id), QString());
    }

    void theContextMenuHasACheckablePrivateItem()
    {
        const QString id = m_fx.addHighlight(QStringLiteral("Chi studia lo sa"), QStringLiteral("agree"));
        QVERIFY(!id.isEmpty());
        const std::unique_ptr<QMenu> menu(m_fx.window->controller()->annotationMenu(id, m_fx.window.get()));
        QVERIFY(menu);
        QCOMPARE(m_fx.window->controller()->focusedAnnotation(), id);
        QAction *item = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->shortcut() == QKeySequence(Qt::Key_P)) {
                item = a;
            }
        }
        QVERIFY(item);
        QVERIFY(item->isCheckable());
        QVERIFY(!item->isChecked());
        const int steps = m_fx.library->undoStack()->count();
        item->trigger();
        QVERIFY(isPrivate(id));
        QVERIFY(item->isChecked());
        QCOMPARE(m_fx.library->undoStack()->count(), steps + 1);
    }

    void aRightClickOnTheHighlightOpensItsMenu()
    {
        const QString quote = QStringLiteral("Sottolineare tutto");
        const QString id = m_fx.addHighlight(quote, QStringLiteral("important"));
        QVERIFY(!id.isEmpty());
        const qsizetype start = m_fx.revision.canonicalText().indexOf(quote);
        QTRY_VERIFY(evaluate(QStringLiteral("Boolean(GlossaHighlights.rangeOf('%1'))").arg(id)).toBool());
        const QJsonObject rect = QJsonDocument::fromJson(
            evaluate(QStringLiteral("(() => { const r = GlossaText.range(%1, %2);"
                                    " r.startContainer.parentElement.scrollIntoView({block: 'center'});"
                                    " const b = r.getBoundingClientRect();"
                                    " return JSON.stringify({x: b.left + b.width / 2, y: b.top + b.height / 2}); })()")
                         .arg(start)
                         .arg(start + quote.size()))
                .toString()
                .toUtf8())
                                     .object();
        const qreal zoom = m_fx.window->reader()->zoomFactor();
        const QPoint point(qRound(rect.value(u"x").toDouble() * zoom), qRound(rect.value(u"y").toDouble() * zoom));
        // The menu is modal: look at it once it is up, pick "Private", and it closes.
        QStringList seen;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu) {
                return;
            }
            poll.stop();
            for (QAction *a : menu->actions()) {
                seen << a->text();
                if (a->shortcut() == QKeySequence(Qt::Key_P)) {
                    menu->close();
                    a->trigger();
                }
            }
            menu->close();
        });
        poll.start();
        QTest::mouseClick(m_fx.readerInput(), Qt::RightButton, {}, point);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 10'000);
        QCOMPARE(m_fx.window->controller()->focusedAnnotation(), id);
        QTRY_VERIFY(isPrivate(id));
        QVERIFY(seen.size() >= 5);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstPrivateAnnotations)
#include "tst_privateannotations.moc"
