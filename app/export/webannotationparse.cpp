// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepoints.h"
#include "model/textoffset.h"
#include "webannotation.h"
#include "webannotationparse_p.h"

#include <QJsonArray>
#include <QUuid>

namespace Glossa::Export {

namespace WA = WebAnnotation;

namespace {

// A sentence about a value of the wrong kind, naming the item and the property.
Error wrongType(const QString &where, const QString &property, const QString &expected)
{
    return Error {
        .message = WebAnnotationParse::tr("The file is not a valid annotation file: %1 has something other than %2 "
                                          "as its \"%3\".")
            .arg(where, expected, property)};
}

Error broken(const QString &where, const QString &what)
{
    return Error {
        .message = WebAnnotationParse::tr("The file is not a valid annotation file: %1 %2.").arg(where, what)};
}

// A property that must be text when present (absent and null read as empty).
Result<QString> text(const QJsonObject &o, QStringView key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        return QString();
    }
    if (!v.isString()) {
        return wrongType(where, key.toString(), WebAnnotationParse::tr("text"));
    }
    return v.toString();
}

// Text or a list of texts ("type", "motivation", "purpose", "styleClass").
Result<QStringList> texts(const QJsonObject &o, QStringView key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        return QStringList();
    }
    if (v.isString()) {
        return QStringList {v.toString()};
    }
    if (!v.isArray()) {
        return wrongType(where, key.toString(), WebAnnotationParse::tr("text or a list of texts"));
    }
    QStringList out;
    for (const auto &e : v.toArray()) {
        if (!e.isString()) {
            return wrongType(where, key.toString(), WebAnnotationParse::tr("text or a list of texts"));
        }
        out << e.toString();
    }
    return out;
}

Result<QDateTime> dateTime(const QJsonObject &o, QStringView key, const QString &where)
{
    const auto s = text(o, key, where);
    if (!s || s->isEmpty()) {
        return s ? Result<QDateTime>(QDateTime()) : Result<QDateTime>(s.error());
    }
    QDateTime t = QDateTime::fromString(*s, Qt::ISODateWithMs);
    if (!t.isValid()) {
        return broken(
            where, WebAnnotationParse::tr("has \"%1\" as its \"%2\", which is not a date and time").arg(*s, key));
    }
    return t.toUTC();
}

