// SPDX-License-Identifier: GPL-3.0-or-later
// ReaderController: inline comments and other features' uses of the selection. The selection becomes a
// comment's (or a link's) passage the way it becomes a highlight (the same selectors), and a comment's
// passage is scrolled to and flashed on request.
// The markers themselves are kept painted by CommentSync.
#include "anchor/placement.h"
#include "library/library.h"
#include "readeractions.h"
#include "readerbridge.h"
#include "readercontroller.h"
#include "selectiontoolbar.h"

namespace Glossa::Ui {

Model::Annotation ReaderController::selectionAnnotation(Model::AnnotationKind kind) const
{
    const auto [start, end] = *m_selection;
    Model::Annotation a = Anchor::exactHighlight(m_revision, start, end);
    a.kind = kind;
    a.author = m_library->localAuthorName();
    return a;
}

std::optional<Model::Annotation> ReaderController::selectionPassage() const
{
    if (!m_selection || m_articleId.isEmpty()) {
        return std::nullopt;
    }
    return selectionAnnotation(Model::AnnotationKind::Highlight);
}

void ReaderController::addAction(QAction *action)
{
    m_actions->addExtra(action);
    m_toolbar->addActionButton(action);
}

void ReaderController::setCommentingEnabled(bool enabled)
{
    m_commenting = enabled;
    m_toolbar->setCommentEnabled(enabled);
    m_actions->setCommentEnabled(enabled);
}

void ReaderController::commentOnSelection()
{
    if (!m_commenting) {
        return;
    }
    if (!m_selection || m_articleId.isEmpty()) {
        Q_EMIT message(tr("Select a passage to comment on it."));
        return;
    }
    const Model::Annotation anchor = selectionAnnotation(Model::AnnotationKind::CommentAnchor);
    selectionUsed();
    Q_EMIT commentRequested(anchor);
}

void ReaderController::showPassage(const QString &annotationId)
{
    const auto a = m_library->annotation(annotationId);
    if (!a || a->articleId != m_articleId) {
        return;
    }
    if (!a->anchor.isAnchored()) {
        Q_EMIT message(tr("This passage is no longer in the article's text."));
        return;
    }
    m_bridge->scrollTo(annotationId, true);
}

} // namespace Glossa::Ui
