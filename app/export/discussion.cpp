// SPDX-License-Identifier: GPL-3.0-or-later
#include "discussion.h"

#include "library/library.h"

#include <QSet>

#include <algorithm>

namespace Glossa::Export {

bool Discussion::isEmpty() const
{
    return std::none_of(comments.cbegin(), comments.cend(), [](const Model::Comment &c) { return !c.deleted; });
}

QList<Thread::Node> Discussion::tree() const
{
    return Thread::build(comments, Thread::Sort::Oldest, Thread::Filter::All);
}

QString Discussion::quoteOf(const Model::Comment &comment) const
{
    if (comment.annotationId.isEmpty()) {
        return {};
    }
    const auto it = passages.constFind(comment.annotationId);
    if (it == passages.cend()) {
        return {};
    }
    return it->originalQuote.isEmpty() || it->anchor.isAnchored() ? it->selector.exact : it->originalQuote;
}

Result<Discussion> Discussion::read(const Library &library, const QString &articleId)
{
    const auto comments = library.readComments(articleId);
    if (!comments) {
        return comments.error();
    }
    Discussion d;
    d.comments = *comments;
    if (d.comments.isEmpty()) {
        return d;
    }
    const auto annotations = library.readAnnotations(articleId);
    if (!annotations) {
        return annotations.error();
    }
    QSet<QString> onPassages;
    for (const Model::Comment &c : std::as_const(d.comments)) {
        if (!c.annotationId.isEmpty()) {
            onPassages.insert(c.annotationId);
        }
    }
    for (const Model::Annotation &a : *annotations) {
        if (onPassages.contains(a.id)) {
            d.passages.insert(a.id, a);
        }
    }
    return d;
}

QString discussionTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace Glossa::Export
