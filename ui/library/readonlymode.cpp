// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlymode.h"

#include "cli/librarycommands.h"
#include "library/library.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPalette>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTextEdit>
#include <QToolBar>

namespace Glossa::Ui {

namespace {

constexpr const char *kWrites = "glossaWritesLibrary";

// The banner's content: as tall as its wrapped text needs at the width it is given. A toolbar asks
// only sizeHint(), not heightForWidth(), so the hint follows the width the banner has.
class BannerContent final : public QWidget
{
public:
    using QWidget::QWidget;

    QSize sizeHint() const override
    {
        const int width = this->width() > 100 ? this->width() : 800;
        return {200, layout()->hasHeightForWidth() ? layout()->heightForWidth(width) : QWidget::sizeHint().height()};
    }
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QWidget::resizeEvent(event);
        if (layout()->hasHeightForWidth() && layout()->heightForWidth(width()) != height()) {
            updateGeometry();
        }
    }
};

} // namespace

ReadOnlyMode::ReadOnlyMode(Library *library, QMainWindow *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_banner(new QToolBar(tr("Read-Only Library"), window))
    , m_text(new QLabel(m_banner))
{
    setObjectName(QStringLiteral("readOnlyMode"));
    // A bar of its own above the toolbars, the whole width of the window, that cannot be moved away.
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setMovable(false);
    m_banner->setFloatable(false);
    m_banner->toggleViewAction()->setVisible(false);
    auto *content = new BannerContent(m_banner);
    content->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // A tint of the highlight colour, as KMessageWidget's information banner, readable in both themes.
    QPalette tinted = content->palette();
    const QColor base = tinted.color(QPalette::Window);
    const QColor accent = tinted.color(QPalette::Highlight);
    tinted.setColor(QPalette::Window,
        QColor::fromRgbF(float(base.redF() * 0.8 + accent.redF() * 0.2),
            float(base.greenF() * 0.8 + accent.greenF() * 0.2), float(base.blueF() * 0.8 + accent.blueF() * 0.2)));
    content->setPalette(tinted);
    content->setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(content);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *icon = new QLabel(content);
    const int size = window->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(QIcon::fromTheme(
        QStringLiteral("object-locked"), window->style()->standardIcon(QStyle::SP_MessageBoxInformation))
            .pixmap(size, size));
    m_text->setParent(content);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    m_banner->addWidget(content);
    m_banner->setContentsMargins(0, 0, 0, 0);
    window->addToolBar(Qt::TopToolBarArea, m_banner);
    window->addToolBarBreak(Qt::TopToolBarArea);
    connect(library, &Library::opened, this, &ReadOnlyMode::update);
    update();
}

bool ReadOnlyMode::isReadOnly() const
{
    return m_library->isReadOnly();
}

QString ReadOnlyMode::message() const
{
    if (!isReadOnly()) {
        return {};
    }
    return tr("This library is read-only: %1. Reading, searching, exporting and printing work; nothing can be "
              "changed.")
        .arg(Cli::LibraryAccess::readOnlyReason(m_library->store()->readOnlyCause()));
}

void ReadOnlyMode::update()
{
    m_text->setText(message());
    m_banner->setVisible(isReadOnly());
    if (isReadOnly()) {
        applyToWindow();
    }
}

template<typename Control> void ReadOnlyMode::markControl(Control *control)
{
    control->setProperty(kWrites, true);
    auto apply = [control] {
        if (ReadOnlyMode *mode = of(control); mode && mode->isReadOnly()) {
            mode->guard(control);
            return true;
        }
        return false;
    };
    // A control made before it is placed in the window (a row of a list) is caught once it is there.
    if (!apply()) {
        QMetaObject::invokeMethod(control, apply, Qt::QueuedConnection);
    }
}

void ReadOnlyMode::markWriting(QAction *action)
{
    markControl(action);
}

void ReadOnlyMode::markWriting(QWidget *widget)
{
    markControl(widget);
}

bool ReadOnlyMode::isMarkedWriting(const QObject *control)
{
    return control->property(kWrites).toBool();
}

bool ReadOnlyMode::mayWrite(QObject *control)
{
    const ReadOnlyMode *mode = of(control);
    return !(isMarkedWriting(control) && mode && mode->isReadOnly());
}

ReadOnlyMode *ReadOnlyMode::of(QObject *control)
{
    // The window's mode is its direct child; a control reaches it through its parents (a dialog's
    // page through the dialog, an action through the widget or controller that owns it).
    for (QObject *o = control; o; o = o->parent()) {
        if (auto *mode = o->findChild<ReadOnlyMode *>(QString(), Qt::FindDirectChildrenOnly)) {
            return mode;
        }
    }
    return nullptr;
}

void ReadOnlyMode::applyToWindow()
{
    if (!isReadOnly()) {
        return;
    }
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (isMarkedWriting(action)) {
            guard(action);
        }
    }
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (isMarkedWriting(widget)) {
            guard(widget);
        }
    }
}

void ReadOnlyMode::guard(QAction *action)
{
    const QString why = message();
    action->setToolTip(why);
    action->setStatusTip(why);
    action->setEnabled(false);
    if (action->property("glossaGuarded").toBool()) {
        return;
    }
    action->setProperty("glossaGuarded", true);
    // Its feature enables it again when it would apply (a selection, a focused annotation): not here.
    connect(action, &QAction::enabledChanged, this, [this, action](bool enabled) {
        if (enabled && isReadOnly()) {
            action->setEnabled(false);
        }
    });
}

void ReadOnlyMode::guard(QWidget *widget)
{
    widget->setToolTip(message());
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        line->setReadOnly(true);
        return;
    }
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
        text->setReadOnly(true);
        return;
    }
    if (auto *text = qobject_cast<QTextEdit *>(widget)) {
        text->setReadOnly(true);
        return;
    }
    widget->setEnabled(false);
    if (!widget->property("glossaGuarded").toBool()) {
        widget->setProperty("glossaGuarded", true);
        widget->installEventFilter(this);
    }
}

bool ReadOnlyMode::eventFilter(QObject *watched, QEvent *event)
{
    // A marked widget its feature enabled again goes back to disabled.
    if (event->type() == QEvent::EnabledChange && isReadOnly()) {
        auto *widget = static_cast<QWidget *>(watched);
        if (widget->isEnabled() && isMarkedWriting(widget)) {
            // Not from inside the widget's own setEnabled(): once it is done.
            QMetaObject::invokeMethod(widget, [widget] { widget->setEnabled(false); }, Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Glossa::Ui
