// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's keys and menu entries: 1–6 (a colour each, named after what it means), N, C (Comment,
// offered once the window can take comments), Delete, J / K, Copy Quote, U and P (Private, checked while the focused
// annotation is private). They act while the reader or its selection toolbar has the focus, so "1" typed in the note
// editor stays text; the window lists them in its Annotate menu.
#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace Glossa::Model {
class Palette;
}

namespace Glossa::Ui {

class ReaderController;

class ReaderActions final : public QObject
{
    Q_OBJECT

public:
    // The actions are added to `view` and trigger `controller`'s methods.
    ReaderActions(ReaderController *controller, QWidget *view);

    QList<QAction *> all() const { return m_actions; }
    // Names keys 1–6 after their colours' meanings ("Highlight as “Agree”") and disables a key
    // whose colour the palette lacks.
    void setPalette(const Model::Palette &palette);
    // Checks "Private" while the focused annotation is private.
    void setFocusedPrivate(bool isPrivate);
    QAction *privateAction() const { return m_private; }
    QAction *commentAction() const { return m_comment; }
    // Shows (and enables) "Comment" or hides it.
    void setCommentEnabled(bool enabled);
    // What an annotation's context menu offers (acting on the focused annotation).
    QList<QAction *> annotationActions() const
    {
        return QList<QAction *> {m_note, m_private, m_style, m_copy} + m_extra + QList<QAction *> {m_remove};
    }
    // Another feature's action on the selection or the focused annotation ("Link to…"): its key acts
    // while the reader has the focus, it is listed with the others and in an annotation's menu.
    void addExtra(QAction *action);

private:
    QWidget *m_view;
    QList<QAction *> m_actions; // keys 1–6 first
    QList<QAction *> m_extra;
    QAction *m_note = nullptr;
    QAction *m_comment = nullptr;
    QAction *m_private = nullptr;
    QAction *m_style = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace Glossa::Ui
