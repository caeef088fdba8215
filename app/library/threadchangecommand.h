// SPDX-License-Identifier: GPL-3.0-or-later
// Changes to an article's discussion that add comments and rewrite others whole: merging a thread
// file (Thread::merge decides each comment) and deleting a comment (it becomes a tombstone). One
// transaction and one undo step; undo puts every changed comment back as it was.
#pragma once

#include "librarycommands.h"
#include "thread/threadmerge.h"

namespace Glossa {

class ThreadChangeCommand final : public LibraryCommand
{
public:
    struct Change {
        Thread::Entry before;
        Thread::Entry after;
    };
    // `added`: parents before replies; `anchors`: the passages the added comments are on;
    // `unread`: added comments to mark unread (undo takes the marks away with the comments).
    ThreadChangeCommand(Library *library, const QString &text, QString articleId, QList<Model::Annotation> anchors,
        QList<Thread::Entry> added, QList<Change> changed, QList<QString> unread = {});

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    QString m_articleId;
    QList<Model::Annotation> m_anchors;
    QList<Thread::Entry> m_added;
    QList<Change> m_changed;
    QList<QString> m_unread;
};

} // namespace Glossa
