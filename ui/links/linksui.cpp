// SPDX-License-Identifier: GPL-3.0-or-later
#include "linksui.h"

#include "library/library.h"
#include "linkmarkers.h"
#include "links/linkstatus.h"
#include "linksdock.h"
#include "linkspane.h"
#include "mainwindow.h"
#include "navigation/historynavigator.h"
#include "reader/readerbridge.h"
#include "reader/readercontroller.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"

#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>

namespace Glossa::Ui {

namespace {

// The link as the open article sees it, if it is one of its links.
std::optional<Links::LinkView> findLink(const Library &library, const QString &articleId, const QString &linkId)
{
    const auto links = Links::LinkReader::read(library, articleId);
    if (!links) {
        return std::nullopt;
    }
    for (const QList<Links::LinkView> *list : {&links->outgoing, &links->incoming}) {
        for (const Links::LinkView &view : *list) {
            if (view.link.id == linkId) {
                return view;
            }
        }
    }
    return std::nullopt;
}

} // namespace

LinksUi::LinksUi(Library *library, MainWindow *window, QMenu *viewMenu)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_markers(new LinkMarkers(library, window->reader()->readerPage()->bridge(), this))
    , m_dock(new LinksDock(library, window))
{
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    if (auto *discussion = window->findChild<QDockWidget *>(QStringLiteral("discussion"))) {
        window->tabifyDockWidget(discussion, m_dock);
    }
    if (auto *annotations = window->findChild<QDockWidget *>(QStringLiteral("annotations"))) {
        annotations->raise();
    }
    viewMenu->addAction(m_dock->toggleAction());

    connect(window->reader()->readerPage()->bridge(), &ReaderBridge::linkFollowRequested, this, &LinksUi::follow);
    connect(pane(), &LinksPane::followRequested, this, &LinksUi::follow);
    connect(pane(), &LinksPane::retargetRequested, this, &LinksUi::retarget);
    connect(pane(), &LinksPane::message, this, &LinksUi::message);
    connect(this, &LinksUi::message, window,
        [window](const QString &text) { window->statusBar()->showMessage(text, 8000); });
    ReaderController *controller = window->controller();
    connect(controller, &ReaderController::selectionChanged, this, &LinksUi::updateRetarget);
    connect(controller, &ReaderController::focusedAnnotationChanged, this, &LinksUi::updateRetarget);
    updateRetarget();
}

LinksPane *LinksUi::pane() const
{
    return m_dock->pane();
}

void LinksUi::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    pane()->setArticle(articleId);
}

void LinksUi::updateRetarget()
{
    const ReaderController *controller = m_window->controller();
    pane()->setRetargetAvailable(controller->hasSelection() || !controller->focusedAnnotation().isEmpty(),
        tr("Select a passage in the reader (or focus a highlight) to point the link at it."));
}

bool LinksUi::follow(const QString &linkId, const QString &side)
{
    const auto view = findLink(*m_library, m_articleId, linkId);
    if (!view) {
        Q_EMIT message(tr("This link is no longer in the library."));
        return false;
    }
    const Links::LinkEndState &end = side == u"from" ? view->from : view->to;
    if (!end.articleExists) {
        Q_EMIT message(tr("The article this link leads to was deleted."));
        return false;
    }
    HistoryNavigator *navigator = m_window->navigator();
    if (end.isWholeArticle()) {
        navigator->navigateTo(end.end.articleId);
        return true;
    }
    if (!end.annotation || !end.annotation->anchor.isAnchored()) {
        // The article is still there: open it, and say the passage is not.
        navigator->navigateTo(end.end.articleId);
        Q_EMIT message(tr("The linked passage is no longer in “%1”; it said: “%2”").arg(end.articleTitle, end.quote()));
        return false;
    }
    return navigator->navigateToPassage(end.end.annotationId);
}

bool LinksUi::retarget(const QString &linkId)
{
    const auto view = findLink(*m_library, m_articleId, linkId);
    if (!view) {
        Q_EMIT message(tr("This link is no longer in the library."));
        return false;
    }
    // The end to move: the one that dangles, else the one in this article.
    Library::LinkSide side = view->link.from.articleId == m_articleId ? Library::LinkSide::From : Library::LinkSide::To;
    if (view->to.status == Links::LinkStatus::Dangling && view->from.status != Links::LinkStatus::Dangling) {
        side = Library::LinkSide::To;
    } else if (view->from.status == Links::LinkStatus::Dangling && view->to.status != Links::LinkStatus::Dangling) {
        side = Library::LinkSide::From;
    }
    const ReaderController *controller = m_window->controller();
    std::optional<Library::LinkTarget> target;
    if (const auto passage = controller->selectionPassage()) {
        target = Library::LinkTarget::newPassage(*passage);
    } else if (!controller->focusedAnnotation().isEmpty()) {
        target = Library::LinkTarget::annotation(controller->focusedAnnotation());
    }
    if (!target) {
        Q_EMIT message(tr("Select a passage in the reader (or focus a highlight) to point the link at it."));
        return false;
    }
    if (const Store::Status s = m_library->retargetLink(linkId, side, *target); !s) {
        Q_EMIT message(tr("The link could not be re-targeted: %1").arg(s.error().message));
        return false;
    }
    Q_EMIT message(tr("Link re-targeted."));
    return true;
}

} // namespace Glossa::Ui
