// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchui.h"

#include "annotations/noteeditor.h"
#include "library/library.h"
#include "mainwindow.h"
#include "navigation/historynavigator.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "search/librarysearch.h"
#include "searchpanel.h"
#include "thread/threadpane.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QStatusBar>

#include <utility>

namespace Glossa::Ui {

SearchUi::SearchUi(Library *library, MainWindow *window, QWidget *listPage)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_panel(new SearchPanel(library, listPage, window))
    , m_action(new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Search Library…"), this))
{
    m_action->setObjectName(QStringLiteral("searchLibrary"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setStatusTip(tr("Search the titles, text, notes and comments of every article"));
    connect(m_action, &QAction::triggered, m_panel, &SearchPanel::focusField);
    // The key works wherever the focus is in the window, the reader's page included.
    window->addAction(m_action);

    connect(m_panel, &SearchPanel::hitActivated, this, &SearchUi::open);
    connect(window->reader(), &ReaderView::articlePainted, this, [this](const QString &articleId) {
        m_painted = articleId;
        if (m_pending && articleId == m_pendingArticle) {
            std::exchange(m_pending, nullptr)();
        }
    });
}

void SearchUi::addTo(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_action);
}

void SearchUi::whenPainted(const QString &articleId, std::function<void()> then)
{
    if (m_window->reader()->articleId() == articleId && m_painted == articleId) {
        m_pending = nullptr;
        then();
        return;
    }
    m_pendingArticle = articleId;
    m_pending = std::move(then);
}

void SearchUi::showMessage(const QString &text)
{
    m_window->statusBar()->showMessage(text, 8000);
}

void SearchUi::open(const Search::Hit &hit)
{
    if (!m_library->article(hit.articleId)) {
        showMessage(tr("This article is no longer in the library."));
        return;
    }
    HistoryNavigator *navigator = m_window->navigator();
    ReaderController *controller = m_window->controller();
    const bool shown = m_window->reader()->articleId() == hit.articleId;
    m_pending = nullptr;
    using Kind = Search::Hit::Kind;
    switch (hit.kind) {
    case Kind::Title:
        if (!shown) {
            navigator->navigateTo(hit.articleId);
        }
        return;
    case Kind::Text: {
        if (hit.start < 0 || hit.end <= hit.start) {
            navigator->navigateTo(hit.articleId);
            return;
        }
        // The page opens with the passage at the top, then brings it a third down and flashes it.
        navigator->navigateTo(hit.articleId, hit.start);
        const qsizetype start = hit.start;
        const qsizetype end = hit.end;
        whenPainted(hit.articleId, [controller, start, end] { controller->showRange(start, end); });
        return;
    }
    case Kind::Note: {
        if (!navigator->navigateToPassage(hit.annotationId)) {
            navigator->navigateTo(hit.articleId);
            showMessage(tr("This note is no longer in the library."));
            return;
        }
        const QString id = hit.annotationId;
        NoteEditor *editor = m_window->noteEditor();
        whenPainted(hit.articleId, [controller, editor, id] {
            controller->focusAnnotation(id, false); // the note editor shows its note
            if (controller->focusedAnnotation() == id) {
                editor->setFocus(Qt::OtherFocusReason);
            }
        });
        return;
    }
    case Kind::Comment: {
        // A comment on a passage opens there (it flashes); the thread shows the comment.
        if (hit.annotationId.isEmpty() || !navigator->navigateToPassage(hit.annotationId)) {
            if (!shown) {
                navigator->navigateTo(hit.articleId);
            }
        }
        m_window->showDiscussion();
        if (!m_window->threadPane()->showComment(hit.commentId)) {
            showMessage(tr("This comment is no longer in the discussion."));
        }
        return;
    }
    }
}

} // namespace Glossa::Ui
