// SPDX-License-Identifier: GPL-3.0-or-later
#include "threaddock.h"

#include "threadpane.h"

#include <QAction>
#include <QApplication>
#include <QTextBrowser>

namespace Glossa::Ui {

ThreadDock::ThreadDock(
    Library *library, std::shared_ptr<const KSyntaxHighlighting::Repository> repository, QWidget *parent)
    : QDockWidget(parent)
    , m_pane(new ThreadPane(library, std::move(repository), this))
    , m_toggle(new QAction(this))
{
    setObjectName(QStringLiteral("discussion"));
    setAccessibleName(tr("Discussion"));
    setWidget(m_pane);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    m_toggle->setObjectName(QStringLiteral("showDiscussion"));
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_toggle->setStatusTip(tr("Show the article's discussion, or hide it when it has the focus"));
    connect(m_toggle, &QAction::triggered, this, [this] {
        if (isVisible() && isAncestorOf(QApplication::focusWidget())) {
            hide();
        } else {
            showAndFocus();
        }
    });
    connect(m_pane, &ThreadPane::showRequested, this, [this] {
        show();
        raise();
    });
    connect(m_pane, &ThreadPane::countChanged, this, &ThreadDock::updateTitle);
    updateTitle(0);
}

void ThreadDock::showAndFocus()
{
    show();
    raise();
    m_pane->view()->setFocus(Qt::ShortcutFocusReason);
}

void ThreadDock::updateTitle(int count)
{
    setWindowTitle(count > 0 ? tr("Discussion (%1)").arg(count) : tr("Discussion"));
    m_toggle->setText(count > 0 ? tr("&Discussion (%1)").arg(count) : tr("&Discussion"));
}

} // namespace Glossa::Ui
