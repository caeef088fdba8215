// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotationexport.h"

#include "codepoints.h"
#include "ingest/language.h"
#include "library/library.h"
#include "webannotation.h"
#include "webannotationexport_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace Glossa::Export {

namespace WA = WebAnnotation;

namespace {

using WebAnnotationPrivate::context;
using WebAnnotationPrivate::timestamp;

QString motivation(const Model::Annotation &a)
{
    if (a.kind == Model::AnnotationKind::Note || !a.note.isEmpty()) {
        return QStringLiteral("commenting");
    }
    if (!a.tags.isEmpty()) {
        return QStringLiteral("tagging");
    }
    return QStringLiteral("highlighting");
}

QJsonValue body(const Model::Annotation &a)
{
    QJsonArray bodies;
    if (!a.note.isEmpty()) {
        QJsonObject note {
            {QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), QStringLiteral("commenting")},
            {QStringLiteral("value"), a.note},
            {QStringLiteral("format"), QStringLiteral("text/markdown")},
        };
        // Glossa does not ask which language a note is written in: it says so only when it can tell.
        if (const QString language = Ingest::Language::detect(a.note); !language.isEmpty()) {
            note.insert(QStringLiteral("language"), language);
        }
        bodies.append(note);
    }
    for (const QString &tag : a.tags) {
        bodies.append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("TextualBody")},
            {QStringLiteral("purpose"), QStringLiteral("tagging")},
            {QStringLiteral("value"), tag},
        });
    }
    if (bodies.size() == 1) {
        return bodies.first();
    }
    return bodies;
}

// Whether the annotation's position selector describes `revision`'s text as it reads now.
bool positionHolds(const Model::Annotation &a, const Model::Revision &revision)
{
    const QString &text = revision.canonicalText();
    const Model::Selector &s = a.selector;
    return a.anchor.isAnchored() && a.revisionId == revision.id && s.hasPosition() && s.end <= text.size()
        && QStringView(text).sliced(s.start, s.end - s.start) == s.exact;
}

} // namespace

