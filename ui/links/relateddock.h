// SPDX-License-Identifier: GPL-3.0-or-later
// The Related Passages dock and its wiring: the RelatedPane follows the reader (its article, its
// selection, else its focused highlight), opens a passage as a step Back can undo
// (HistoryNavigator::navigateTo), and View › Related Passages (Ctrl+Shift+R) shows and focuses it,
// or hides it when the focus is already in it. The window makes it with one line.
#pragma once

#include <QDockWidget>

class QAction;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class HistoryNavigator;
class ReaderController;
class RelatedPane;

class RelatedDock final : public QDockWidget
{
    Q_OBJECT

public:
    RelatedDock(Library *library, ReaderController *controller, HistoryNavigator *navigator, QWidget *parent = nullptr);

    RelatedPane *pane() const { return m_pane; }
    // View › Related Passages.
    QAction *toggleAction() const { return m_toggle; }
    // Shows the dock (raised over the docks it shares a tab bar with) and focuses the list.
    void showAndFocus();
    // The article the reader shows.
    void setArticle(const QString &articleId);

private:
    void followReader();

    ReaderController *m_controller;
    RelatedPane *m_pane;
    QAction *m_toggle;
};

} // namespace Glossa::Ui
