// SPDX-License-Identifier: GPL-3.0-or-later
#include "relateddock.h"

#include "navigation/historynavigator.h"
#include "reader/readercontroller.h"
#include "relatedpane.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMainWindow>
#include <QStatusBar>

namespace Glossa::Ui {

RelatedDock::RelatedDock(Library *library, ReaderController *controller, HistoryNavigator *navigator, QWidget *parent)
    : QDockWidget(parent)
    , m_controller(controller)
    , m_pane(new RelatedPane(library, this))
    , m_toggle(new QAction(tr("&Related Passages"), this))
{
    setObjectName(QStringLiteral("relatedPassages"));
    setWindowTitle(tr("Related Passages"));
    setAccessibleName(tr("Related Passages"));
    setWidget(m_pane);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    m_toggle->setObjectName(QStringLiteral("showRelatedPassages"));
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_toggle->setStatusTip(tr("Show the passages of other articles related to the selection or the article, or hide "
                              "them when they have the focus"));
    connect(m_toggle, &QAction::triggered, this, [this] {
        if (isVisible() && isAncestorOf(QApplication::focusWidget())) {
            hide();
        } else {
            showAndFocus();
        }
    });
    connect(m_controller, &ReaderController::selectionChanged, this, &RelatedDock::followReader);
    connect(m_controller, &ReaderController::focusedAnnotationChanged, this, &RelatedDock::followReader);
    connect(m_pane, &RelatedPane::openRequested, navigator,
        [navigator](const QString &articleId, qsizetype offset) { navigator->navigateTo(articleId, offset); });
    if (auto *window = qobject_cast<QMainWindow *>(parent)) {
        connect(m_pane, &RelatedPane::message, window->statusBar(),
            [window](const QString &text) { window->statusBar()->showMessage(text, 5000); });
    }
}

void RelatedDock::showAndFocus()
{
    show();
    raise();
    m_pane->list()->setFocus(Qt::ShortcutFocusReason);
}

void RelatedDock::setArticle(const QString &articleId)
{
    m_pane->setArticle(articleId);
}

void RelatedDock::followReader()
{
    if (const auto selection = m_controller->selection()) {
        m_pane->setSelection(selection->first, selection->second);
    } else {
        m_pane->setAnnotation(m_controller->focusedAnnotation());
    }
}

} // namespace Glossa::Ui