QJsonArray WebAnnotationPrivate::selectors(
    const Model::Revision &revision, const Model::Annotation &a, const CodePoints &codePoints)
{
    QJsonArray selectors;
    if (a.selector.hasQuote()) {
        QJsonObject quote {
            {QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
            {QStringLiteral("exact"), a.selector.exact},
        };
        if (!a.selector.prefix.isEmpty()) {
            quote.insert(QStringLiteral("prefix"), a.selector.prefix);
        }
        if (!a.selector.suffix.isEmpty()) {
            quote.insert(QStringLiteral("suffix"), a.selector.suffix);
        }
        selectors.append(quote);
    }
    if (positionHolds(a, revision)) {
        selectors.append(QJsonObject {
            {QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
            {QStringLiteral("start"), codePoints.toCodePoints(a.selector.start)},
            {QStringLiteral("end"), codePoints.toCodePoints(a.selector.end)},
        });
    }
    return selectors;
}

QJsonArray WebAnnotationPrivate::context()
{
    return QJsonArray {
        WA::AnnoContext.toString(), QJsonObject {{WA::GlossaPrefix.toString(), WA::GlossaNamespace.toString()}}};
}

QString WebAnnotationPrivate::timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

QJsonObject target(const Model::Article &article, const Model::Revision &revision, const Model::Annotation &a,
    const CodePoints &codePoints)
{
    const QJsonArray selectors = WebAnnotationPrivate::selectors(revision, a, codePoints);
    QJsonObject t {
        {QStringLiteral("type"), QStringLiteral("SpecificResource")},
        {QStringLiteral("source"), WebAnnotationExport::sourceOf(article)},
    };
    if (!selectors.isEmpty()) {
        t.insert(QStringLiteral("selector"), selectors.size() == 1 ? selectors.first() : QJsonValue(selectors));
    }
    QJsonArray classes {QString(WA::ColorClassPrefix.toString() + a.color)};
    if (a.style == Model::HighlightStyle::Underline) {
        classes.append(WA::UnderlineClass.toString());
    }
    t.insert(QStringLiteral("styleClass"), classes);
    return t;
}

// The CSS that paints the target's style classes, so another tool can show the colour as well.
QString stylesheet(const Model::Annotation &a, const Model::Palette &palette)
{
    const std::optional<Model::PaletteColor> color = palette.color(a.color);
    const QString shade = (color ? color->color : Model::Palette::fallbackColor()).name();
    const QString colorClass = u'.' + WA::ColorClassPrefix.toString() + a.color;
    if (a.style == Model::HighlightStyle::Underline) {
        return QStringLiteral("%1.%2 { text-decoration: underline 0.15em %3; }")
            .arg(colorClass, WA::UnderlineClass, shade);
    }
    return QStringLiteral("%1 { background-color: %2; }").arg(colorClass, shade);
}

QJsonObject annotationObject(const Model::Article &article, const Model::Revision &revision, const Model::Annotation &a,
    const Model::Palette &palette, const CodePoints &codePoints)
{
    QJsonObject o {
        {QStringLiteral("@context"), context()},
        {QStringLiteral("id"), QString(WA::UuidUrnPrefix.toString() + a.id)},
        {QStringLiteral("type"), QStringLiteral("Annotation")},
        {QStringLiteral("motivation"), motivation(a)},
    };
    if (a.created.isValid()) {
        o.insert(QStringLiteral("created"), timestamp(a.created));
    }
    if (a.updated.isValid()) {
        o.insert(QStringLiteral("modified"), timestamp(a.updated));
    }
    if (!a.author.isEmpty()) {
        o.insert(QStringLiteral("creator"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("Person")}, {QStringLiteral("name"), a.author}});
    }
    if (!a.note.isEmpty() || !a.tags.isEmpty()) {
        o.insert(QStringLiteral("body"), body(a));
    }
    o.insert(QStringLiteral("target"), target(article, revision, a, codePoints));
    o.insert(QStringLiteral("stylesheet"),
        QJsonObject {
            {QStringLiteral("type"), QStringLiteral("CssStylesheet")},
            {QStringLiteral("value"), stylesheet(a, palette)},
        });
    if (a.isPrivate) {
        o.insert(WA::PrivateProperty.toString(), true);
    }
    if (a.kind == Model::AnnotationKind::Note) {
        o.insert(WA::KindProperty.toString(), QStringLiteral("note"));
    } else if (a.kind == Model::AnnotationKind::CommentAnchor) {
        o.insert(WA::KindProperty.toString(), QStringLiteral("comment-anchor"));
    }
    return o;
}

} // namespace

QString WebAnnotationExport::sourceOf(const Model::Article &article)
{
    const QUrl url(article.source, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") && !url.host().isEmpty()) {
        return QString::fromUtf8(url.toEncoded());
    }
    return WA::UuidUrnPrefix.toString() + article.id;
}

QJsonObject WebAnnotationExport::annotation(const Model::Article &article, const Model::Revision &revision,
    const Model::Annotation &a, const Model::Palette &palette)
{
    return annotationObject(article, revision, a, palette, CodePoints(revision.canonicalText()));
}

