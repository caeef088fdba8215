// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycommands.h"

#include "store/annotationrepository.h"
#include "store/linkrepository.h"

namespace Glossa {

using Store::Database;
using Store::Status;

LibraryCommand::LibraryCommand(Library *library, const QString &text)
    : UndoCommand(text)
    , m_library(library)
{
}

// A change that could not be written (or undone) leaves the library as it was, and the command
// says so by becoming obsolete: the UndoStack then drops it instead of believing it done (or undone),
// so the stack never disagrees with what is stored. The Status says why (the library's writeFailed()
// signal tells the views; Library::push returns it to the caller of the action).
void LibraryCommand::redo()
{
    m_forward = true;
    Status status;
    if (m_written) {
        m_written = false;
        announce();
    } else {
        status = apply();
    }
    if (m_report) {
        *m_report = status;
        m_report = nullptr;
    }
    if (!status) {
        setObsolete(true);
    }
}

void LibraryCommand::undo()
{
    m_forward = false;
    if (!revert()) {
        setObsolete(true);
    }
}

Status LibraryCommand::write(const std::function<Status(Database &)> &change)
{
    if (m_mentions.isEmpty()) {
        return m_library->write(change);
    }
    const Status status = m_library->write([&](Database &db) {
        if (Status s = change(db); !s) {
            return s;
        }
        return writeMentions(db);
    });
    if (status) {
        emitMentions();
    }
    return status;
}

Status LibraryCommand::writeMentions(Database &db) const
{
    Store::LinkRepository links(db);
    Store::AnnotationRepository annotations(db);
    Store::CommentRepository comments(db);
    const QList<Model::Link> &add = m_forward ? m_mentions.added : m_mentions.removed;
    const QList<Model::Link> &remove = m_forward ? m_mentions.removed : m_mentions.added;
    for (const Model::Link &link : remove) {
        if (Status s = links.remove(link.id); !s) {
            return s;
        }
    }
    for (const Model::Link &link : add) {
        if (Status s = links.insert(link); !s) {
            return s;
        }
    }
    for (const auto &[before, after] : m_mentions.notes) {
        if (Status s = annotations.update(m_forward ? after : before); !s) {
            return s;
        }
    }
    for (const auto &[before, after] : m_mentions.comments) {
        const Model::Comment &c = m_forward ? after : before;
        if (Status s = comments.setBody(c.id, c.body, c.edited); !s) {
            return s;
        }
    }
    return {};
}

void LibraryCommand::emitMentions() const
{
    for (const Model::Link &link : m_forward ? m_mentions.removed : m_mentions.added) {
        Q_EMIT m_library->linkRemoved(link.id);
    }
    for (const Model::Link &link : m_forward ? m_mentions.added : m_mentions.removed) {
        Q_EMIT m_library->linkAdded(link.id);
    }
    for (const auto &[before, after] : m_mentions.notes) {
        Q_EMIT m_library->annotationChanged(after.id, after.articleId);
    }
    for (const auto &[before, after] : m_mentions.comments) {
        Q_EMIT m_library->commentChanged(after.id, after.articleId);
    }
}

// --- annotations -------------------------------------------------------------------------------

AddAnnotationCommand::AddAnnotationCommand(Library *library, Model::Annotation annotation)
    : LibraryCommand(library, tr("Add annotation"))
    , m_annotation(std::move(annotation))
{
}

Status AddAnnotationCommand::apply()
{
    if (Status s = write([&](Database &db) { return Store::AnnotationRepository(db).insert(m_annotation); }); !s) {
        return s;
    }
    Q_EMIT library()->annotationAdded(m_annotation.id, m_annotation.articleId);
    return {};
}

Status AddAnnotationCommand::revert()
{
    if (Status s = write([&](Database &db) { return Store::AnnotationRepository(db).remove(m_annotation.id); }); !s) {
        return s;
    }
    Q_EMIT library()->annotationRemoved(m_annotation.id, m_annotation.articleId);
    return {};
}

EditAnnotationCommand::EditAnnotationCommand(
    Library *library, Model::Annotation before, Model::Annotation after, const QString &text)
    : LibraryCommand(library, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status EditAnnotationCommand::apply()
{
    if (Status s = write([&](Database &db) { return Store::AnnotationRepository(db).update(m_after); }); !s) {
        return s;
    }
    Q_EMIT library()->annotationChanged(m_after.id, m_after.articleId);
    return {};
}

Status EditAnnotationCommand::revert()
{
    if (Status s = write([&](Database &db) { return Store::AnnotationRepository(db).update(m_before); }); !s) {
        return s;
    }
    Q_EMIT library()->annotationChanged(m_before.id, m_before.articleId);
    return {};
}

RemoveAnnotationCommand::RemoveAnnotationCommand(
    Library *library, Model::Annotation annotation, QStringList inlineComments)
    : LibraryCommand(library, tr("Remove annotation"))
    , m_annotation(std::move(annotation))
    , m_inlineComments(std::move(inlineComments))
{
}

Status RemoveAnnotationCommand::apply()
{
    if (Status s = write([&](Database &db) { return Store::AnnotationRepository(db).remove(m_annotation.id); }); !s) {
        return s;
    }
    Q_EMIT library()->annotationRemoved(m_annotation.id, m_annotation.articleId);
    for (const QString &c : std::as_const(m_inlineComments)) {
        Q_EMIT library()->commentChanged(c, m_annotation.articleId);
    }
    return {};
}

Status RemoveAnnotationCommand::revert()
{
    const Status status = write([&](Database &db) {
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
    if (!status) {
        return status;
    }
    Q_EMIT library()->annotationAdded(m_annotation.id, m_annotation.articleId);
    for (const QString &c : std::as_const(m_inlineComments)) {
        Q_EMIT library()->commentChanged(c, m_annotation.articleId);
    }
    return {};
}

// --- comments ----------------------------------------------------------------------------------

AddCommentCommand::AddCommentCommand(Library *library, Model::Comment comment, std::optional<Model::Annotation> anchor)
    : LibraryCommand(library, comment.parentId.isEmpty() ? tr("Add comment") : tr("Reply"))
    , m_comment(std::move(comment))
    , m_anchor(std::move(anchor))
{
}

Status AddCommentCommand::apply()
{
    const Status status = write([&](Database &db) {
        if (m_anchor) {
            if (Status s = Store::AnnotationRepository(db).insert(*m_anchor); !s) {
                return s;
            }
        }
        return Store::CommentRepository(db).insert(m_comment);
    });
    if (!status) {
        return status;
    }
    if (m_anchor) {
        Q_EMIT library()->annotationAdded(m_anchor->id, m_anchor->articleId);
    }
    Q_EMIT library()->commentAdded(m_comment.id, m_comment.articleId);
    return {};
}

Status AddCommentCommand::revert()
{
    const Status status = write([&](Database &db) {
        if (Status s = Store::CommentRepository(db).remove(m_comment.id); !s) {
            return s;
        }
        return m_anchor ? Store::AnnotationRepository(db).remove(m_anchor->id) : Status();
    });
    if (!status) {
        return status;
    }
    Q_EMIT library()->commentRemoved(m_comment.id, m_comment.articleId);
    if (m_anchor) {
        Q_EMIT library()->annotationRemoved(m_anchor->id, m_anchor->articleId);
    }
    return {};
}

EditCommentCommand::EditCommentCommand(Library *library, Model::Comment before, QString body, QDateTime when)
    : LibraryCommand(library, tr("Edit comment"))
    , m_before(std::move(before))
    , m_body(std::move(body))
    , m_when(std::move(when))
{
}

Status EditCommentCommand::apply()
{
    const Status status = write([&](Database &db) {
        Store::CommentRepository comments(db);
        if (Status s = comments.addEdit(m_before.id, m_before.body, m_when); !s) {
            return s;
        }
        return comments.setBody(m_before.id, m_body, m_when);
    });
    if (status) {
        Q_EMIT library()->commentChanged(m_before.id, m_before.articleId);
    }
    return status;
}

Status EditCommentCommand::revert()
{
    const Status status = write([&](Database &db) {
        Store::CommentRepository comments(db);
        if (Status s = comments.removeLastEdit(m_before.id); !s) {
            return s;
        }
        return comments.setBody(m_before.id, m_before.body, m_before.edited);
    });
    if (status) {
        Q_EMIT library()->commentChanged(m_before.id, m_before.articleId);
    }
    return status;
}

CommentStateCommand::CommentStateCommand(
    Library *library, Model::Comment before, Model::Comment after, const QString &text)
    : LibraryCommand(library, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status CommentStateCommand::set(const Model::Comment &state)
{
    const Status status = write([&](Database &db) {
        Store::CommentRepository comments(db);
        if (Status s = comments.setVotes(state.id, state.votes); !s) {
            return s;
        }
        // Every voter either side knows of, so undo takes a new vote back and restores a changed one.
        QStringList voters = m_before.ballots.keys() + m_after.ballots.keys();
        voters.removeDuplicates();
        for (const QString &voter : std::as_const(voters)) {
            if (Status s = comments.setBallot(state.id, voter, state.ballots.value(voter, 0)); !s) {
                return s;
            }
        }
        return comments.setResolved(state.id, state.resolved);
    });
    if (status) {
        Q_EMIT library()->commentChanged(state.id, state.articleId);
    }
    return status;
}

Status CommentStateCommand::apply()
{
    return set(m_after);
}

Status CommentStateCommand::revert()
{
    return set(m_before);
}

// --- articles ----------------------------------------------------------------------------------

EditArticleCommand::EditArticleCommand(
    Library *library, Model::Article before, Model::Article after, const QString &text)
    : LibraryCommand(library, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status EditArticleCommand::apply()
{
    return set(m_after);
}

Status EditArticleCommand::revert()
{
    return set(m_before);
}

Status EditArticleCommand::set(const Model::Article &article)
{
    if (Status s = write([&](Database &db) {
            Store::ArticleRepository articles(db);
            if (Status st = articles.updateMetadata(article); !st) {
                return st;
            }
            return articles.setTags(article.id, article.tags);
        });
        !s) {
        return s;
    }
    Q_EMIT library()->articleChanged(article.id);
    return {};
}

DeleteArticleCommand::DeleteArticleCommand(Library *library, QList<Store::ArticleSnapshot> snapshots)
    : LibraryCommand(library, tr("Delete %n article(s)", nullptr, int(snapshots.size())))
    , m_snapshots(std::move(snapshots))
{
}

Status DeleteArticleCommand::apply()
{
    if (Status s = write([&](Database &db) {
            for (const Store::ArticleSnapshot &snapshot : std::as_const(m_snapshots)) {
                if (Status st = Store::ArticleRepository(db).remove(snapshot.article.id); !st) {
                    return st;
                }
            }
            return Status();
        });
        !s) {
        return s;
    }
    for (const Store::ArticleSnapshot &snapshot : std::as_const(m_snapshots)) {
        Q_EMIT library()->articleRemoved(snapshot.article.id);
    }
    return {};
}

Status DeleteArticleCommand::revert()
{
    if (Status s = write([&](Database &db) {
            for (const Store::ArticleSnapshot &snapshot : std::as_const(m_snapshots)) {
                if (Status st = Store::ArticleRepository(db).restore(snapshot); !st) {
                    return st;
                }
            }
            return Status();
        });
        !s) {
        return s;
    }
    for (const Store::ArticleSnapshot &snapshot : std::as_const(m_snapshots)) {
        Q_EMIT library()->articleAdded(snapshot.article.id);
    }
    return {};
}

} // namespace Glossa
