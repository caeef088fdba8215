// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a thread file into an article's discussion: one transaction and one undo step. Thread::
// merge decides each comment; this command stores the new ones (with the passages they are on) and
// the changed ones, and undo puts every changed comment back as it was.
#pragma once

#include "librarycommands.h"
#include "thread/threadmerge.h"

namespace Glossa {

class MergeThreadCommand final : public LibraryCommand
{
public:
    struct Change {
        Thread::Entry before;
        Thread::Entry after;
    };
    // `added`: parents before replies; `anchors`: the passages the added comments are on.
    MergeThreadCommand(Library *library, QString articleId, QList<Model::Annotation> anchors,
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
