// SPDX-License-Identifier: GPL-3.0-or-later
// A library open read-only (Library::isReadOnly: its folder may not be written, or another Glossa
// holds it): the banner at the top of the window saying why, and every control that would change
// the library disabled with that reason in its tool tip and status tip. Reading, search, export
// and print are untouched.
//
// The one mechanism: where a feature creates something that writes (an action, an editor, a
// button), it marks it with markWriting(); this class is the only place that acts on the mark. A
// marked control stays disabled while the library is read-only even when its feature enables it
// again (a selection made, an annotation focused), and controls made later (a context menu, the
// preferences) are caught as they are marked.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QLabel;
class QMainWindow;
class QToolBar;
class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class ReadOnlyMode final : public QObject
{
    Q_OBJECT

public:
    // Becomes a child of `window`, so the controls of the window (and of its dialogs) find it.
    ReadOnlyMode(Library *library, QMainWindow *window);

    // Marks a control that changes the library. Disabled at once if its window's library is
    // read-only; an editor (a line or text edit) becomes read-only instead, so its text can still be
    // selected and copied.
    static void markWriting(QAction *action);
    static void markWriting(QWidget *widget);
    static bool isMarkedWriting(const QObject *control);
    // Whether a marked control may write now: false while its window's library is read-only. For a
    // feature that makes its editor writable again itself (the note editor, on a note).
    static bool mayWrite(QObject *control);

    bool isReadOnly() const;
    // "This library is read-only: …" with the reason (empty when the library may be written).
    QString message() const;
    // The banner at the top of the window (hidden when the library may be written).
    QToolBar *banner() const { return m_banner; }
    // Disables every marked control of the window made so far; the window calls it once it is built.
    void applyToWindow();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static ReadOnlyMode *of(QObject *control);
    template<typename Control> static void markControl(Control *control);
    void guard(QAction *action);
    void guard(QWidget *widget);
    void update();

    Library *m_library;
    QMainWindow *m_window;
    QToolBar *m_banner;
    QLabel *m_text;
};

} // namespace Glossa::Ui
