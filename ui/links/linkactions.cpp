// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkactions.h"

#include "library/library.h"
#include "library/readonlymode.h"
#include "linkpicker.h"
#include "reader/readercontroller.h"

#include <QAction>
#include <QIcon>
#include <QMainWindow>
#include <QStatusBar>

namespace Glossa::Ui {

LinkActions::LinkActions(Library *library, ReaderController *controller, QMainWindow *window)
    : QObject(window)
    , m_library(library)
    , m_controller(controller)
    , m_window(window)
    , m_link(new QAction(QIcon::fromTheme(QStringLiteral("insert-link")), tr("&Link to…"), window))
{
    m_link->setObjectName(QStringLiteral("linkTo"));
    m_link->setShortcut(QKeySequence(Qt::Key_L));
    m_link->setIconText(tr("Link"));
    m_link->setToolTip(tr("Link the selection or highlight to a passage of another article (L)"));
    m_link->setStatusTip(tr("Link the selection or the focused highlight to another passage or article"));
    connect(m_link, &QAction::triggered, this, &LinkActions::linkTo);
    ReadOnlyMode::markWriting(m_link);
    controller->addAction(m_link);
    connect(controller, &ReaderController::selectionChanged, this, &LinkActions::updateEnabled);
    connect(controller, &ReaderController::focusedAnnotationChanged, this, &LinkActions::updateEnabled);
    updateEnabled();
}

LinkPicker *LinkActions::picker() const
{
    return m_picker;
}

void LinkActions::updateEnabled()
{
    m_link->setEnabled(m_controller->hasSelection() || !m_controller->focusedAnnotation().isEmpty());
}

LinkPicker *LinkActions::linkTo()
{
    if (m_picker) { // one at a time
        m_picker->raise();
        m_picker->activateWindow();
        return m_picker;
    }
    std::optional<Library::LinkTarget> from;
    if (const auto passage = m_controller->selectionPassage()) {
        from = Library::LinkTarget::newPassage(*passage);
    } else if (!m_controller->focusedAnnotation().isEmpty()) {
        from = Library::LinkTarget::annotation(m_controller->focusedAnnotation());
    }
    if (!from) {
        m_window->statusBar()->showMessage(tr("Select a passage or a highlight to link it."), 6000);
        return nullptr;
    }
    m_picker = new LinkPicker(m_library, *from, m_window);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_picker, &QDialog::finished, this, [this] { m_picker.clear(); });
    connect(m_picker, &LinkPicker::linked, this, [this] { m_window->statusBar()->showMessage(tr("Linked."), 6000); });
    m_picker->open();
    return m_picker;
}

} // namespace Glossa::Ui
