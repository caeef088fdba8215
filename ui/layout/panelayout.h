// SPDX-License-Identifier: GPL-3.0-or-later
// PaneLayout: the panes around the reader and the width they leave it. The article column keeps a
// readable minimum (minimumReaderWidth(): about 20 em of the reader's text at its current size);
// when the window is narrower than the panes and that minimum, the panes give way (the library side
// first, then the docks on the left, then those on the right, each shrunk to its own minimum before
// it is hidden), and the ones it hid come back when the window is wide again. A pane the person
// just asked for (its View toggle, N for the note, Ctrl+Shift+F for the search) keeps its place and
// the others give way first.
// It also makes View's pane toggles checkable (Library F9, Annotations Ctrl+Shift+A, Note
// Ctrl+Shift+N; Discussion, Links and Related Passages bring their own), and Reading Mode (F11),
// which hides every pane and the toolbar and brings back those that were shown.
// MainWindow makes one with its parts, and wires it in with a few lines.
#pragma once

#include <QDockWidget>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QToolBar>

#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QSplitter;
class QTimer;

namespace Glossa::Ui {

class ReaderController;
class ReaderView;

class PaneLayout final : public QObject
{
    Q_OBJECT

public:
    // `splitter` holds `librarySide` (the search field over the article list) first and the reader
    // (inside whatever wraps it) second. The docks are the window's own, found when needed.
    PaneLayout(QMainWindow *window, QSplitter *splitter, QWidget *librarySide, ReaderView *reader,
        ReaderController *controller);

    // The least width the reader view keeps, in pixels: 20 em of text at the reader's text size,
    // with the page's own padding around the column.
    int minimumReaderWidth() const;

    // Adds the checkable toggles of the library side, the Annotations and the Note panes to `menu`
    // (View); their keys, and Reading Mode's, work anywhere in the window.
    void addTo(QMenu *menu);
    // Makes a dock's own View toggle (Discussion, Links, Related Passages) checkable, checked while
    // the dock is shown, and counts its use as asking for the pane.
    void adoptToggle(QAction *toggle, QDockWidget *dock);
    // Hides the toolbar with the panes in Reading Mode.
    void setToolBar(QToolBar *toolbar) { m_toolbar = toolbar; }

    // "library", "annotations", "note": the toggles addTo() adds.
    QAction *toggleAction(const QString &pane) const { return m_toggles.value(pane); }
    // View › Reading Mode (F11), for the window to put in its menu.
    QAction *readingModeAction() const { return m_readingMode; }
    bool inReadingMode() const;

    // Shows the library side (the search field and the list) as a pane the person asked for; false
    // when it stays hidden (never, today: it is there for callers that focus something in it).
    bool showLibrary();
    // Shows the Note pane (as asked for) when it is closed or was hidden for room.
    void showNote();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The parts of the window that take width beside the reader, in the order they give way.
    enum class Unit { Library, LeftDocks, RightDocks };
    struct Room;

    QDockWidget *dock(const QString &objectName) const;
    // The unit a docked pane belongs to (its side of the window).
    Unit dockWidgetUnit(QDockWidget *dock) const;
    // The docks of `unit` that are shown or that fit() hid (not floating, not closed by the person).
    QList<QDockWidget *> docksOf(Unit unit) const;
    bool isShown(Unit unit) const;
    int currentWidth(Unit unit) const;
    int minimumWidth(Unit unit) const;
    // The width `unit` takes from the window as laid out now: its own and its handle's, separator's
    // and tab bar's.
    int outerWidth(Unit unit) const;
    // Hides the unit's panes (to bring back later) or brings back those it hid; whether any changed.
    bool setShown(Unit unit, bool shown);
    void setWidth(Unit unit, int width);
    void askedFor(Unit unit);
    void scheduleFit();
    // Hides, shows and shrinks panes so that the reader keeps minimumReaderWidth() (see the class
    // comment). Runs after every resize of the window, text size change and pane shown or hidden.
    void fit();
    void setReadingMode(bool on);
    void watch(QWidget *pane);

    QMainWindow *m_window;
    QSplitter *m_splitter;
    QWidget *m_side;
    ReaderView *m_reader;
    ReaderController *m_controller;
    QPointer<QToolBar> m_toolbar;
    QTimer *m_fitTimer;
    QHash<QString, QAction *> m_toggles;
    QAction *m_readingMode = nullptr;
    // What fit() hid to make room, to bring back when there is room again.
    bool m_sideHidden = false;
    QList<QPointer<QDockWidget>> m_hiddenDocks;
    // The width each unit had before fit() shrank or hid it.
    QHash<int, int> m_preferred;
    QHash<int, bool> m_shrunk;
    QHash<int, int> m_overhead; // outerWidth() - currentWidth(), as last measured
    int m_followUps = 0;
    std::optional<Unit> m_pinned; // the pane the person asked for last
    // Reading Mode: what was shown before, to show again after.
    bool m_sideBeforeReading = false;
    bool m_toolbarBeforeReading = false;
    QList<QPointer<QDockWidget>> m_docksBeforeReading;
    bool m_fitting = false;
};

} // namespace Glossa::Ui
