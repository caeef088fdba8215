// SPDX-License-Identifier: GPL-3.0-or-later
// The links in the W3C export: each link of the article (outgoing or a backlink) is an Annotation with
// the motivation "linking". Its target is this article's passage (a SpecificResource with the
// selectors the highlights get) and its body the other passage: a SpecificResource whose source names
// the other article as the export names articles (WebAnnotationExport::sourceOf) with a
// TextQuoteSelector and a TextPositionSelector over that article's current text, in code points. A
// whole-article end has no selector; an end whose passage is gone keeps the quote it was linked
// with. The note is a TextualBody (purpose "commenting"). Glossa's namespace says what the W3C model
// has no word for: glossa:kind "link", glossa:relation, glossa:direction ("outgoing" when the link
// goes from this article, "incoming" for a backlink) and glossa:status when an end no longer holds.
#include "codepoints.h"
#include "webannotation.h"
#include "webannotationexport.h"
#include "webannotationexport_p.h"

namespace Glossa::Export {

namespace WA = WebAnnotation;

namespace {

// An end as a SpecificResource: `revision` is its article's current text, when the library has it.
QJsonObject endResource(const QString &source, const Links::LinkEndState &end,
    const std::optional<Model::Revision> &revision, const CodePoints *codePoints)
{
    QJsonObject o {
        {QStringLiteral("type"), QStringLiteral("SpecificResource")},
        {QStringLiteral("source"), source},
    };
    if (end.isWholeArticle()) {
        return o;
    }
    QJsonArray selectors;
    if (end.annotation && revision && codePoints) {
        selectors = WebAnnotationPrivate::selectors(*revision, *end.annotation, *codePoints);
    }
    if (selectors.isEmpty() && !end.quote().isEmpty()) {
        selectors.append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
            {QStringLiteral("exact"), end.quote()},
        });
    }
    if (!selectors.isEmpty()) {
        o.insert(QStringLiteral("selector"), selectors.size() == 1 ? selectors.first() : QJsonValue(selectors));
    }
    return o;
}

QString otherSource(const ExportLink &link)
{
    if (link.otherArticle) {
        return WebAnnotationExport::sourceOf(*link.otherArticle);
    }
    return WA::UuidUrnPrefix.toString() + link.other().end.articleId;
}

} // namespace

QJsonArray WebAnnotationPrivate::links(const Model::Article &article, const Model::Revision &revision,
    const ExportLinks &links, const CodePoints &codePoints)
{
    QJsonArray items;
    for (const ExportLink &link : links.links) {
        const Model::Link &l = link.view.link;
        QJsonObject o {
            {QStringLiteral("@context"), context()},
            {QStringLiteral("id"), QString(WA::UuidUrnPrefix.toString() + l.id)},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), QStringLiteral("linking")},
            {WA::KindProperty.toString(), WA::LinkKind.toString()},
            {WA::RelationProperty.toString(), l.relation},
            {WA::DirectionProperty.toString(), link.outgoing ? QStringLiteral("outgoing") : QStringLiteral("incoming")},
        };
        if (l.created.isValid()) {
            o.insert(QStringLiteral("created"), timestamp(l.created));
        }
        if (link.view.status != Links::LinkStatus::Ok) {
            o.insert(WA::StatusProperty.toString(), Links::linkStatusName(link.view.status));
        }
        const std::optional<CodePoints> otherCodePoints = link.otherRevision
            ? std::optional<CodePoints>(CodePoints(link.otherRevision->canonicalText()))
            : std::nullopt;
        QJsonArray bodies {endResource(
            otherSource(link), link.other(), link.otherRevision, otherCodePoints ? &*otherCodePoints : nullptr)};
        if (!l.note.isEmpty()) {
            bodies.append(QJsonObject {
                {QStringLiteral("type"), QStringLiteral("TextualBody")},
                {QStringLiteral("purpose"), QStringLiteral("commenting")},
                {QStringLiteral("value"), l.note},
                {QStringLiteral("format"), QStringLiteral("text/markdown")},
            });
        }
        o.insert(QStringLiteral("body"), bodies.size() == 1 ? bodies.first() : QJsonValue(bodies));
        o.insert(QStringLiteral("target"),
            endResource(WebAnnotationExport::sourceOf(article), link.here(), revision, &codePoints));
        items.append(o);
    }
    return items;
}

} // namespace Glossa::Export
