// SPDX-License-Identifier: GPL-3.0-or-later
// The Edit menu's Undo and Redo for the library's GUI-free undo stack (library/undostack.h): what
// QUndoStack::createUndoAction/createRedoAction made. The action's text is `prefix` followed by the
// next command's text ("&Undo Add annotation"), or `prefix` alone when there is none; it is enabled
// only when the stack can undo (redo), and triggering it undoes (redoes).
#pragma once

#include <QString>

class QAction;
class QObject;

namespace Glossa {
class UndoStack;
}

namespace Glossa::Ui {

QAction *createUndoAction(UndoStack *stack, const QString &prefix, QObject *parent);
QAction *createRedoAction(UndoStack *stack, const QString &prefix, QObject *parent);

} // namespace Glossa::Ui
