// SPDX-License-Identifier: GPL-3.0-or-later
// A comment in an article's offline discussion thread; replies nest through parentId.
#pragma once

#include <QDateTime>
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
    int votes = 0;
    bool resolved = false;
};

struct Author {
    QString id;
    QString name;
};

} // namespace Glossa::Model