// Glossa's id for an item's id: the UUID of urn:uuid:UUID, or a UUID derived from any other id, the
// same each time, so that importing a file again updates what the first import stored.
QString glossaId(const QString &id)
{
    if (id.isEmpty()) {
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (id.startsWith(WA::UuidUrnPrefix, Qt::CaseInsensitive)) {
        const QUuid uuid = QUuid::fromString(QStringView(id).mid(WA::UuidUrnPrefix.size()));
        if (!uuid.isNull()) {
            return uuid.toString(QUuid::WithoutBraces);
        }
    }
    return QUuid::createUuidV5(WA::idNamespace(), id).toString(QUuid::WithoutBraces);
}

// A non-negative whole number ("start", "end").
Result<qsizetype> offset(const QJsonObject &o, QStringView key, const QString &where)
{
    const QJsonValue v = o.value(key);
    const auto offset = v.isDouble() ? Model::textOffset(v.toDouble()) : std::nullopt;
    if (!offset || double(*offset) != v.toDouble()) {
        return wrongType(where, key.toString(), WebAnnotationParse::tr("a whole number of characters"));
    }
    return *offset;
}

// Reads the TextQuoteSelector and TextPositionSelector among `selectors` into `s` (positions as
// given). Returns whether a position was given.
Result<bool> readSelectors(const QJsonValue &value, const QString &where, Model::Selector &s)
{
    QJsonArray list;
    if (value.isArray()) {
        list = value.toArray();
    } else if (value.isObject()) {
        list.append(value);
    } else if (!value.isUndefined() && !value.isNull() && !value.isString()) {
        return wrongType(
            where, QStringLiteral("selector"), WebAnnotationParse::tr("a selector or a list of selectors"));
    }
    bool position = false;
    for (const auto &v : std::as_const(list)) {
        if (v.isString()) {
            continue; // a selector named by IRI: nothing Glossa can read
        }
        if (!v.isObject()) {
            return wrongType(where, QStringLiteral("selector"), WebAnnotationParse::tr("a selector"));
        }
        const QJsonObject o = v.toObject();
        const auto type = texts(o, u"type", where);
        if (!type) {
            return type.error();
        }
        if (type->contains(QStringLiteral("TextQuoteSelector"))) {
            const auto exact = text(o, u"exact", where);
            const auto prefix = text(o, u"prefix", where);
            const auto suffix = text(o, u"suffix", where);
            for (const auto *r : {&exact, &prefix, &suffix}) {
                if (!*r) {
                    return r->error();
                }
            }
            s.exact = *exact;
            s.prefix = *prefix;
            s.suffix = *suffix;
        } else if (type->contains(QStringLiteral("TextPositionSelector"))) {
            const auto start = offset(o, u"start", where);
            const auto end = offset(o, u"end", where);
            if (!start || !end) {
                return start ? end.error() : start.error();
            }
            if (*end < *start) {
                return broken(where,
                    WebAnnotationParse::tr("has a TextPositionSelector that ends (%1) before it starts (%2)")
                        .arg(*end)
                        .arg(*start));
            }
            s.start = *start;
            s.end = *end;
            position = true;
        }
    }
    return position;
}

// A position-only selector quotes the text it covers, so it anchors there exactly.
void quotePosition(Model::Selector &s, const QString &text)
{
    if (!s.hasQuote() && s.hasPosition() && s.end > s.start) {
        s.exact = text.mid(s.start, s.end - s.start);
    }
}

// The note and tags of W3C bodies: TextualBodies whose purpose is tagging (or any, when the
// annotation's motivation is tagging) are tags; the others make the note.
Status readBodies(const QJsonObject &item, const QString &where, bool tagging, ParsedItem &p)
{
    const auto bodyValue = text(item, u"bodyValue", where);
    if (!bodyValue) {
        return bodyValue.error();
    }
    QStringList notes;
    if (!bodyValue->isEmpty()) {
        notes << *bodyValue;
    }
    const QJsonValue body = item.value(u"body");
    QJsonArray bodies = body.isArray() ? body.toArray() : QJsonArray {body};
    for (const auto &b : std::as_const(bodies)) {
        if (b.isUndefined() || b.isNull() || b.isString()) {
            continue; // absent, or a resource elsewhere
        }
        if (!b.isObject()) {
            return wrongType(where, QStringLiteral("body"), WebAnnotationParse::tr("a body or a list of bodies"));
        }
        const QJsonObject o = b.toObject();
        const auto value = text(o, u"value", where);
        const auto purpose = texts(o, u"purpose", where);
        if (!value || !purpose) {
            return value ? purpose.error() : value.error();
        }
        if (value->isEmpty()) {
            continue;
        }
        if (purpose->contains(QStringLiteral("tagging")) || (purpose->isEmpty() && tagging)) {
            p.tags << *value;
        } else {
            notes << *value;
        }
    }
    p.note = notes.join(u"\n\n");
    return {};
}

Result<QString> creatorName(const QJsonValue &creator, const QString &where)
{
    const QJsonArray list = creator.isArray() ? creator.toArray() : QJsonArray {creator};
    const QJsonValue c = list.isEmpty() ? QJsonValue() : list.first();
    if (c.isUndefined() || c.isNull()) {
        return QString();
    }
    if (c.isString()) {
        return c.toString();
    }
    if (!c.isObject()) {
        return wrongType(where, QStringLiteral("creator"), WebAnnotationParse::tr("a person or a name"));
    }
    const auto name = text(c.toObject(), u"name", where);
    const auto nickname = text(c.toObject(), u"nickname", where);
    if (!name || !nickname) {
        return name ? nickname.error() : name.error();
    }
    return name->isEmpty() ? *nickname : *name;
}

// A comment's own fields (see ParsedComment). A reply's parent is its target: an IRI, or a resource's
// id or source.
Result<ParsedComment> readComment(const QJsonObject &item, const QString &where, bool reply)
{
    ParsedComment c;
    if (reply) {
        const QJsonValue targetValue = item.value(u"target");
        const QJsonValue first = targetValue.isArray() ? targetValue.toArray().at(0) : targetValue;
        QString parent = first.toString();
        if (first.isObject()) {
            parent = first.toObject().value(u"id").toString(first.toObject().value(u"source").toString());
        }
        if (parent.isEmpty()) {
            return broken(where, WebAnnotationParse::tr("is a reply that does not name the comment it answers"));
        }
        c.parentId = glossaId(parent);
    }
    const auto passage = text(item, WA::PassageProperty, where);
    if (!passage) {
        return passage.error();
    }
    c.passageId = passage->isEmpty() ? QString() : glossaId(*passage);
    const QJsonValue votes = item.value(WA::VotesProperty);
    if (!votes.isUndefined()) {
        if (!votes.isDouble() || votes.toDouble() != double(votes.toInt())) {
            return wrongType(where, WA::VotesProperty.toString(), WebAnnotationParse::tr("a whole number"));
        }
        c.votes = votes.toInt();
    }
    const QJsonValue ballots = item.value(WA::BallotsProperty);
    if (!ballots.isUndefined()) {
        if (!ballots.isObject()) {
            return wrongType(where, WA::BallotsProperty.toString(), WebAnnotationParse::tr("votes by name"));
        }
        const QJsonObject o = ballots.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const int vote = it.value().toInt();
            if (!it.value().isDouble() || (vote != 1 && vote != -1) || it.key().isEmpty()) {
                return wrongType(
                    where, WA::BallotsProperty.toString(), WebAnnotationParse::tr("votes of 1 or -1 by name"));
            }
            c.ballots.insert(it.key(), vote);
        }
    }
    for (const auto &[key, into] : {std::pair {WA::ResolvedProperty, &c.resolved}, {WA::DeletedProperty, &c.deleted}}) {
        const QJsonValue flag = item.value(key);
        if (!flag.isUndefined()) {
            if (!flag.isBool()) {
                return wrongType(where, key.toString(), WebAnnotationParse::tr("true or false"));
            }
            *into = flag.toBool();
        }
    }
    return c;
}

} // namespace

