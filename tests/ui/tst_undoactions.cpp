// SPDX-License-Identifier: GPL-3.0-or-later
// The Edit menu's Undo and Redo follow the library's undo stack as QUndoStack's actions did: the
// text names the next command after the prefix, the action is enabled only when there is one, and
// triggering it undoes (redoes).
#include "library/undostack.h"
#include "widgets/undoactions.h"

#include <QAction>
#include <QTest>

#include <memory>

using namespace Glossa;

namespace {

class CountCommand final : public UndoCommand
{
public:
    CountCommand(int *value, const QString &text)
        : UndoCommand(text)
        , m_value(value)
    {
    }
    void redo() override { ++*m_value; }
    void undo() override { --*m_value; }

private:
    int *m_value;
};

} // namespace

class TstUndoActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actionsFollowTheStack()
    {
        int value = 0;
        UndoStack stack;
        QObject owner;
        QAction *undo = Ui::createUndoAction(&stack, QStringLiteral("&Undo"), &owner);
        QAction *redo = Ui::createRedoAction(&stack, QStringLiteral("&Redo"), &owner);
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QCOMPARE(redo->text(), QStringLiteral("&Redo"));
        QVERIFY(!undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        stack.push(std::make_unique<CountCommand>(&value, QStringLiteral("Add annotation")));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add annotation"));
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());

        undo->trigger();
        QCOMPARE(value, 0);
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        QVERIFY(!undo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("&Redo Add annotation"));
        QVERIFY(redo->isEnabled());

        redo->trigger();
        QCOMPARE(value, 1);
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());
    }
};

QTEST_MAIN(TstUndoActions)
#include "tst_undoactions.moc"
