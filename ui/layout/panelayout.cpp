// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelayout.h"

#include "reader/readercontroller.h"
#include "reader/readerview.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <cmath>

namespace Glossa::Ui {

namespace {
// The reader page's type: resources/reader/reader.css sets `html { font-size: calc(19px * var(--font-scale)) }`,
// and a narrow page keeps 1.2 em and 1.6 em of padding beside its column.
constexpr qreal kRootFontPx = 19.0;
constexpr qreal kColumnEm = 20.0;
constexpr qreal kPagePaddingEm = 2.8;
constexpr int kScrollBarPx = 16;
// A splitter handle or a dock separator, and the dock's frame, between a pane and the reader.
constexpr int kSeparatorPx = 12;
// The least a pane is shrunk to before it is hidden, whatever its own minimum says.
constexpr int kLeastPanePx = 160;
// The window's least height once PaneLayout sets its minimum width (the menu, a toolbar, some lines).
constexpr int kLeastWindowHeightPx = 240;
} // namespace

PaneLayout::PaneLayout(
    QMainWindow *window, QSplitter *splitter, QWidget *librarySide, ReaderView *reader, ReaderController *controller)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
    , m_side(librarySide)
    , m_reader(reader)
    , m_controller(controller)
    , m_fitTimer(new QTimer(this))
{
    // After the window's layout has taken the new size: the panes are measured as laid out.
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(0);
    connect(m_fitTimer, &QTimer::timeout, this, &PaneLayout::fit);
    m_window->installEventFilter(this);
    m_side->installEventFilter(this);
    connect(m_controller, &ReaderController::fontScaleChanged, this, &PaneLayout::scheduleFit);
    connect(m_reader, &QWebEngineView::loadFinished, this, &PaneLayout::scheduleFit); // its zoom may differ

    m_readingMode = new QAction(tr("&Reading Mode"), this);
    m_readingMode->setObjectName(QStringLiteral("readingMode"));
    m_readingMode->setCheckable(true);
    m_readingMode->setShortcut(QKeySequence(Qt::Key_F11));
    m_readingMode->setShortcutContext(Qt::WindowShortcut);
    m_readingMode->setStatusTip(tr("Hide every pane to read the article alone; again to bring them back"));
    connect(m_readingMode, &QAction::toggled, this, &PaneLayout::setReadingMode);
}

int PaneLayout::minimumReaderWidth() const
{
    const qreal em = kRootFontPx * m_controller->fontScale() * m_reader->zoomFactor();
    return int(std::ceil((kColumnEm + kPagePaddingEm) * em)) + kScrollBarPx;
}

void PaneLayout::addTo(QMenu *menu)
{
    auto *library = new QAction(tr("&Library"), this);
    library->setObjectName(QStringLiteral("toggleLibrary"));
    library->setCheckable(true);
    library->setChecked(!m_side->isHidden());
    library->setShortcut(QKeySequence(tr("F9")));
    library->setShortcutContext(Qt::WindowShortcut);
    library->setStatusTip(tr("Show or hide the search field and the list of articles"));
    connect(library, &QAction::triggered, this, [this](bool checked) {
        if (checked) {
            showLibrary();
        } else {
            m_sideHidden = false; // the person's choice: it stays hidden
            m_side->hide();
        }
    });
    m_toggles.insert(QStringLiteral("library"), library);
    menu->addAction(library);

    const QList<std::tuple<QString, QString, QString, QString>> docks {
        {QStringLiteral("annotations"), tr("&Annotations"), tr("Ctrl+Shift+A"),
            tr("Show or hide the list of the article's highlights and notes")},
        {QStringLiteral("note"), tr("N&ote"), tr("Ctrl+Shift+N"), tr("Show or hide the note editor")},
    };
    for (const auto &[name, text, key, tip] : docks) {
        QDockWidget *d = dock(name);
        if (!d) {
            continue;
        }
        auto *toggle = new QAction(text, this);
        toggle->setObjectName(QStringLiteral("toggle") + name.at(0).toUpper() + name.mid(1));
        toggle->setCheckable(true);
        toggle->setChecked(d->toggleViewAction()->isChecked());
        toggle->setShortcut(QKeySequence(key));
        toggle->setShortcutContext(Qt::WindowShortcut);
        toggle->setStatusTip(tip);
        connect(d->toggleViewAction(), &QAction::toggled, toggle, &QAction::setChecked);
        connect(toggle, &QAction::triggered, this, [this, d](bool checked) {
            m_hiddenDocks.removeAll(d);
            if (checked) {
                askedFor(dockWidgetUnit(d));
                d->show();
                d->raise();
                if (QWidget *content = d->widget(); content && content->isEnabled()) {
                    content->setFocus(Qt::ShortcutFocusReason);
                }
            } else {
                d->hide();
            }
        });
        m_toggles.insert(name, toggle);
        menu->addAction(toggle);
        watch(d);
    }

    // The keys work wherever the focus is, the reader's page included.
    for (QAction *action : {library, m_toggles.value(QStringLiteral("annotations")),
             m_toggles.value(QStringLiteral("note")), m_readingMode}) {
        if (action) {
            m_window->addAction(action);
        }
    }
}

void PaneLayout::adoptToggle(QAction *toggle, QDockWidget *dock)
{
    toggle->setCheckable(true);
    toggle->setChecked(dock->toggleViewAction()->isChecked());
    connect(dock->toggleViewAction(), &QAction::toggled, toggle, &QAction::setChecked);
    // After the dock's own handler (connected first): the check mark says whether it is shown.
    connect(toggle, &QAction::triggered, this, [this, toggle, dock] {
        const bool shown = dock->toggleViewAction()->isChecked();
        toggle->setChecked(shown);
        m_hiddenDocks.removeAll(dock);
        if (shown) {
            askedFor(dockWidgetUnit(dock));
        }
    });
    watch(dock);
}

bool PaneLayout::inReadingMode() const
{
    return m_readingMode && m_readingMode->isChecked();
}

bool PaneLayout::showLibrary()
{
    askedFor(Unit::Library);
    m_sideHidden = false;
    m_side->show();
    return !m_side->isHidden();
}

void PaneLayout::showNote()
{
    QDockWidget *note = dock(QStringLiteral("note"));
    if (!note) {
        return;
    }
    m_hiddenDocks.removeAll(note);
    if (!note->toggleViewAction()->isChecked()) {
        askedFor(dockWidgetUnit(note));
        note->show();
    }
    note->raise();
}

bool PaneLayout::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_window && type == QEvent::Resize) {
        scheduleFit();
    } else if (watched != m_window && (type == QEvent::Show || type == QEvent::Hide)) {
        if (watched == m_side) {
            if (QAction *library = m_toggles.value(QStringLiteral("library"))) {
                library->setChecked(!m_side->isHidden());
            }
        }
        scheduleFit();
    }
    return QObject::eventFilter(watched, event);
}