Result<ParsedItem> WebAnnotationParse::w3c(
    const QJsonObject &item, const QString &where, const QString &textNow, const CodePoints &codePoints)
{
    ParsedItem p;
    const auto id = text(item, u"id", where);
    const auto motivation = texts(item, u"motivation", where);
    const auto created = dateTime(item, u"created", where);
    const auto modified = dateTime(item, u"modified", where);
    const auto author = creatorName(item.value(u"creator"), where);
    if (!id || !motivation || !created || !modified || !author) {
        for (const Status &s :
            {id.status(), motivation.status(), created.status(), modified.status(), author.status()}) {
            if (!s) {
                return s.error();
            }
        }
    }
    p.id = glossaId(*id);
    p.created = *created;
    p.updated = *modified;
    p.author = *author;
    if (Status s = readBodies(item, where, motivation->contains(QStringLiteral("tagging")), p); !s) {
        return s.error();
    }
    const QJsonValue privateFlag = item.value(WA::PrivateProperty);
    if (!privateFlag.isUndefined()) {
        if (!privateFlag.isBool()) {
            return wrongType(where, WA::PrivateProperty.toString(), tr("true or false"));
        }
        p.isPrivate = privateFlag.toBool();
    }
    const auto kind = text(item, WA::KindProperty, where);
    if (!kind) {
        return kind.error();
    }
    if (*kind == u"note") {
        p.kind = Model::AnnotationKind::Note;
    } else if (*kind == u"comment-anchor") {
        p.kind = Model::AnnotationKind::CommentAnchor;
    }
    if (*kind == WA::PageNoteKind) {
        p.rejected = tr("it is the note on the whole article, which is not imported as an annotation");
        return p;
    }
    // A link between passages names two articles; it is not a highlight of this one.
    if (motivation->contains(QStringLiteral("linking")) || *kind == WA::LinkKind) {
        p.rejected = tr("it is a link between passages (motivation \"linking\"); links are not imported");
        return p;
    }
    const bool reply = motivation->contains(QStringLiteral("replying"));
    if (reply || *kind == WA::CommentKind) {
        auto comment = readComment(item, where, reply);
        if (!comment) {
            return comment.error();
        }
        p.comment = std::move(*comment);
        if (reply) {
            return p; // its target is the comment it answers, not a passage
        }
    }

    // The first target that is a resource with selectors (a bare IRI targets a whole document).
    const QJsonValue targetValue = item.value(u"target");
    const QJsonArray targets = targetValue.isArray() ? targetValue.toArray() : QJsonArray {targetValue};
    bool found = false;
    for (const auto &t : targets) {
        if (t.isUndefined() || t.isNull() || t.isString()) {
            continue;
        }
        if (!t.isObject()) {
            return wrongType(where, QStringLiteral("target"), tr("a target or a list of targets"));
        }
        const QJsonObject o = t.toObject();
        if (const auto source = text(o, u"source", where); !source) {
            return source.error();
        }
        Model::Selector s;
        const auto position = readSelectors(o.value(u"selector"), where, s);
        if (!position) {
            return position.error();
        }
        if (!s.hasQuote() && !s.hasPosition()) {
            continue;
        }
        // A position past the end with a quote was taken on a longer version of the text: the quote
        // finds the passage. Without one, the selector points at nothing there is.
        if (s.hasPosition() && s.end > codePoints.length() && s.hasQuote()) {
            s.start = s.end = -1;
        }
        if (s.hasPosition()) {
            if (s.end > codePoints.length()) {
                return broken(where,
                    tr("points at characters %1 to %2, outside the article's text (%3 characters)")
                        .arg(s.start)
                        .arg(s.end)
                        .arg(codePoints.length()));
            }
            s.start = codePoints.toUtf16(s.start);
            s.end = codePoints.toUtf16(s.end);
        }
        quotePosition(s, textNow);
        const auto classes = texts(o, u"styleClass", where);
        if (!classes) {
            return classes.error();
        }
        for (const QString &c : *classes) {
            if (c.startsWith(WA::ColorClassPrefix) && c.size() > WA::ColorClassPrefix.size()) {
                p.color = c.mid(WA::ColorClassPrefix.size());
                p.style = classes->contains(WA::UnderlineClass.toString()) ? Model::HighlightStyle::Underline
                                                                           : Model::HighlightStyle::Fill;
            }
        }
        p.selector = s;
        found = true;
        break;
    }
    if (!found && !p.comment) {
        p.rejected = tr("it has no text selector (TextQuoteSelector or TextPositionSelector), so it points at no "
                        "passage of a text");
    }
    return p;
}

