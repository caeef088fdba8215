// SPDX-License-Identifier: GPL-3.0-or-later
// SearchUi: the library search in the main window, wired in one place. It puts the search panel
// (SearchPanel: the field above the article list, the results in its place) in the window's side,
// adds Edit › Search Library… (Ctrl+Shift+F, which focuses the field), and opens a chosen result as
// a step Back can undo (HistoryNavigator): a text hit at its passage, which flashes; a note hit at
// its highlight with its note open in the note editor; a comment hit with the Discussion pane at
// that comment; a title hit, the article. MainWindow makes one, with the list it puts the field over.
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Search {
struct Hit;
}

namespace Glossa::Ui {

class MainWindow;
class SearchPanel;

class SearchUi final : public QObject
{
    Q_OBJECT

public:
    // The panel holds `listPage` (the article list), shown while nothing is searched.
    SearchUi(Library *library, MainWindow *window, QWidget *listPage);

    SearchPanel *panel() const { return m_panel; }
    // Search Library… (Ctrl+Shift+F).
    QAction *searchAction() const { return m_action; }
    // Adds searchAction() to `menu` (Edit), after a separator.
    void addTo(QMenu *menu);

    // Opens what `hit` points to (see the class comment).
    void open(const Search::Hit &hit);

private:
    // Runs `then` once `articleId` is painted in the reader (now, if it is on screen already).
    void whenPainted(const QString &articleId, std::function<void()> then);
    void showMessage(const QString &text);

    Library *m_library;
    MainWindow *m_window;
    SearchPanel *m_panel;
    QAction *m_action;
    QString m_painted; // the article the reader last painted
    QString m_pendingArticle;
    std::function<void()> m_pending;
};

} // namespace Glossa::Ui
