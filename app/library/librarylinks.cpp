// SPDX-License-Identifier: GPL-3.0-or-later
// Links between passages and articles: adding, removing and re-targeting one, each with the
// LinkAnchor annotations of its passage ends, in one transaction and one undo step.
#include "library.h"
#include "library_p.h"
#include "linkchangecommand.h"
#include "links/linkrelation.h"
#include "store/linkrepository.h"
#include "store/rowcodec.h"

namespace Glossa {

using namespace LibraryPrivate;

using Store::Status;

namespace {

// Whether two ends are one thing: the same annotation, the same article whole, or two new
// passages over the same words.
bool sameEnd(const Model::LinkEnd &a, const Model::LinkEnd &b, const QList<Model::Annotation> &anchors)
{
    if (a.articleId != b.articleId) {
        return false;
    }
    if (a.annotationId.isEmpty() || b.annotationId.isEmpty()) {
        return a.annotationId == b.annotationId;
    }
    if (a.annotationId == b.annotationId) {
        return true;
    }
    const auto anchorOf = [&](const QString &id) {
        for (const Model::Annotation &x : anchors) {
            if (x.id == id) {
                return &x;
            }
        }
        return static_cast<const Model::Annotation *>(nullptr);
    };
    const Model::Annotation *x = anchorOf(a.annotationId);
    const Model::Annotation *y = anchorOf(b.annotationId);
    return x && y && x->anchor.start == y->anchor.start && x->anchor.end == y->anchor.end;
}

} // namespace

Store::Result<Model::LinkEnd> Library::linkEnd(const LinkTarget &target, QList<Model::Annotation> &anchors) const
{
    if (!target.annotationId.isEmpty()) {
        const auto a
            = existing(readAnnotation(target.annotationId), tr("There is no annotation %1.").arg(target.annotationId));
        if (!a) {
            return a.error();
        }
        if (!target.articleId.isEmpty() && a->articleId != target.articleId) {
            return refusal(tr("Annotation %1 is on another article.").arg(target.annotationId));
        }
        return Model::LinkEnd {a->articleId, a->id, a->selector.exact};
    }
    const auto article = existing(readArticle(target.articleId), tr("There is no article %1.").arg(target.articleId));
    if (!article) {
        return article.error();
    }
    if (!target.passage) {
        return Model::LinkEnd {article->id, {}, {}};
    }
    Model::Annotation passage = *target.passage;
    if (passage.selector.exact.trimmed().isEmpty() || passage.revisionId.isEmpty()) {
        return refusal(tr("A passage to link needs some of the article's words."));
    }
    passage.id = Store::Codec::newId();
    passage.articleId = article->id;
    passage.kind = Model::AnnotationKind::LinkAnchor;
    passage.created = passage.updated = QDateTime::currentDateTimeUtc();
    if (passage.author.isEmpty()) {
        passage.author = localAuthorName();
    }
    anchors.append(passage);
    return Model::LinkEnd {article->id, passage.id, passage.selector.exact};
}

Store::Result<QString> Library::addLink(
    const LinkTarget &from, const LinkTarget &to, const QString &relation, const QString &note)
{
    return addLink(Model::Link {{}, {}, {}, relation, note, {}}, from, to);
}

Store::Result<QString> Library::addLink(Model::Link link)
{
    const LinkTarget from {link.from.articleId, link.from.annotationId, {}};
    const LinkTarget to {link.to.articleId, link.to.annotationId, {}};
    return addLink(std::move(link), from, to);
}

Store::Result<QString> Library::addLink(Model::Link link, const LinkTarget &from, const LinkTarget &to)
{
    if (!m_store) {
        return refusal(notOpen());
    }
    const auto relation = Links::LinkRelation::normalized(link.relation);
    if (!relation) {
        return refusal(relation.error());
    }
    QList<Model::Annotation> anchors;
    const auto fromEnd = linkEnd(from, anchors);
    if (!fromEnd) {
        return fromEnd.error();
    }
    const auto toEnd = linkEnd(to, anchors);
    if (!toEnd) {
        return toEnd.error();
    }
    if (sameEnd(*fromEnd, *toEnd, anchors)) {
        return refusal(tr("A link joins two different passages or articles; both ends are the same."));
    }
    if (link.id.isEmpty()) {
        link.id = Store::Codec::newId();
    }
    if (!link.created.isValid()) {
        link.created = QDateTime::currentDateTimeUtc();
    }
    link.from = *fromEnd;
    link.to = *toEnd;
    link.relation = *relation;
    const QString id = link.id;
    if (Status s = push(new LinkChangeCommand(this, tr("Add link"), std::nullopt, std::move(link), anchors, {})); !s) {
        return s.error();
    }
    return id;
}

Store::Result<QList<Model::Annotation>> Library::anchorsOnlyUsedBy(const Model::Link &link, const QString &keep) const
{
    QList<Model::Annotation> out;
    for (const Model::LinkEnd &end : {link.from, link.to}) {
        if (end.annotationId.isEmpty() || end.annotationId == keep) {
            continue;
        }
        const auto a = readAnnotation(end.annotationId);
        if (!a) {
            return refusal(a.error());
        }
        if (!*a || (*a)->kind != Model::AnnotationKind::LinkAnchor) {
            continue;
        }
        const auto users = read(Store::LinkRepository(m_store->db()).countUsing(end.annotationId));
        if (!users) {
            return refusal(users.error());
        }
        if (*users <= 1) {
            out.append(**a);
        }
    }
    return out;
}

Status Library::removeLink(const QString &linkId)
{
    if (!m_store) {
        return refusal(notOpen());
    }
    const auto link
        = existing(read(Store::LinkRepository(m_store->db()).find(linkId)), tr("There is no link %1.").arg(linkId));
    if (!link) {
        return link.status();
    }
    const auto anchors = anchorsOnlyUsedBy(*link);
    if (!anchors) {
        return anchors.status();
    }
    return push(new LinkChangeCommand(this, tr("Remove link"), *link, std::nullopt, {}, *anchors));
}

Status Library::retargetLink(const QString &linkId, LinkSide side, const LinkTarget &end)
{
    if (!m_store) {
        return refusal(notOpen());
    }
    const auto before
        = existing(read(Store::LinkRepository(m_store->db()).find(linkId)), tr("There is no link %1.").arg(linkId));
    if (!before) {
        return before.status();
    }
    QList<Model::Annotation> added;
    const auto newEnd = linkEnd(end, added);
    if (!newEnd) {
        return newEnd.status();
    }
    Model::Link after = *before;
    Model::LinkEnd &changed = side == LinkSide::From ? after.from : after.to;
    const Model::LinkEnd &other = side == LinkSide::From ? after.to : after.from;
    if (changed.articleId == newEnd->articleId && changed.annotationId == newEnd->annotationId) {
        return {};
    }
    if (sameEnd(*newEnd, other, added)) {
        return refusal(tr("A link joins two different passages or articles; both ends are the same."));
    }
    changed = *newEnd;
    // Only the end that changes may lose its anchor; the other end keeps its own.
    Model::Link oldEndOnly = *before;
    (side == LinkSide::From ? oldEndOnly.to : oldEndOnly.from) = Model::LinkEnd {};
    const auto removed = anchorsOnlyUsedBy(oldEndOnly);
    if (!removed) {
        return removed.status();
    }
    return push(new LinkChangeCommand(this, tr("Re-target link"), *before, std::move(after), added, *removed));
}

} // namespace Glossa
