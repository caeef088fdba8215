// SPDX-License-Identifier: GPL-3.0-or-later
// The library's GUI-free undo stack keeps QUndoStack's semantics: push runs redo, merging by id,
// obsolete commands dropped, the redo tail dropped by a push, and the change signals.
#include "library/undostack.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Glossa;

namespace {

// Adds `delta` to a shared value; commands with the same non-negative id merge by summing.
class AddCommand final : public UndoCommand
{
public:
    AddCommand(int *value, int delta, int id = -1)
        : UndoCommand(QStringLiteral("Add %1").arg(delta))
        , m_value(value)
        , m_delta(delta)
        , m_id(id)
    {
    }
    void redo() override
    {
        ++redos;
        if (failRedo) {
            setObsolete(true);
            return;
        }
        *m_value += m_delta;
    }
    void undo() override
    {
        if (failUndo) {
            setObsolete(true);
            return;
        }
        *m_value -= m_delta;
    }
    int id() const override { return m_id; }
    bool mergeWith(const UndoCommand *other) override
    {
        m_delta += static_cast<const AddCommand *>(other)->m_delta;
        setText(QStringLiteral("Add %1").arg(m_delta));
        setObsolete(m_delta == 0); // merged into nothing
        return true;
    }

    int redos = 0;
    bool failRedo = false;
    bool failUndo = false;

private:
    int *m_value;
    int m_delta;
    int m_id;
};

std::unique_ptr<AddCommand> add(int *value, int delta, int id = -1)
{
    return std::make_unique<AddCommand>(value, delta, id);
}

} // namespace

