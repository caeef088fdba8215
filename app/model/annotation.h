// SPDX-License-Identifier: GPL-3.0-or-later
// An annotation on an article: a highlight, a note, or the anchor of an inline comment or of a link.
#pragma once

#include "selector.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Glossa::Model {

// CommentAnchor and LinkAnchor mark a passage only so that something else (an inline comment, a
// link's end) can point at it and follow it through updates; they are not the reader's highlights.
enum class AnnotationKind { Highlight, Note, CommentAnchor, LinkAnchor };
enum class HighlightStyle { Fill, Underline };

// The style's name where it is stored or sent (the store, the reader page, settings, JSON): "fill"
// or "underline"; an unknown name reads as fill.
QString highlightStyleName(HighlightStyle style);
HighlightStyle highlightStyleFromName(QStringView name);

struct Annotation {
    QString id; // UUID without braces, stable across export and merge
    QString articleId;
    QString revisionId; // the revision the selector was captured on (or last re-anchored to)
    AnnotationKind kind = AnnotationKind::Highlight;
    QString color; // a palette name ("important", "agree"…) or a user colour's name
    HighlightStyle style = HighlightStyle::Fill;
    QString note; // Markdown
    QStringList tags;
    bool isPrivate = false; // private notes stay out of exports unless asked
    Selector selector;
    Anchor anchor; // where the selector landed on revisionId's text
    // The passage as it read when it was marked, kept once an updated article has changed it (the
    // selector then describes the new text); empty while the marked text is unchanged. Cleared when
    // the annotation is attached to a passage again by hand.
    QString originalQuote;
    QString author;
    QDateTime created; // UTC
    QDateTime updated; // UTC

    bool isValid() const { return !id.isEmpty(); }
    // Whether the passage reads differently from when it was marked (as far as Glossa knows).
    bool textChanged() const { return anchor.status == AnchorStatus::Fuzzy || !originalQuote.isEmpty(); }
};

// What the lock beside a private annotation says (its tooltip and accessible name), translated.
QString privateLabel();

// Text order, as the Annotations pane and the exports list them: by where each lands in the text
// (start, then end), orphans after every anchored annotation; equal ones keep their given order.
void sortInTextOrder(QList<Annotation> &annotations);

// Whether the reader paints it, the Annotations pane lists it and the exports write it as an
// annotation: highlights and notes. An inline comment's anchor belongs to the discussion thread and
// a link's anchor to the link, which show them on their own terms.
inline bool isReaderAnnotation(const Annotation &a)
{
    return a.kind != AnnotationKind::CommentAnchor && a.kind != AnnotationKind::LinkAnchor;
}

} // namespace Glossa::Model
