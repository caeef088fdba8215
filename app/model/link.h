// SPDX-License-Identifier: GPL-3.0-or-later
// A typed link between two passages (or whole articles): "this supports that".
#pragma once

#include <QDateTime>
#include <QString>

namespace Glossa::Model {

struct LinkEnd {
    QString articleId;
    QString annotationId; // empty: the whole article
    // What the passage said when it was linked, kept on the link so that a dangling end can still
    // say what it was after its annotation is deleted; empty for a whole article.
    QString quote;

    friend bool operator==(const LinkEnd &, const LinkEnd &) = default;
};

struct Link {
    QString id;
    LinkEnd from;
    LinkEnd to;
    // "supports", "contradicts", "elaborates", "cites", "same-topic", or free text.
    QString relation;
    QString note;
    QDateTime created;
    // The annotation (its note) or comment (its body) whose `[[Title]]` made this link (relation
    // "mentions"), which adds and removes it with that text; empty for a link made by hand.
    QString sourceId;
};

} // namespace Glossa::Model
