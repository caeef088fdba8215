// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycommands.h"

#include "store/annotationrepository.h"
#include "store/linkrepository.h"

namespace Glossa {

using Store::Database;
using Store::Status;

LibraryCommand::LibraryCommand(Library *library, const QString &text)
    : QUndoCommand(text)
    , m_library(library)
{
}

// A change that could not be written (or undone) leaves the library as it was, and the command
// says so by becoming obsolete: QUndoStack then drops it instead of believing it done (or undone),
// so the stack never disagrees with what is stored. The library's lastError() says why.
void LibraryCommand::redo()
{
    if (!apply()) {
        setObsolete(true);
    }
}

void LibraryCommand::undo()
{
    if (!revert()) {
        setObsolete(true);
    }
}

// --- annotations -------------------------------------------------------------------------------

AddAnnotationCommand::AddAnnotationCommand(Library *library, Model::Annotation annotation)
    : LibraryCommand(library, tr("Add annotation"))
    , m_annotation(std::move(annotation))
{
}

bool AddAnnotationCommand::apply()
{
    if (!write([&](Database &db) { return Store::AnnotationRepository(db).insert(m_annotation); })) {
        return false;
    }
    Q_EMIT library()->annotationAdded(m_annotation.id, m_annotation.articleId);
    return true;
}

bool AddAnnotationCommand::revert()
{
    if (!write([&](Database &db) { return Store::AnnotationRepository(db).remove(m_annotation.id); })) {
        return false;
    }
    Q_EMIT library()->annotationRemoved(m_annotation.id, m_annotation.articleId);
    return true;
}

EditAnnotationCommand::EditAnnotationCommand(
    Library *library, Model::Annotation before, Model::Annotation after, const QString &text)
    : LibraryCommand(library, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool EditAnnotationCommand::apply()
{
    if (!write([&](Database &db) { return Store::AnnotationRepository(db).update(m_after); })) {
        return false;
    }
    Q_EMIT library()->annotationChanged(m_after.id, m_after.articleId);
    return true;
}

bool EditAnnotationCommand::revert()
{
    if (!write([&](Database &db) { return Store::AnnotationRepository(db).update(m_before); })) {
        return false;
    }
    Q_EMIT library()->annotationChanged(m_before.id, m_before.articleId);
    return true;
}

RemoveAnnotationCommand::RemoveAnnotationCommand(
    Library *library, Model::Annotation annotation, QStringList inlineComments)
    : LibraryCommand(library, tr("Remove annotation"))
    , m_annotation(std::move(annotation))
    , m_inlineComments(std::move(inlineComments))
{
}

bool RemoveAnnotationCommand::apply()
{
    if (!write([&](Database &db) { return Store::AnnotationRepository(db).remove(m_annotation.id); })) {
        return false;
    }
    Q_EMIT library()->annotationRemoved(m_annotation.id, m_annotation.articleId);
    for (const QString &c : std::as_const(m_inlineComments)) {
        Q_EMIT library()->commentChanged(c, m_annotation.articleId);
    }
    return true;
}

bool RemoveAnnotationCommand::revert()
{
    const bool ok = write([&](Database &db) {
        if (Status s = Store::AnnotationRepository(db).insert(m_annotation); !s) {
            return s;
        }
        Store::CommentRepository comments(db);
        for (const QString &c : std::as_const(m_inlineComments)) {
            if (Status s = comments.setAnnotation(c, m_annotation.id); !s) {
                return s;
            }
        }
        return Status();
    });
    if (!ok) {
        return false;
    }
    Q_EMIT library()->annotationAdded(m_annotation.id, m_annotation.articleId);
    for (const QString &c : std::as_const(m_inlineComments)) {
        Q_EMIT library()->commentChanged(c, m_annotation.articleId);
    }
    return true;
}

// --- links -------------------------------------------------------------------------------------

AddLinkCommand::AddLinkCommand(Library *library, Model::Link link)
    : LibraryCommand(library, tr("Add link"))
    , m_link(std::move(link))
{
}

bool AddLinkCommand::apply()
{
    if (!write([&](Database &db) { return Store::LinkRepository(db).insert(m_link); })) {
        return false;
    }
    Q_EMIT library()->linkAdded(m_link.id);
    return true;
}

bool AddLinkCommand::revert()
{
    if (!write([&](Database &db) { return Store::LinkRepository(db).remove(m_link.id); })) {
        return false;
    }
    Q_EMIT library()->linkRemoved(m_link.id);
    return true;
}

RemoveLinkCommand::RemoveLinkCommand(Library *library, Model::Link link)
    : LibraryCommand(library, tr("Remove link"))
    , m_link(std::move(link))
{
}

bool RemoveLinkCommand::apply()
{
    if (!write([&](Database &db) { return Store::LinkRepository(db).remove(m_link.id); })) {
        return false;
    }
    Q_EMIT library()->linkRemoved(m_link.id);
    return true;
}

bool RemoveLinkCommand::revert()
{
    if (!write([&](Database &db) { return Store::LinkRepository(db).insert(m_link); })) {
        return false;
    }
    Q_EMIT library()->linkAdded(m_link.id);
    return true;
}

// --- comments ----------------------------------------------------------------------------------

AddCommentCommand::AddCommentCommand(Library *library, Model::Comment comment)
    : LibraryCommand(library, comment.parentId.isEmpty() ? tr("Add comment") : tr("Reply"))
    , m_comment(std::move(comment))
{
}

bool AddCommentCommand::apply()
{
    if (!write([&](Database &db) { return Store::CommentRepository(db).insert(m_comment); })) {
        return false;
    }
    Q_EMIT library()->commentAdded(m_comment.id, m_comment.articleId);
    return true;
}

bool AddCommentCommand::revert()
{
    if (!write([&](Database &db) { return Store::CommentRepository(db).remove(m_comment.id); })) {
        return false;
    }
    Q_EMIT library()->commentRemoved(m_comment.id, m_comment.articleId);
    return true;
}

EditCommentCommand::EditCommentCommand(Library *library, Model::Comment before, QString body, QDateTime when)
    : LibraryCommand(library, tr("Edit comment"))
    , m_before(std::move(before))
    , m_body(std::move(body))
    , m_when(std::move(when))
{
}

bool EditCommentCommand::apply()
{
    const bool ok = write([&](Database &db) {
        Store::CommentRepository comments(db);
        if (Status s = comments.addEdit(m_before.id, m_before.body, m_when); !s) {
            return s;
        }
        return comments.setBody(m_before.id, m_body, m_when);
    });
    if (ok) {
        Q_EMIT library()->commentChanged(m_before.id, m_before.articleId);
    }
    return ok;
}

bool EditCommentCommand::revert()
{
    const bool ok = write([&](Database &db) {
        Store::CommentRepository comments(db);
        if (Status s = comments.removeLastEdit(m_before.id); !s) {
            return s;
        }
        return comments.setBody(m_before.id, m_before.body, m_before.edited);
    });
    if (ok) {
        Q_EMIT library()->commentChanged(m_before.id, m_before.articleId);
    }
    return ok;
}

DeleteCommentCommand::DeleteCommentCommand(
    Library *library, QList<Model::Comment> subtree, QList<Store::ArticleSnapshot::Edit> edits)
    : LibraryCommand(library, tr("Delete comment"))
    , m_subtree(std::move(subtree))
    , m_edits(std::move(edits))
{
}

bool DeleteCommentCommand::apply()
{
    const Model::Comment &root = m_subtree.first();
    if (!write([&](Database &db) { return Store::CommentRepository(db).remove(root.id); })) {
        return false;
    }
    for (auto it = m_subtree.crbegin(); it != m_subtree.crend(); ++it) {
        Q_EMIT library()->commentRemoved(it->id, it->articleId);
    }
    return true;
}

bool DeleteCommentCommand::revert()
{
    const bool ok = write([&](Database &db) {
        Store::CommentRepository comments(db);
        for (const Model::Comment &c : std::as_const(m_subtree)) {
            if (Status s = comments.insert(c); !s) {
                return s;
            }
        }
        for (const Store::ArticleSnapshot::Edit &e : std::as_const(m_edits)) {
            if (Status s = comments.addEdit(e.commentId, e.body, e.replaced); !s) {
                return s;
            }
        }
        return Status();
    });
    if (!ok) {
        return false;
    }
    for (const Model::Comment &c : std::as_const(m_subtree)) {
        Q_EMIT library()->commentAdded(c.id, c.articleId);
    }
    return true;
}

CommentStateCommand::CommentStateCommand(
    Library *library, Model::Comment before, Model::Comment after, const QString &text)
    : LibraryCommand(library, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool CommentStateCommand::set(const Model::Comment &state)
{
    const bool ok = write([&](Database &db) {
        Store::CommentRepository comments(db);
        if (Status s = comments.setVotes(state.id, state.votes); !s) {
            return s;
        }
        return comments.setResolved(state.id, state.resolved);
    });
    if (ok) {
        Q_EMIT library()->commentChanged(state.id, state.articleId);
    }
    return ok;
}

bool CommentStateCommand::apply()
{
    return set(m_after);
}

bool CommentStateCommand::revert()
{
    return set(m_before);
}

// --- articles ----------------------------------------------------------------------------------

RenameArticleCommand::RenameArticleCommand(Library *library, Model::Article before, QString title, QDateTime when)
    : LibraryCommand(library, tr("Rename article"))
    , m_before(std::move(before))
    , m_title(std::move(title))
    , m_when(std::move(when))
{
}

bool RenameArticleCommand::apply()
{
    if (!write([&](Database &db) { return Store::ArticleRepository(db).setTitle(m_before.id, m_title, m_when); })) {
        return false;
    }
    Q_EMIT library()->articleChanged(m_before.id);
    return true;
}

bool RenameArticleCommand::revert()
{
    if (!write([&](Database &db) {
            return Store::ArticleRepository(db).setTitle(m_before.id, m_before.title, m_before.updated);
        })) {
        return false;
    }
    Q_EMIT library()->articleChanged(m_before.id);
    return true;
}

DeleteArticleCommand::DeleteArticleCommand(Library *library, Store::ArticleSnapshot snapshot)
    : LibraryCommand(library, tr("Delete article"))
    , m_snapshot(std::move(snapshot))
{
}

bool DeleteArticleCommand::apply()
{
    if (!write([&](Database &db) { return Store::ArticleRepository(db).remove(m_snapshot.article.id); })) {
        return false;
    }
    Q_EMIT library()->articleRemoved(m_snapshot.article.id);
    return true;
}

bool DeleteArticleCommand::revert()
{
    if (!write([&](Database &db) { return Store::ArticleRepository(db).restore(m_snapshot); })) {
        return false;
    }
    Q_EMIT library()->articleAdded(m_snapshot.article.id);
    return true;
}

} // namespace Glossa
