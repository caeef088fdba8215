// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryNavigator: the window's Back and Forward. It records every article the window shows (from
// the library list, an import, a link) with the reading position it was left at, and brings one
// back where it was left; its actions go in the Go menu and the toolbar, and the mouse's back and
// forward buttons anywhere on the window trigger them. navigateTo() is the way in for links.
#pragma once

#include "library/navigationhistory.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class ReaderController;
class ReaderView;

class HistoryNavigator final : public QObject
{
    Q_OBJECT

public:
    // `show` opens an article in the window (selects it in the library list, which shows it); it
    // ends in articleShown(). Mouse buttons count on `window` and every widget in it.
    HistoryNavigator(Library *library, ReaderView *reader, ReaderController *controller, QWidget *window,
        std::function<void(const QString &articleId)> show);
    ~HistoryNavigator() override;

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    const NavigationHistory &history() const { return m_history; }
    // Puts Back and Forward in the Go menu and on the toolbar, where holding an arrow down lists
    // the articles it goes through, nearest first.
    void addTo(QMenu *go, QToolBar *toolbar);
    // The list an arrow holds (the titles Back or Forward would go through, nearest first).
    QMenu *backMenu() const { return m_backMenu; }
    QMenu *forwardMenu() const { return m_forwardMenu; }

    // The window is showing `articleId`, whichever way it was opened: a step in the history (none
    // when it is the article already shown, or when Back or Forward brought it).
    void articleShown(const QString &articleId);

    // Opens the article as a step Back can undo: at `offset` in its text when given (≥ 0), else
    // where the reader left it. A place in the article already shown is a step too.
    void navigateTo(const QString &articleId, qsizetype offset = -1);
    // Opens the annotation's article at its passage, which flashes (a link's other end).
    // False when there is no such annotation.
    bool navigateToPassage(const QString &annotationId);

    // `steps` articles back or forward (1: the nearest).
    void goBack(int steps = 1);
    void goForward(int steps = 1);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Where the reader is in the article on screen (the position the page last reported).
    qsizetype currentOffset() const;
    void restore(std::optional<HistoryEntry> entry);
    void updateActions();
    void fillMenu(QMenu *menu, const QList<HistoryEntry> &entries, bool back);
    QString titleOf(const QString &articleId) const;

    Library *m_library;
    ReaderView *m_reader;
    ReaderController *m_controller;
    QWidget *m_window;
    std::function<void(const QString &)> m_show;
    NavigationHistory m_history;
    QAction *m_back;
    QAction *m_forward;
    QMenu *m_backMenu;
    QMenu *m_forwardMenu;
    QString m_pendingPassage; // flashes once its article is painted (navigateToPassage)
    bool m_restoring = false;
};

} // namespace Glossa::Ui
