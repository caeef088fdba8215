// SPDX-License-Identifier: GPL-3.0-or-later
// The Discussion dock: the ThreadPane with the article's comment count in its title ("Discussion
// (12)"), and View › Discussion (Ctrl+Shift+D), which shows and focuses it, or hides it when the
// focus is already in it.
#pragma once

#include <QDockWidget>

#include <memory>

class QAction;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class ThreadPane;

class ThreadDock final : public QDockWidget
{
    Q_OBJECT

public:
    ThreadDock(
        Library *library, std::shared_ptr<const KSyntaxHighlighting::Repository> repository, QWidget *parent = nullptr);

    ThreadPane *pane() const { return m_pane; }
    // View › Discussion.
    QAction *toggleAction() const { return m_toggle; }
    // Shows the dock (raised over the docks it shares a tab bar with) and focuses the thread.
    void showAndFocus();

private:
    void updateTitle(int count);

    ThreadPane *m_pane;
    QAction *m_toggle;
};

} // namespace Glossa::Ui
