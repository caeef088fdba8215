// SPDX-License-Identifier: GPL-3.0-or-later
// The discussion in the W3C export: each comment is an Annotation. A comment on the article targets
// it (a SpecificResource whose source is the article, as the highlights' targets name it), an inline
// comment targets its passage (the same with its selectors), and a reply has the motivation
// "replying" and targets the IRI of the comment it answers. What the W3C model has no word for goes
// in Glossa's namespace: glossa:kind "comment", glossa:votes and glossa:ballots, glossa:resolved,
// glossa:passage (the IRI of an inline comment's passage, so a re-import keeps it), glossa:deleted (a
// tombstone a reply needs: no body, so an older copy does not bring its words back).
#include "codepoints.h"
#include "webannotation.h"
#include "webannotationexport.h"
#include "webannotationexport_p.h"

namespace Glossa::Export {

namespace WA = WebAnnotation;

namespace {

QString iri(const QString &id)
{
    return WA::UuidUrnPrefix.toString() + id;
}

QJsonObject commentObject(const Model::Article &article, const Model::Revision &revision, const Model::Comment &c,
    const Discussion &discussion, const CodePoints &codePoints)
{
    const bool reply = !c.parentId.isEmpty();
    const QString motivation = reply ? QStringLiteral("replying") : QStringLiteral("commenting");
    QJsonObject o {
        {QStringLiteral("@context"), WebAnnotationPrivate::context()},
        {QStringLiteral("id"), iri(c.id)},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), motivation},
        {WA::KindProperty.toString(), WA::CommentKind.toString()},
    };
    if (c.created.isValid()) {
        o.insert(QStringLiteral("created"), WebAnnotationPrivate::timestamp(c.created));
    }
    if (c.edited.isValid()) {
        o.insert(QStringLiteral("modified"), WebAnnotationPrivate::timestamp(c.edited));
    }
    if (!c.author.isEmpty()) {
        o.insert(QStringLiteral("creator"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), c.author}});
    }
    if (!c.deleted && !c.body.isEmpty()) {
        o.insert(QStringLiteral("body"),
            QJsonObject {
                {QStringLiteral("type"), QStringLiteral("TextualBody")},
                {QStringLiteral("purpose"), motivation},
                {QStringLiteral("value"), c.body},
                {QStringLiteral("format"), QStringLiteral("text/markdown")},
            });
    }
    if (reply) {
        o.insert(QStringLiteral("target"), iri(c.parentId));
    } else {
        QJsonObject target {
            {QStringLiteral("type"), QStringLiteral("SpecificResource")},
            {QStringLiteral("source"), WebAnnotationExport::sourceOf(article)},
        };
        const auto passage = discussion.passages.constFind(c.annotationId);
        if (!c.annotationId.isEmpty() && passage != discussion.passages.cend()) {
            const QJsonArray selectors = WebAnnotationPrivate::selectors(revision, *passage, codePoints);
            if (!selectors.isEmpty()) {
                target.insert(QStringLiteral("selector"), selectors.size() == 1 ? selectors.first() : selectors);
            }
            o.insert(WA::PassageProperty.toString(), iri(c.annotationId));
        }
        o.insert(QStringLiteral("target"), target);
    }
    if (c.votes != 0) {
        o.insert(WA::VotesProperty.toString(), c.votes);
    }
    if (!c.ballots.isEmpty()) {
        QJsonObject ballots;
        for (auto it = c.ballots.cbegin(); it != c.ballots.cend(); ++it) {
            ballots.insert(it.key(), it.value());
        }
        o.insert(WA::BallotsProperty.toString(), ballots);
    }
    if (c.resolved) {
        o.insert(WA::ResolvedProperty.toString(), true);
    }
    if (c.deleted) {
        o.insert(WA::DeletedProperty.toString(), true);
    }
    return o;
}

void append(QJsonArray &items, const QList<Thread::Node> &nodes, const Model::Article &article,
    const Model::Revision &revision, const Discussion &discussion, const CodePoints &codePoints)
{
    for (const Thread::Node &n : nodes) {
        items.append(commentObject(article, revision, n.comment, discussion, codePoints));
        append(items, n.replies, article, revision, discussion, codePoints);
    }
}

} // namespace

QJsonArray WebAnnotationPrivate::comments(const Model::Article &article, const Model::Revision &revision,
    const Discussion &discussion, const CodePoints &codePoints)
{
    QJsonArray items;
    if (!discussion.isEmpty()) {
        append(items, discussion.tree(), article, revision, discussion, codePoints);
    }
    return items;
}

} // namespace Glossa::Export