QJsonObject WebAnnotationExport::collection(const Model::Article &article, const Model::Revision &revision,
    const QList<Model::Annotation> &annotations, const Model::Palette &palette, const WebAnnotationOptions &options,
    const Discussion &discussion, const ExportLinks &links)
{
    const CodePoints codePoints(revision.canonicalText());
    QJsonArray items;
    if (!article.note.trimmed().isEmpty()) {
        // The note on the whole article: an annotation of the document itself (no selector), first.
        Model::Annotation note;
        note.note = article.note;
        const QUuid noteId = QUuid::createUuidV5(WA::idNamespace(), QStringLiteral("page-note:") + article.id);
        QJsonObject o {
            {QStringLiteral("@context"), context()},
            {QStringLiteral("id"), QString(WA::UuidUrnPrefix.toString() + noteId.toString(QUuid::WithoutBraces))},
            {QStringLiteral("type"), QStringLiteral("Annotation")},
            {QStringLiteral("motivation"), QStringLiteral("commenting")},
            {QStringLiteral("body"), body(note)},
            {QStringLiteral("target"), sourceOf(article)},
            {WA::KindProperty.toString(), WA::PageNoteKind.toString()},
        };
        if (article.updated.isValid()) {
            o.insert(QStringLiteral("modified"), timestamp(article.updated));
        }
        items.append(o);
    }
    for (const Model::Annotation &a : annotations) {
        // An inline comment's passage is written with its comment (glossa:passage and selectors); a
        // link's anchor belongs to its link.
        if ((a.isPrivate && !options.includePrivate) || !Model::isReaderAnnotation(a)) {
            continue;
        }
        items.append(annotationObject(article, revision, a, palette, codePoints));
    }
    if (options.includeDiscussion) {
        for (const auto &comment : WebAnnotationPrivate::comments(article, revision, discussion, codePoints)) {
            items.append(comment);
        }
    }
    if (options.includeLinks) {
        for (const auto &link : WebAnnotationPrivate::links(article, revision, links, codePoints)) {
            items.append(link);
        }
    }
    // The same article gives the same collection id, export after export.
    const QUuid id = QUuid::createUuidV5(WA::idNamespace(), QStringLiteral("collection:") + article.id);
    return QJsonObject {
        {QStringLiteral("@context"), context()},
        {QStringLiteral("id"), QString(WA::UuidUrnPrefix.toString() + id.toString(QUuid::WithoutBraces))},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("label"), article.title},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"),
            QJsonObject {
                {QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                {QStringLiteral("startIndex"), 0},
                {QStringLiteral("items"), items},
            }},
    };
}

WebAnnotationExport::Counts WebAnnotationExport::counts(const QByteArray &json)
{
    Counts counts;
    const QJsonObject collection = QJsonDocument::fromJson(json).object();
    for (const auto &item : collection.value(u"first").toObject().value(u"items").toArray()) {
        const QString kind = item.toObject().value(WA::KindProperty).toString();
        if (kind == WA::PageNoteKind) {
            continue; // the article's own note, not an annotation of a passage
        }
        ++(kind == WA::CommentKind ? counts.comments : kind == WA::LinkKind ? counts.links : counts.annotations);
    }
    return counts;
}

Result<QByteArray> WebAnnotationExport::write(
    const Library &library, const QString &articleId, const WebAnnotationOptions &options)
{
    const auto unreadable = [](const Error &e) {
        return Error {.code = e.code, .message = tr("The article's annotations could not be read: %1").arg(e.message)};
    };
    const auto articleRead = library.readArticle(articleId);
    if (!articleRead) {
        return unreadable(articleRead.error());
    }
    const std::optional<Model::Article> &article = *articleRead;
    if (!article) {
        return Error {.message = tr("There is no article %1.").arg(articleId)};
    }
    const auto revisionRead = library.readCurrentRevision(articleId);
    if (!revisionRead) {
        return unreadable(revisionRead.error());
    }
    const std::optional<Model::Revision> &revision = *revisionRead;
    if (!revision) {
        return Error {.message = tr("The article %1 has no text to annotate.").arg(article->title)};
    }
    const auto annotations = library.readAnnotations(articleId);
    if (!annotations) {
        return unreadable(annotations.error());
    }
    Discussion discussion;
    if (options.includeDiscussion) {
        auto read = Discussion::read(library, articleId);
        if (!read) {
            return unreadable(read.error());
        }
        discussion = std::move(*read);
    }
    ExportLinks links;
    if (options.includeLinks) {
        auto read = ExportLinks::read(library, articleId);
        if (!read) {
            return unreadable(read.error());
        }
        links = std::move(*read);
    }
    const QJsonObject json
        = collection(*article, *revision, *annotations, library.palette(), options, discussion, links);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace Glossa::Export