class TstUndoStack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushRunsRedoAndUndoRedoWalkTheStack()
    {
        int value = 0;
        UndoStack stack;
        QVERIFY(!stack.canUndo());
        QVERIFY(!stack.canRedo());
        stack.push(add(&value, 1));
        stack.push(add(&value, 10));
        QCOMPARE(value, 11);
        QCOMPARE(stack.count(), 2);
        QCOMPARE(stack.index(), 2);
        QCOMPARE(stack.undoText(), QStringLiteral("Add 10"));
        QCOMPARE(stack.redoText(), QString());

        stack.undo();
        QCOMPARE(value, 1);
        QCOMPARE(stack.index(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Add 1"));
        QCOMPARE(stack.redoText(), QStringLiteral("Add 10"));
        stack.undo();
        QCOMPARE(value, 0);
        QVERIFY(!stack.canUndo());
        stack.undo(); // nothing left: no-op
        QCOMPARE(value, 0);
        QCOMPARE(stack.index(), 0);

        stack.redo();
        stack.redo();
        QCOMPARE(value, 11);
        QVERIFY(!stack.canRedo());
        stack.redo(); // nothing to redo: no-op
        QCOMPARE(value, 11);
        QCOMPARE(stack.count(), 2);
    }

    void aPushDropsTheRedoTail()
    {
        int value = 0;
        UndoStack stack;
        stack.push(add(&value, 1));
        stack.push(add(&value, 2));
        stack.push(add(&value, 4));
        stack.undo();
        stack.undo();
        QCOMPARE(value, 1);
        QCOMPARE(stack.count(), 3);
        stack.push(add(&value, 8));
        QCOMPARE(value, 9);
        QCOMPARE(stack.count(), 2);
        QCOMPARE(stack.index(), 2);
        QVERIFY(!stack.canRedo());
        stack.undo();
        stack.undo();
        QCOMPARE(value, 0);
    }

    void commandsWithTheSameIdMerge()
    {
        int value = 0;
        UndoStack stack;
        stack.push(add(&value, 1, 7));
        stack.push(add(&value, 2, 7));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Add 3"));
        stack.push(add(&value, 4, 8)); // another id: no merge
        stack.push(add(&value, 5)); // id -1 never merges
        QCOMPARE(stack.count(), 3);
        QCOMPARE(value, 12);
        stack.undo();
        stack.undo();
        stack.undo();
        QCOMPARE(value, 0);

        // A merge that leaves nothing to undo removes the top command.
        stack.clear();
        stack.push(add(&value, 5, 7));
        stack.push(add(&value, -5, 7));
        QCOMPARE(value, 0);
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());

        // Only the top command is offered the merge, not one that was undone.
        stack.push(add(&value, 1, 7));
        stack.undo();
        stack.push(add(&value, 2, 7));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Add 2"));
    }

    void anObsoleteCommandIsDropped()
    {
        int value = 0;
        UndoStack stack;
        stack.push(add(&value, 1));
        stack.push(add(&value, 2));
        stack.undo();

        // A push whose redo fails is not kept, and leaves the stack (redo tail included) as it was.
        auto failing = add(&value, 100);
        failing->failRedo = true;
        QSignalSpy index(&stack, &UndoStack::indexChanged);
        stack.push(std::move(failing));
        QCOMPARE(value, 1);
        QCOMPARE(stack.count(), 2);
        QCOMPARE(stack.index(), 1);
        QCOMPARE(stack.redoText(), QStringLiteral("Add 2"));
        QCOMPARE(index.size(), 0);

        // An undo that fails removes the command: the stack never claims what is not so.
        stack.clear();
        auto undoFails = add(&value, 10);
        AddCommand *undoFailsPtr = undoFails.get();
        stack.push(std::move(undoFails));
        undoFailsPtr->failUndo = true;
        QCOMPARE(value, 11);
        stack.undo();
        QCOMPARE(value, 11);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(stack.index(), 0);

        // So does a redo that fails.
        auto redoFails = add(&value, 5);
        AddCommand *redoFailsPtr = redoFails.get();
        stack.push(std::move(redoFails));
        stack.undo();
        QCOMPARE(value, 11);
        redoFailsPtr->failRedo = true;
        stack.redo();
        QCOMPARE(value, 11);
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canRedo());
    }

    void signalsFollowTheStack()
    {
        int value = 0;
        UndoStack stack;
        QSignalSpy index(&stack, &UndoStack::indexChanged);
        QSignalSpy canUndo(&stack, &UndoStack::canUndoChanged);
        QSignalSpy canRedo(&stack, &UndoStack::canRedoChanged);
        QSignalSpy undoText(&stack, &UndoStack::undoTextChanged);
        QSignalSpy redoText(&stack, &UndoStack::redoTextChanged);

        stack.push(add(&value, 1));
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.last().first().toInt(), 1);
        QCOMPARE(canUndo.size(), 1);
        QCOMPARE(canUndo.last().first().toBool(), true);
        QCOMPARE(undoText.last().first().toString(), QStringLiteral("Add 1"));
        QCOMPARE(canRedo.size(), 0);

        stack.undo();
        QCOMPARE(index.last().first().toInt(), 0);
        QCOMPARE(canUndo.last().first().toBool(), false);
        QCOMPARE(canRedo.last().first().toBool(), true);
        QCOMPARE(undoText.last().first().toString(), QString());
        QCOMPARE(redoText.last().first().toString(), QStringLiteral("Add 1"));

        stack.redo();
        QCOMPARE(index.last().first().toInt(), 1);
        QCOMPARE(canRedo.last().first().toBool(), false);
        QCOMPARE(redoText.last().first().toString(), QString());

        // A merge changes the undo text without moving the index.
        stack.clear();
        stack.push(add(&value, 1, 3));
        const qsizetype indexCount = index.size();
        stack.push(add(&value, 1, 3));
        QCOMPARE(index.size(), indexCount);
        QCOMPARE(undoText.last().first().toString(), QStringLiteral("Add 2"));

        stack.clear();
        QCOMPARE(index.last().first().toInt(), 0);
        QCOMPARE(canUndo.last().first().toBool(), false);
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TstUndoStack)
#include "tst_undostack.moc"
