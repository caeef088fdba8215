// SPDX-License-Identifier: GPL-3.0-or-later
// "Link to…" (key L): from the reader's selection (a new passage, the link's FROM end) or else the
// focused highlight, opens the link picker. The action is on the reader's keys, its selection toolbar,
// the Annotate menu and a highlight's context menu (ReaderController::addAction), enabled while there
// is a selection or a focused annotation. The window constructs it with one line.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class LinkPicker;
class ReaderController;

class LinkActions final : public QObject
{
    Q_OBJECT

public:
    LinkActions(Library *library, ReaderController *controller, QMainWindow *window);

    QAction *linkAction() const { return m_link; }
    // Opens the picker (window-modal, deleted when closed) for the selection or the focused
    // annotation; null, with a hint in the status bar, when there is neither.
    LinkPicker *linkTo();
    // The picker open now, if any.
    LinkPicker *picker() const;

private:
    void updateEnabled();

    Library *m_library;
    ReaderController *m_controller;
    QMainWindow *m_window;
    QAction *m_link;
    QPointer<LinkPicker> m_picker;
};

} // namespace Glossa::Ui