QDockWidget *PaneLayout::dock(const QString &objectName) const
{
    return m_window->findChild<QDockWidget *>(objectName, Qt::FindDirectChildrenOnly);
}

PaneLayout::Unit PaneLayout::dockWidgetUnit(QDockWidget *dock) const
{
    return m_window->dockWidgetArea(dock) == Qt::LeftDockWidgetArea ? Unit::LeftDocks : Unit::RightDocks;
}

QList<QDockWidget *> PaneLayout::docksOf(Unit unit) const
{
    const Qt::DockWidgetArea area = unit == Unit::LeftDocks ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    QList<QDockWidget *> docks;
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (unit != Unit::Library && !d->isFloating() && m_window->dockWidgetArea(d) == area
            && (d->toggleViewAction()->isChecked() || m_hiddenDocks.contains(d))) {
            docks.append(d);
        }
    }
    return docks;
}

bool PaneLayout::isShown(Unit unit) const
{
    if (unit == Unit::Library) {
        return !m_side->isHidden();
    }
    const QList<QDockWidget *> docks = docksOf(unit);
    return std::any_of(docks.begin(), docks.end(), [](QDockWidget *d) { return d->toggleViewAction()->isChecked(); });
}

int PaneLayout::currentWidth(Unit unit) const
{
    if (unit == Unit::Library) {
        return m_side->width();
    }
    int width = 0;
    for (QDockWidget *d : docksOf(unit)) {
        if (d->isVisible()) {
            width = std::max(width, d->width());
        }
    }
    return width;
}

