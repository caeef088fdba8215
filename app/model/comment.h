// SPDX-License-Identifier: GPL-3.0-or-later
// A comment in an article's offline discussion thread; replies nest through parentId.
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace Glossa::Model {

struct Comment {
    QString id;
    QString articleId;
    QString annotationId; // an inline comment on a passage; empty for the article's thread
    QString parentId; // empty for a top-level comment
    QString author;
    QString body; // Markdown
    QDateTime created;
    QDateTime edited; // invalid when never edited
    // The score shown: the sum of `ballots`, plus any votes a library from before per-author votes
    // counted without a voter.
    int votes = 0;
    // Each author's vote (+1 or -1), by author name: one vote per author per comment.
    QMap<QString, int> ballots;
    bool resolved = false;
    // A tombstone: the comment was deleted but its id stays, so replies keep their place and a merge
    // does not bring it back. Its body is empty.
    bool deleted = false;
};

struct Author {
    QString id;
    QString name;
};

} // namespace Glossa::Model
