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
    // `added`: parents before replies; `anchors`: the passages the added comments are on.
    ThreadChangeCommand(Library *library, const QString &text, QString articleId, QList<Model::Annotation> anchors,
        QList<Thread::Entry> added, QList<Change> changed);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    QString m_articleId;
    QList<Model::Annotation> m_anchors;
    QList<Thread::Entry> m_added;
    QList<Change> m_changed;
};

} // namespace Glossa
