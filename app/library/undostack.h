// SPDX-License-Identifier: GPL-3.0-or-later
// A GUI-free undo stack: QUndoStack's semantics without Qt Gui (Qt 6 moved QUndoStack there), so
// the library, and the `glossa` command that links it, need only Qt Core. The window turns it into
// Undo/Redo actions through ui/widgets/undoactions.h.
//
// What is kept from QUndoStack: push() runs the command's redo(); a command with the same id() as
// the top one is offered to the top one's mergeWith(); a command that is obsolete after its redo()
// (or an undo()/redo() later) is deleted instead of kept. Left out: macros, the clean state, an
// undo limit and QUndoGroup, which Glossa does not use. One difference: a push whose command is
// dropped (it failed, nothing changed) keeps the redo tail, so a refused action leaves the stack as
// it was.
#pragma once

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace Glossa {

class UndoCommand
{
public:
    explicit UndoCommand(QString text = {})
        : m_text(std::move(text))
    {
    }
    virtual ~UndoCommand() = default;
    UndoCommand(const UndoCommand &) = delete;
    UndoCommand &operator=(const UndoCommand &) = delete;

    virtual void undo() = 0;
    virtual void redo() = 0;

    // Commands with the same id (not -1) may merge: the stack offers the newer one to the top one,
    // which absorbs it and answers true (the newer one is then deleted).
    virtual int id() const { return -1; }
    virtual bool mergeWith(const UndoCommand *other)
    {
        Q_UNUSED(other);
        return false;
    }

    QString text() const { return m_text; }
    void setText(const QString &text) { m_text = text; }

    // An obsolete command has nothing left to undo or redo; the stack deletes it.
    bool isObsolete() const { return m_obsolete; }
    void setObsolete(bool obsolete) { m_obsolete = obsolete; }

private:
    QString m_text;
    bool m_obsolete = false;
};

class UndoStack final : public QObject
{
    Q_OBJECT

public:
    explicit UndoStack(QObject *parent = nullptr);
    ~UndoStack() override;

    // Runs command->redo(), then keeps it (dropping the commands that were undone), merges it
    // into the top command, or deletes it when it is obsolete.
    void push(std::unique_ptr<UndoCommand> command);
    void undo();
    void redo();
    // Deletes every command without undoing or redoing any.
    void clear();

    int count() const { return int(m_commands.size()); }
    // How many commands are done: undo() undoes the one before this index.
    int index() const { return m_index; }
    bool canUndo() const { return m_index > 0; }
    bool canRedo() const { return m_index < count(); }
    QString undoText() const;
    QString redoText() const;

Q_SIGNALS:
    void indexChanged(int index);
    void canUndoChanged(bool canUndo);
    void canRedoChanged(bool canRedo);
    void undoTextChanged(const QString &undoText);
    void redoTextChanged(const QString &redoText);

private:
    struct State;
    State state() const;
    // Emits the signals of what differs from `before`.
    void notify(const State &before);
    void removeAt(int index);

    std::vector<std::unique_ptr<UndoCommand>> m_commands;
    int m_index = 0;
};

} // namespace Glossa