Result<ParsedItem> WebAnnotationParse::hypothesis(const QJsonObject &row, const QString &where, const QString &textNow)
{
    ParsedItem p;
    const auto id = text(row, u"id", where);
    const auto note = text(row, u"text", where);
    const auto tags = texts(row, u"tags", where);
    const auto created = dateTime(row, u"created", where);
    const auto updated = dateTime(row, u"updated", where);
    const auto user = text(row, u"user", where);
    const auto displayName = text(row.value(u"user_info").toObject(), u"display_name", where);
    for (const Status &s : {id.status(), note.status(), tags.status(), created.status(), updated.status(),
             user.status(), displayName.status()}) {
        if (!s) {
            return s.error();
        }
    }
    p.id = glossaId(*id);
    p.note = *note;
    p.tags = *tags;
    p.created = *created;
    p.updated = *updated;
    // "acct:alice@hypothes.is" is Alice's account; her display name, when shared, reads better.
    QString account = *user;
    if (account.startsWith(u"acct:")) {
        account = account.mid(5).section(u'@', 0, 0);
    }
    p.author = displayName->isEmpty() ? account : *displayName;
    // Only the author may read a private Hypothesis annotation; a group's members read a shared one.
    const QJsonArray readers = row.value(u"permissions").toObject().value(u"read").toArray();
    if (!readers.isEmpty()) {
        bool shared = false;
        for (const auto &r : readers) {
            shared = shared || r.toString().startsWith(u"group:");
        }
        p.isPrivate = !shared;
    }

    const QJsonValue targetValue = row.value(u"target");
    if (!targetValue.isUndefined() && !targetValue.isArray()) {
        return wrongType(where, QStringLiteral("target"), tr("a list of targets"));
    }
    for (const auto &t : targetValue.toArray()) {
        if (!t.isObject()) {
            return wrongType(where, QStringLiteral("target"), tr("a list of targets"));
        }
        Model::Selector s;
        const auto position = readSelectors(t.toObject().value(u"selector"), where, s);
        if (!position) {
            return position.error();
        }
        if (s.hasPosition() && s.end > textNow.size()) {
            s.start = s.end = -1;
        }
        if (s.hasQuote()) {
            p.selector = s;
            return p;
        }
    }
    p.rejected = tr("it is a page note: it quotes no passage of the text");
    return p;
}

} // namespace Glossa::Export
