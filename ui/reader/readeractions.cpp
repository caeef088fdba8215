// SPDX-License-Identifier: GPL-3.0-or-later
#include "readeractions.h"

#include "library/readonlymode.h"
#include "model/palette.h"
#include "readercontroller.h"

#include <QAction>
#include <QWidget>

namespace Glossa::Ui {

namespace {
constexpr int ColourKeys = 6;
}

ReaderActions::ReaderActions(ReaderController *controller, QWidget *view)
    : QObject(controller)
    , m_view(view)
{
    auto add = [this, view](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, view);
        action->setShortcut(key);
        // Only while the reader (or its toolbar) has focus: typing "1" in the note editor stays text.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        view->addAction(action);
        m_actions.append(action);
        return action;
    };
    for (int key = 1; key <= ColourKeys; ++key) {
        add(tr("Highlight with Colour %1").arg(key), QKeySequence(Qt::Key_0 + key), [controller, key] {
            if (const auto c = controller->palette().forKey(key)) {
                controller->highlight(c->name);
            }
        });
    }
    m_note = add(tr("Edit &Note"), QKeySequence(Qt::Key_N), [controller] { controller->editNote(); });
    m_comment
        = add(tr("&Comment on Selection"), QKeySequence(Qt::Key_C), [controller] { controller->commentOnSelection(); });
    m_comment->setObjectName(QStringLiteral("commentOnSelection"));
    m_comment->setStatusTip(tr("Start a comment in the discussion on the selected passage"));
    setCommentEnabled(false);
    m_remove = add(
        tr("&Remove Highlight"), QKeySequence(QKeySequence::Delete), [controller] { controller->removeFocused(); });
    QAction *next
        = add(tr("Next Highlight"), QKeySequence(Qt::Key_J), [controller] { controller->focusNeighbour(+1); });
    QAction *previous
        = add(tr("Previous Highlight"), QKeySequence(Qt::Key_K), [controller] { controller->focusNeighbour(-1); });
    m_copy = add(tr("Copy &Quote"), QKeySequence(tr("Ctrl+Shift+C")), [controller] { controller->copyQuote(); });
    m_style = add(
        tr("Switch &Underline/Fill"), QKeySequence(Qt::Key_U), [controller] { controller->toggleFocusedStyle(); });
    m_style->setStatusTip(tr("Underline the focused highlight instead of filling it, or back"));
    m_private = add(tr("&Private"), QKeySequence(Qt::Key_P), [controller] { controller->toggleFocusedPrivate(); });
    m_private->setCheckable(true);
    m_private->setStatusTip(tr("Keep the focused annotation out of exports, or let it back in"));
    // Everything here changes the library but moving between highlights and copying a quote.
    for (QAction *action : std::as_const(m_actions)) {
        if (action != m_copy && action != next && action != previous) {
            ReadOnlyMode::markWriting(action);
        }
    }
}

void ReaderActions::setPalette(const Model::Palette &palette)
{
    // Keys 1–6 are named after what their colour means (the menu and the shortcuts list show it).
    for (int key = 1; key <= ColourKeys && key <= m_actions.size(); ++key) {
        const auto color = palette.forKey(key);
        m_actions[key - 1]->setText(color ? tr("Highlight as “%1”").arg(palette.displayLabel(*color))
                                          : tr("Highlight with Colour %1").arg(key));
        m_actions[key - 1]->setEnabled(color.has_value());
    }
}

void ReaderActions::addExtra(QAction *action)
{
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    m_actions.append(action);
    m_extra.append(action);
}

void ReaderActions::setCommentEnabled(bool enabled)
{
    m_comment->setVisible(enabled);
    m_comment->setEnabled(enabled);
}

void ReaderActions::setFocusedPrivate(bool isPrivate)
{
    m_private->setChecked(isPrivate);
}

} // namespace Glossa::Ui