int PaneLayout::minimumWidth(Unit unit) const
{
    if (unit == Unit::Library) {
        return std::max({kLeastPanePx, m_side->minimumSizeHint().width(), m_side->minimumWidth()});
    }
    int width = kLeastPanePx;
    for (QDockWidget *d : docksOf(unit)) {
        width = std::max({width, d->minimumSizeHint().width(), d->minimumWidth()});
    }
    return width;
}

bool PaneLayout::setShown(Unit unit, bool shown)
{
    if (unit == Unit::Library) {
        if (!shown && !m_side->isHidden()) {
            m_sideHidden = true;
            m_side->hide();
            return true;
        }
        if (shown && m_sideHidden) {
            m_sideHidden = false;
            m_side->show();
            return true;
        }
        return false;
    }
    bool changed = false;
    for (QDockWidget *d : docksOf(unit)) {
        if (!shown && d->toggleViewAction()->isChecked()) {
            m_hiddenDocks.append(d);
            d->hide();
            changed = true;
        } else if (shown && m_hiddenDocks.removeAll(d) > 0) {
            d->show();
            changed = true;
        }
    }
    return changed;
}

void PaneLayout::setWidth(Unit unit, int width)
{
    if (unit == Unit::Library) {
        QList<int> sizes = m_splitter->sizes();
        if (sizes.size() == 2) {
            const int total = sizes[0] + sizes[1];
            m_splitter->setSizes({width, std::max(0, total - width)});
        }
        return;
    }
    QList<QDockWidget *> shown;
    for (QDockWidget *d : docksOf(unit)) {
        if (d->toggleViewAction()->isChecked()) {
            shown.append(d);
        }
    }
    if (!shown.isEmpty()) {
        m_window->resizeDocks(shown, QList<int>(shown.size(), width), Qt::Horizontal);
    }
}

void PaneLayout::askedFor(Unit unit)
{
    m_pinned = unit;
    scheduleFit();
}

void PaneLayout::watch(QWidget *pane)
{
    pane->installEventFilter(this);
}

void PaneLayout::scheduleFit()
{
    if (!m_fitting) {
        m_followUps = 0;
        m_fitTimer->start();
    }
}

int PaneLayout::outerWidth(Unit unit) const
{
    const QRect central = m_window->centralWidget() ? m_window->centralWidget()->geometry() : QRect();
    switch (unit) {
    case Unit::Library:
        return m_side->width() + m_splitter->handleWidth();
    case Unit::LeftDocks:
        return central.left();
    case Unit::RightDocks:
        return m_window->width() - central.right() - 1;
    }
    return 0;
}

