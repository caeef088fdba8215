// SPDX-License-Identifier: GPL-3.0-or-later
#include "undoactions.h"

#include "library/undostack.h"

#include <QAction>

namespace Glossa::Ui {

namespace {

QString prefixed(const QString &prefix, const QString &text)
{
    return text.isEmpty() ? prefix : prefix + QLatin1Char(' ') + text;
}

} // namespace

QAction *createUndoAction(UndoStack *stack, const QString &prefix, QObject *parent)
{
    auto *action = new QAction(prefixed(prefix, stack->undoText()), parent);
    action->setEnabled(stack->canUndo());
    QObject::connect(stack, &UndoStack::canUndoChanged, action, &QAction::setEnabled);
    QObject::connect(stack, &UndoStack::undoTextChanged, action,
        [action, prefix](const QString &text) { action->setText(prefixed(prefix, text)); });
    QObject::connect(action, &QAction::triggered, stack, &UndoStack::undo);
    return action;
}

QAction *createRedoAction(UndoStack *stack, const QString &prefix, QObject *parent)
{
    auto *action = new QAction(prefixed(prefix, stack->redoText()), parent);
    action->setEnabled(stack->canRedo());
    QObject::connect(stack, &UndoStack::canRedoChanged, action, &QAction::setEnabled);
    QObject::connect(stack, &UndoStack::redoTextChanged, action,
        [action, prefix](const QString &text) { action->setText(prefixed(prefix, text)); });
    QObject::connect(action, &QAction::triggered, stack, &UndoStack::redo);
    return action;
}

} // namespace Glossa::Ui
