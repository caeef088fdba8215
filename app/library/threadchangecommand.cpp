// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadchangecommand.h"

#include "store/annotationrepository.h"
#include "store/watchrepository.h"

namespace Glossa {

using Store::Database;
using Store::Status;

ThreadChangeCommand::ThreadChangeCommand(Library *library, const QString &text, QString articleId,
    QList<Model::Annotation> anchors, QList<Thread::Entry> added, QList<Change> changed, QList<QString> unread)
    : LibraryCommand(library, text)
    , m_articleId(std::move(articleId))
    , m_anchors(std::move(anchors))
    , m_added(std::move(added))
    , m_changed(std::move(changed))
    , m_unread(std::move(unread))
{
}

Status ThreadChangeCommand::apply()
{
    const Status status = write([&](Database &db) {
        Store::AnnotationRepository annotations(db);
        for (const Model::Annotation &a : std::as_const(m_anchors)) {
            if (Status s = annotations.insert(a); !s) {
                return s;
            }
        }
        Store::CommentRepository comments(db);
        for (const Thread::Entry &e : std::as_const(m_added)) {
            if (Status s = comments.insert(e.comment); !s) {
                return s;
            }
            for (const Store::CommentEdit &h : e.history) {
                if (Status s = comments.addEdit(e.comment.id, h.body, h.replaced); !s) {
                    return s;
                }
            }
        }
        for (const Change &c : std::as_const(m_changed)) {
            if (Status s = comments.overwrite(c.after.comment, c.after.history); !s) {
                return s;
            }
        }
        Store::WatchRepository watches(db);
        for (const QString &id : std::as_const(m_unread)) {
            if (Status s = watches.markUnread(id); !s) {
                return s;
            }
        }
        return Status();
    });
    if (!status) {
        return status;
    }
    for (const Model::Annotation &a : std::as_const(m_anchors)) {
        Q_EMIT library()->annotationAdded(a.id, m_articleId);
    }
    for (const Thread::Entry &e : std::as_const(m_added)) {
        Q_EMIT library()->commentAdded(e.comment.id, m_articleId);
    }
    for (const Change &c : std::as_const(m_changed)) {
        Q_EMIT library()->commentChanged(c.after.comment.id, m_articleId);
    }
    if (!m_unread.isEmpty()) {
        Q_EMIT library()->unreadChanged(m_articleId);
    }
    return {};
}

Status ThreadChangeCommand::revert()
{
    const Status status = write([&](Database &db) {
        Store::CommentRepository comments(db);
        for (const Change &c : std::as_const(m_changed)) {
            if (Status s = comments.overwrite(c.before.comment, c.before.history); !s) {
                return s;
            }
        }
        // Replies the library held before this step brought their parent wait for it again; the
        // unread marks go with the comments.
        for (auto it = m_added.crbegin(); it != m_added.crend(); ++it) {
            if (Status s = comments.detachReplies(it->comment.id); !s) {
                return s;
            }
            if (Status s = comments.remove(it->comment.id); !s) {
                return s;
            }
        }
        Store::AnnotationRepository annotations(db);
        for (const Model::Annotation &a : std::as_const(m_anchors)) {
            if (Status s = annotations.remove(a.id); !s) {
                return s;
            }
        }
        return Status();
    });
    if (!status) {
        return status;
    }
    for (const Change &c : std::as_const(m_changed)) {
        Q_EMIT library()->commentChanged(c.before.comment.id, m_articleId);
    }
    for (const Thread::Entry &e : std::as_const(m_added)) {
        Q_EMIT library()->commentRemoved(e.comment.id, m_articleId);
    }
    for (const Model::Annotation &a : std::as_const(m_anchors)) {
        Q_EMIT library()->annotationRemoved(a.id, m_articleId);
    }
    if (!m_unread.isEmpty()) {
        Q_EMIT library()->unreadChanged(m_articleId);
    }
    return {};
}

} // namespace Glossa
