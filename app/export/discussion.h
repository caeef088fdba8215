// SPDX-License-Identifier: GPL-3.0-or-later
// The discussion an export carries (Markdown's "Discussion" section, the PDF's appendix, the W3C
// comment annotations): an article's comments, tombstones included, and the passages its inline
// comments are on. Read once from the library; each format lays it out as Thread::build shows it
// (top level oldest first, replies nested, a tombstone kept only where a reply needs it).
#pragma once

#include "model/annotation.h"
#include "model/comment.h"
#include "model/result.h"
#include "thread/thread.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Glossa {
class Library;
}

namespace Glossa::Export {

struct Discussion {
    QList<Model::Comment> comments; // the article's, in any order, tombstones included
    QHash<QString, Model::Annotation> passages; // the annotations inline comments are on, by id

    // Whether there is nothing to show: no comment, or only tombstones.
    bool isEmpty() const;
    // The thread as the exports show it: every comment, top level oldest first.
    QList<Thread::Node> tree() const;
    // The words an inline comment is on (its passage's quote); empty for a comment on the article
    // or one whose passage this library does not have.
    QString quoteOf(const Model::Comment &comment) const;

    // The article's discussion, or an Error when the library cannot be read.
    static Result<Discussion> read(const Library &library, const QString &articleId);
};

// How the exports write a comment's time: ISO 8601 in UTC, to the second ("2026-11-20T09:15:30Z").
QString discussionTime(const QDateTime &time);

} // namespace Glossa::Export
