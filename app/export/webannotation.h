// SPDX-License-Identifier: GPL-3.0-or-later
// The vocabulary Glossa's W3C Web Annotation export and import share: the JSON-LD context, the
// Glossa-namespaced properties that carry what the W3C model has no word for (a private flag, a
// note-only kind), and the style classes that carry a highlight's colour and style. Kept in one
// place so that what one Glossa writes another reads back.
#pragma once

#include <QString>
#include <QUuid>

namespace Glossa::Export::WebAnnotation {

// The W3C context every annotation names.
inline constexpr QStringView AnnoContext = u"http://www.w3.org/ns/anno.jsonld";
// The prefix and namespace of Glossa's own properties ("glossa:private").
inline constexpr QStringView GlossaPrefix = u"glossa";
inline constexpr QStringView GlossaNamespace = u"https://glossa.org/ns#";
inline constexpr QStringView PrivateProperty = u"glossa:private"; // true on a private annotation
// "note", "comment-anchor" (a file of an older Glossa) or "comment"; absent: highlight
inline constexpr QStringView KindProperty = u"glossa:kind";
// A comment of the article's discussion (WebAnnotationExport writes the thread with the annotations).
inline constexpr QStringView CommentKind = u"comment";
// The note on the whole article (Hypothesis's "page note"): its target is the document itself.
inline constexpr QStringView PageNoteKind = u"page-note";
inline constexpr QStringView VotesProperty = u"glossa:votes"; // the comment's score, when not 0
inline constexpr QStringView BallotsProperty = u"glossa:ballots"; // {"NAME": 1 | -1}: each author's vote
inline constexpr QStringView ResolvedProperty = u"glossa:resolved"; // true on a resolved comment
inline constexpr QStringView DeletedProperty = u"glossa:deleted"; // true on a tombstone (no body)
// A link between passages (motivation "linking"; webannotationlinks.cpp): its relation, whether it
// goes from this article ("outgoing") or to it ("incoming"), and "changed" or "dangling" when an end
// no longer holds.
inline constexpr QStringView LinkKind = u"link";
inline constexpr QStringView RelationProperty = u"glossa:relation";
inline constexpr QStringView DirectionProperty = u"glossa:direction";
inline constexpr QStringView StatusProperty = u"glossa:status";
inline constexpr QStringView PassageProperty = u"glossa:passage"; // an inline comment's passage: urn:uuid:ID

// Style classes on the target (a W3C SpecificResource's styleClass, with the CSS in the
// annotation's stylesheet): "glossa-color-NAME" for the palette colour NAME and
// "glossa-style-underline" for an underline (a fill has no class).
inline constexpr QStringView ColorClassPrefix = u"glossa-color-";
inline constexpr QStringView UnderlineClass = u"glossa-style-underline";

inline constexpr QStringView UuidUrnPrefix = u"urn:uuid:";

// The namespace of the name-based UUIDs Glossa derives for annotations whose id is not a UUID
// (another tool's id, a Hypothesis id), so importing the same file twice updates, not duplicates.
inline QUuid idNamespace()
{
    return QUuid(QStringLiteral("6d1c9f0e-4b55-5c3e-9a57-2f0b6f1d7a42"));
}

} // namespace Glossa::Export::WebAnnotation
