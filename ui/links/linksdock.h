// SPDX-License-Identifier: GPL-3.0-or-later
// The Links dock: the LinksPane with the article's link count in its title ("Links (3)"), and
// View › Links (Ctrl+Shift+L), which shows and focuses it, or hides it when the focus is in it.
#pragma once

#include <QDockWidget>

class QAction;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class LinksPane;

class LinksDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit LinksDock(Library *library, QWidget *parent = nullptr);

    LinksPane *pane() const { return m_pane; }
    // View › Links.
    QAction *toggleAction() const { return m_toggle; }
    // Shows the dock (raised over the docks it shares a tab bar with) and focuses the list.
    void showAndFocus();

private:
    void updateTitle(int count);

    LinksPane *m_pane;
    QAction *m_toggle;
};

} // namespace Glossa::Ui
