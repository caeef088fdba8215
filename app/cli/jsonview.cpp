// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonview.h"

#include "links/linkstatus.h"
#include "store/rowcodec.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Glossa::Cli::JsonView {

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(Store::Codec::timestamp(t)) : QJsonValue();
}
QJsonValue optionalId(const QString &id)
{
    return id.isEmpty() ? QJsonValue() : QJsonValue(id);
}
} // namespace

QJsonObject article(const Model::Article &a)
{
    return {
        {u"id"_s, a.id},
        {u"title"_s, a.title},
        {u"byline"_s, a.byline},
        {u"site"_s, a.site},
        {u"language"_s, a.language},
        {u"source"_s, a.source},
        {u"published"_s, a.published},
        {u"note"_s, a.note},
        {u"created"_s, time(a.created)},
        {u"updated"_s, time(a.updated)},
        {u"currentRevision"_s, optionalId(a.currentRevisionId)},
        {u"tags"_s, QJsonArray::fromStringList(a.tags)},
    };
}

QJsonArray marks(const QList<Model::Mark> &marks)
{
    QJsonArray out;
    for (const Model::Mark &m : marks) {
        QJsonObject o {{u"kind"_s, Model::markKindName(m.kind)}, {u"start"_s, m.start}, {u"end"_s, m.end}};
        if (!m.attr.isEmpty()) {
            o.insert(u"attr", m.attr);
        }
        out.append(o);
    }
    return out;
}

QJsonObject revision(const Model::Revision &r)
{
    QJsonArray blocks;
    for (const Model::Block &b : r.blocks()) {
        QJsonObject o {
            {u"type"_s, Model::blockTypeName(b.type)}, {u"start"_s, b.start}, {u"end"_s, b.end}, {u"text"_s, b.text}};
        if (b.level) {
            o.insert(u"level", b.level);
        }
        if (b.ordinal) {
            o.insert(u"ordinal", b.ordinal);
        }
        if (!b.language.isEmpty()) {
            o.insert(u"language", b.language);
        }
        if (!b.marks.isEmpty()) {
            o.insert(u"marks", marks(b.marks));
        }
        blocks.append(o);
    }
    return {
        {u"id"_s, r.id},
        {u"created"_s, time(r.created)},
        {u"contentHash"_s, r.contentHash},
        {u"sourceFormat"_s, r.sourceFormat},
        {u"text"_s, r.canonicalText()},
        {u"blocks"_s, blocks},
    };
}

QJsonObject annotation(const Model::Annotation &a)
{
    QJsonArray selectors;
    if (a.selector.hasPosition()) {
        selectors.append(QJsonObject {
            {u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, a.selector.start}, {u"end"_s, a.selector.end}});
    }
    if (a.selector.hasQuote()) {
        selectors.append(QJsonObject {{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, a.selector.exact},
            {u"prefix"_s, a.selector.prefix}, {u"suffix"_s, a.selector.suffix}});
    }
    return {
        {u"id"_s, a.id},
        {u"revision"_s, a.revisionId},
        {u"kind"_s, Store::Codec::kindName(a.kind)},
        {u"color"_s, a.color},
        {u"style"_s, Model::highlightStyleName(a.style)},
        {u"note"_s, a.note},
        {u"tags"_s, QJsonArray::fromStringList(a.tags)},
        {u"private"_s, a.isPrivate},
        {u"selectors"_s, selectors},
        {u"blockIndex"_s, a.selector.blockIndex},
        {u"anchor"_s,
            QJsonObject {{u"status"_s, Model::anchorStatusName(a.anchor.status)}, {u"start"_s, a.anchor.start},
                {u"end"_s, a.anchor.end}, {u"score"_s, a.anchor.score}, {u"originalQuote"_s, a.originalQuote}}},
        {u"author"_s, a.author},
        {u"created"_s, time(a.created)},
        {u"updated"_s, time(a.updated)},
    };
}

QJsonObject link(const Model::Link &l, bool dangling)
{
    return {
        {u"id"_s, l.id},
        {u"from"_s, QJsonObject {{u"article"_s, l.from.articleId}, {u"annotation"_s, optionalId(l.from.annotationId)}}},
        {u"to"_s, QJsonObject {{u"article"_s, l.to.articleId}, {u"annotation"_s, optionalId(l.to.annotationId)}}},
        {u"relation"_s, l.relation},
        {u"note"_s, l.note},
        {u"created"_s, time(l.created)},
        {u"dangling"_s, dangling},
    };
}

QJsonObject linkView(const Links::LinkView &view)
{
    const auto end = [](const Links::LinkEndState &e) {
        return QJsonObject {
            {u"article"_s, e.end.articleId},
            {u"articleTitle"_s, e.articleExists ? QJsonValue(e.articleTitle) : QJsonValue()},
            {u"annotation"_s, optionalId(e.end.annotationId)},
            {u"quote"_s, e.quote()},
            {u"linkedQuote"_s, e.end.quote},
            {u"status"_s, Links::linkStatusName(e.status)},
        };
    };
    QJsonObject out {
        {u"id"_s, view.link.id},
        {u"relation"_s, view.link.relation},
        {u"note"_s, view.link.note},
        {u"created"_s, time(view.link.created)},
        {u"status"_s, Links::linkStatusName(view.status)},
        {u"from"_s, end(view.from)},
        {u"to"_s, end(view.to)},
    };
    // A link a note's or comment's [[ ]] made: the annotation or comment whose text holds it.
    if (!view.link.sourceId.isEmpty()) {
        out.insert(u"source"_s, view.link.sourceId);
    }
    return out;
}

QJsonObject comment(const Model::Comment &c)
{
    QJsonObject ballots;
    for (auto it = c.ballots.cbegin(); it != c.ballots.cend(); ++it) {
        ballots.insert(it.key(), it.value());
    }
    return {
        {u"id"_s, c.id},
        {u"parent"_s, optionalId(c.parentId)},
        {u"annotation"_s, optionalId(c.annotationId)},
        {u"author"_s, c.author},
        {u"body"_s, c.body},
        {u"created"_s, time(c.created)},
        {u"edited"_s, time(c.edited)},
        {u"votes"_s, c.votes},
        {u"ballots"_s, ballots}, // each author's vote: +1 or -1
        {u"resolved"_s, c.resolved},
        {u"deleted"_s, c.deleted},
    };
}

} // namespace Glossa::Cli::JsonView