void PaneLayout::fit()
{
    if (m_fitting || inReadingMode()) {
        return;
    }
    m_fitting = true;
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        watch(d); // docks a feature added later too
    }
    QList<Unit> keep {Unit::RightDocks, Unit::LeftDocks, Unit::Library}; // the last gives way first
    const int minimum = minimumReaderWidth();
    // The window may be as narrow as the column: the panes' own minimums must not hold it wider (a
    // layout's minimum is the sum of its parts'), since they give way below.
    if (m_window->minimumWidth() != minimum) {
        m_window->setMinimumSize(minimum, kLeastWindowHeightPx);
    }
    // The reader is not squeezed: the panes' widths are the person's, to come back to.
    const bool roomy = m_reader->width() >= minimum;
    // What each shown pane takes beside its own width (a splitter handle, a dock separator, a dock
    // area's tab bar), and what the window takes around the reader besides the panes.
    int frame = m_window->width() - m_reader->width();
    for (const Unit unit : keep) {
        if (isShown(unit)) {
            const int outer = outerWidth(unit);
            frame -= outer;
            if (const int inner = currentWidth(unit); inner > 0 && outer >= inner) {
                m_overhead.insert(int(unit), outer - inner);
            }
        }
    }
    int room = m_window->width() - minimum - std::max(0, frame);

    if (m_pinned) {
        keep.removeAll(*m_pinned);
        keep.prepend(*m_pinned);
    }
    bool changed = false;
    for (const Unit unit : keep) {
        const int key = int(unit);
        const bool wanted = unit == Unit::Library ? (!m_side->isHidden() || m_sideHidden) : !docksOf(unit).isEmpty();
        if (!wanted) {
            if (m_pinned == unit) {
                m_pinned.reset(); // the person closed it
            }
            continue;
        }
        const bool shown = isShown(unit);
        if (shown && !m_shrunk.value(key) && (roomy || !m_preferred.contains(key)) && currentWidth(unit) > 0) {
            m_preferred.insert(key, currentWidth(unit));
        }
        const int overhead = m_overhead.value(key, kSeparatorPx);
        const int least = minimumWidth(unit);
        const int preferred = std::max(least, m_preferred.value(key, least));
        if (room - overhead >= least || m_pinned == unit) {
            const int width = std::clamp(room - overhead, least, preferred);
            room -= width + overhead;
            changed = setShown(unit, true) || changed;
            if (width < preferred) {
                if (!shown || currentWidth(unit) > width) {
                    setWidth(unit, width);
                    changed = true;
                }
                m_shrunk.insert(key, true);
            } else if (!shown || m_shrunk.value(key)) {
                setWidth(unit, preferred);
                m_shrunk.insert(key, false);
                changed = true;
            }
        } else {
            changed = setShown(unit, false) || changed;
        }
    }
    m_fitting = false;
    // Once laid out, the panes are measured again (a tab bar that came or went, a dock that kept a
    // larger minimum): a second look settles it; no more, so that nothing can go back and forth.
    if (changed && m_followUps < 2) {
        ++m_followUps;
        m_fitTimer->start();
    } else {
        m_followUps = 0;
    }
}

void PaneLayout::setReadingMode(bool on)
{
    m_fitTimer->stop();
    m_fitting = true; // what reading mode hides is not the window making room
    const QList<QDockWidget *> docks = m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly);
    if (on) {
        m_sideBeforeReading = !m_side->isHidden();
        m_toolbarBeforeReading = m_toolbar && !m_toolbar->isHidden();
        m_docksBeforeReading.clear();
        for (QDockWidget *d : docks) {
            if (d->toggleViewAction()->isChecked()) {
                m_docksBeforeReading.append(d);
            }
        }
        m_side->hide();
        for (QDockWidget *d : docks) {
            d->hide();
        }
        if (m_toolbar) {
            m_toolbar->hide();
        }
        m_reader->setFocus(Qt::ShortcutFocusReason);
    } else {
        if (m_sideBeforeReading) {
            m_side->show();
        }
        for (const QPointer<QDockWidget> &d : std::as_const(m_docksBeforeReading)) {
            if (d) {
                d->show();
            }
        }
        m_docksBeforeReading.clear();
        if (m_toolbar && m_toolbarBeforeReading) {
            m_toolbar->show();
        }
    }
    m_fitting = false;
    scheduleFit();
}

} // namespace Glossa::Ui
