// SPDX-License-Identifier: GPL-3.0-or-later
// LinksUi: links in the main window, wired in one place. It owns the reader's link markers
// (LinkMarkers) and the Links dock (View › Links), follows a link from a marker or a row of the
// pane as a step Back can undo (HistoryNavigator), and re-targets a link to the reader's selection
// or focused highlight. MainWindow makes one, and tells it which article it shows.
#pragma once

#include <QObject>

class QMenu;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class LinkMarkers;
class LinksDock;
class LinksPane;
class MainWindow;

class LinksUi final : public QObject
{
    Q_OBJECT

public:
    // Adds the Links dock to `window` (tabbed with the Discussion) and View › Links to `viewMenu`.
    LinksUi(Library *library, MainWindow *window, QMenu *viewMenu);

    void setArticle(const QString &articleId);
    LinksDock *dock() const { return m_dock; }
    LinksPane *pane() const;
    LinkMarkers *markers() const { return m_markers; }

    // Opens link `linkId`'s end `side` ("from" or "to"): its article scrolled to its passage, which
    // flashes, or the whole article. False, with a message, when that end is gone.
    bool follow(const QString &linkId, const QString &side);
    // Points link `linkId` at the reader's selection, else at its focused highlight: its dangling
    // end, or else the end in the open article. One undo step; false, with a message, when refused.
    bool retarget(const QString &linkId);

Q_SIGNALS:
    // For the status bar.
    void message(const QString &text);

private:
    void updateRetarget();

    Library *m_library;
    MainWindow *m_window;
    LinkMarkers *m_markers;
    LinksDock *m_dock;
    QString m_articleId;
};

} // namespace Glossa::Ui
