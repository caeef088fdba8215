// SPDX-License-Identifier: GPL-3.0-or-later
#include "undostack.h"

namespace Glossa {

struct UndoStack::State {
    int index;
    bool canUndo;
    bool canRedo;
    QString undoText;
    QString redoText;
};

UndoStack::UndoStack(QObject *parent)
    : QObject(parent)
{
}

UndoStack::~UndoStack() = default;

UndoStack::State UndoStack::state() const
{
    return {m_index, canUndo(), canRedo(), undoText(), redoText()};
}

void UndoStack::notify(const State &before)
{
    const State now = state();
    if (now.index != before.index) {
        Q_EMIT indexChanged(now.index);
    }
    if (now.canUndo != before.canUndo) {
        Q_EMIT canUndoChanged(now.canUndo);
    }
    if (now.undoText != before.undoText) {
        Q_EMIT undoTextChanged(now.undoText);
    }
    if (now.canRedo != before.canRedo) {
        Q_EMIT canRedoChanged(now.canRedo);
    }
    if (now.redoText != before.redoText) {
        Q_EMIT redoTextChanged(now.redoText);
    }
}

QString UndoStack::undoText() const
{
    return canUndo() ? m_commands[size_t(m_index - 1)]->text() : QString();
}

QString UndoStack::redoText() const
{
    return canRedo() ? m_commands[size_t(m_index)]->text() : QString();
}

void UndoStack::removeAt(int index)
{
    m_commands.erase(m_commands.begin() + index);
}

void UndoStack::push(std::unique_ptr<UndoCommand> command)
{
    if (!command) {
        return;
    }
    const State before = state();
    command->redo();
    UndoCommand *top = m_index > 0 ? m_commands[size_t(m_index - 1)].get() : nullptr;
    const bool merged = top && command->id() != -1 && command->id() == top->id() && top->mergeWith(command.get());
    if (merged || !command->isObsolete()) {
        m_commands.erase(m_commands.begin() + m_index, m_commands.end()); // the undone commands
    }
    if (merged) {
        command.reset();
        if (top->isObsolete()) { // the merge cancelled the top command out
            removeAt(--m_index);
        }
    } else if (!command->isObsolete()) {
        m_commands.push_back(std::move(command));
        ++m_index;
    }
    notify(before);
}

void UndoStack::undo()
{
    if (!canUndo()) {
        return;
    }
    const State before = state();
    const int at = m_index - 1;
    UndoCommand *command = m_commands[size_t(at)].get();
    if (!command->isObsolete()) {
        command->undo();
    }
    if (command->isObsolete()) {
        removeAt(at);
    }
    m_index = at;
    notify(before);
}

void UndoStack::redo()
{
    if (!canRedo()) {
        return;
    }
    const State before = state();
    const int at = m_index;
    m_commands[size_t(at)]->redo();
    if (m_commands[size_t(at)]->isObsolete()) {
        removeAt(at);
    } else {
        m_index = at + 1;
    }
    notify(before);
}

void UndoStack::clear()
{
    if (m_commands.empty()) {
        return;
    }
    const State before = state();
    // Moved out first: a command's destructor must not see a half-cleared stack.
    auto commands = std::move(m_commands);
    m_commands.clear();
    m_index = 0;
    commands.clear();
    notify(before);
}

} // namespace Glossa
