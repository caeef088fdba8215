// SPDX-License-Identifier: GPL-3.0-or-later
#include "linksdock.h"

#include "linkspane.h"

#include <QAction>
#include <QApplication>
#include <QTreeView>

namespace Glossa::Ui {

LinksDock::LinksDock(Library *library, QWidget *parent)
    : QDockWidget(parent)
    , m_pane(new LinksPane(library, this))
    , m_toggle(new QAction(this))
{
    setObjectName(QStringLiteral("links"));
    setAccessibleName(tr("Links"));
    setWidget(m_pane);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    m_toggle->setObjectName(QStringLiteral("showLinks"));
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    m_toggle->setStatusTip(tr("Show the article's links and backlinks, or hide them when they have the focus"));
    connect(m_toggle, &QAction::triggered, this, [this] {
        if (isVisible() && isAncestorOf(QApplication::focusWidget())) {
            hide();
        } else {
            showAndFocus();
        }
    });
    connect(m_pane, &LinksPane::countChanged, this, &LinksDock::updateTitle);
    updateTitle(0);
}

void LinksDock::showAndFocus()
{
    show();
    raise();
    m_pane->view()->setFocus(Qt::ShortcutFocusReason);
}

void LinksDock::updateTitle(int count)
{
    setWindowTitle(count > 0 ? tr("Links (%1)").arg(count) : tr("Links"));
    m_toggle->setText(count > 0 ? tr("&Links (%1)").arg(count) : tr("&Links"));
}

} // namespace Glossa::Ui
