// SPDX-License-Identifier: GPL-3.0-or-later
#include "webannotationimport.h"

#include "anchor/reanchor.h"
#include "codepoints.h"
#include "ingest/inputfile.h"
#include "library/library.h"
#include "library/undostack.h"
#include "webannotation.h"
#include "webannotationimport_p.h"
#include "webannotationparse_p.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Glossa::Export {

namespace WA = WebAnnotation;

namespace {

enum class ItemFormat { W3c, Hypothesis };

struct Item {
    QJsonObject object;
    ItemFormat format = ItemFormat::W3c;
};

// Whether `json` nests arrays and objects deeper than `limit` (strings are skipped, escapes and all).
bool nestsDeeperThan(const QByteArray &json, int limit)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) {
                return true;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return false;
}

bool typeIs(const QJsonObject &o, QStringView type)
{
    const QJsonValue t = o.value(u"type");
    if (t.isString()) {
        return t.toString() == type;
    }
    for (const auto &v : t.toArray()) {
        if (v.toString() == type) {
            return true;
        }
    }
    return false;
}

bool namesGlossa(const QJsonValue &context)
{
    for (const auto &c : context.isArray() ? context.toArray() : QJsonArray {context}) {
        if (c.toObject().value(WA::GlossaPrefix).toString() == WA::GlossaNamespace) {
            return true;
        }
    }
    return false;
}

bool looksLikeHypothesisRow(const QJsonObject &o)
{
    return !o.contains(u"type") && o.value(u"target").isArray()
        && (o.contains(u"uri") || o.contains(u"user") || o.contains(u"text"));
}

using Items = Result<QList<Item>>;

Items fromArray(const QJsonArray &array, std::optional<ItemFormat> format)
{
    QList<Item> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) {
            return Error {.message = WebAnnotationImport::tr("The file is not a valid annotation file: item %1 of its "
                                                             "list is not an annotation object.")
                              .arg(i + 1)};
        }
        const QJsonObject o = array[i].toObject();
        items.append({o, format.value_or(looksLikeHypothesisRow(o) ? ItemFormat::Hypothesis : ItemFormat::W3c)});
    }
    return items;
}

// The annotations of a W3C Annotation, AnnotationPage or AnnotationCollection (its first page
// embedded), a list of annotations, or a Hypothesis export or search result.
Items itemsOf(const QJsonDocument &doc)
{
    if (doc.isArray()) {
        return fromArray(doc.array(), std::nullopt);
    }
    const QJsonObject o = doc.object();
    if (o.value(u"rows").isArray()) {
        return fromArray(o.value(u"rows").toArray(), ItemFormat::Hypothesis);
    }
    if (o.value(u"annotations").isArray()) {
        return fromArray(o.value(u"annotations").toArray(), ItemFormat::Hypothesis);
    }
    if (typeIs(o, u"Annotation")) {
        return QList<Item> {{o, ItemFormat::W3c}};
    }
    QJsonObject page = o;
    if (typeIs(o, u"AnnotationCollection")) {
        const QJsonValue first = o.value(u"first");
        if (first.isString()) {
            return Error {.message = WebAnnotationImport::tr("The collection in the file keeps its annotations in "
                                                             "pages elsewhere (%1); Glossa reads a collection whose "
                                                             "first page is in the file.")
                              .arg(first.toString())};
        }
        page = first.isObject() ? first.toObject() : o; // some writers list "items" on the collection itself
    }
    if (page.value(u"items").isArray()) {
        return fromArray(page.value(u"items").toArray(), ItemFormat::W3c);
    }
    return Error {
        .message = WebAnnotationImport::tr("The file holds no annotations Glossa can read: it is neither W3C "
                                           "Web Annotations (an Annotation, AnnotationPage or "
                                           "AnnotationCollection) nor annotations exported from Hypothesis.")};
}

ImportOutcome outcomeOf(Model::AnchorStatus status)
{
    switch (status) {
    case Model::AnchorStatus::Exact:
        return ImportOutcome::Exact;
    case Model::AnchorStatus::Fuzzy:
        return ImportOutcome::Changed;
    case Model::AnchorStatus::Orphan:
        break;
    }
    return ImportOutcome::Orphan;
}

// The annotation to store for a parsed item: what the file says, over what the library already
// holds under that id (or the defaults of a new highlight).
Model::Annotation merge(const ParsedItem &p, const std::optional<Model::Annotation> &stored,
    const Model::Article &article, const Model::Revision &revision, const QString &defaultColor)
{
    Model::Annotation a = stored.value_or(Model::Annotation {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.id = p.id;
    a.articleId = article.id;
    a.revisionId = revision.id;
    a.note = p.note;
    a.tags = p.tags;
    a.tags.removeDuplicates();
    a.color = p.color.value_or(stored ? a.color : defaultColor);
    a.style = p.style.value_or(a.style);
    a.isPrivate = p.isPrivate.value_or(a.isPrivate);
    a.kind = p.kind.value_or(a.kind);
    if (!p.author.isEmpty()) {
        a.author = p.author;
    }
    a.created = p.created.isValid() ? p.created : (stored ? a.created : now);
    a.updated = p.updated.isValid() ? p.updated : (stored ? now : a.created);
    return a;
}

} // namespace

QString importOutcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Exact:
        return QStringLiteral("exact");
    case ImportOutcome::Changed:
        return QStringLiteral("changed");
    case ImportOutcome::Orphan:
        return QStringLiteral("orphan");
    case ImportOutcome::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

qsizetype AnnotationImport::count(ImportOutcome outcome) const
{
    return std::count_if(items.cbegin(), items.cend(), [&](const ImportedAnnotation &i) {
        return i.outcome == outcome && (!i.comment || outcome == ImportOutcome::Rejected);
    });
}

QString AnnotationImport::summary() const
{
    QString text
        = WebAnnotationImport::tr("%1 annotations stored: %2 exact, %3 on changed text, %4 orphaned; %5 rejected.")
              .arg(annotations.size())
              .arg(count(ImportOutcome::Exact))
              .arg(count(ImportOutcome::Changed))
              .arg(count(ImportOutcome::Orphan))
              .arg(count(ImportOutcome::Rejected));
    if (!thread.comments.isEmpty()) {
        text += u' '
            + WebAnnotationImport::tr(
                "%n comment(s) merged into the discussion.", nullptr, int(thread.comments.size()));
    }
    return text;
}

Result<QByteArray> WebAnnotationImport::readFile(const QString &path)
{
    constexpr qint64 Megabyte = qint64(1024) * 1024;
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!Ingest::InputFile::exists(path)) {
        return Error {.message = tr("There is no file %1.").arg(name)};
    }
    if (info.isDir()) {
        return Error {.message = tr("%1 is a folder; give the annotation file inside it.").arg(name)};
    }
    if (info.size() > MaxFileSize) {
        return Error {.message = tr("%1 is %2 MB, more than any annotation file Glossa reads (up to %3 MB); check "
                                    "that it is the right file.")
                          .arg(name)
                          .arg(info.size() / Megabyte)
                          .arg(MaxFileSize / Megabyte)};
    }
    // Read with the limit enforced while reading: a pipe or a device says no size beforehand.
    const Result<QByteArray> bytes = Ingest::InputFile::read(path, MaxFileSize,
        tr("more than any annotation file Glossa reads; check that it is the right file"));
    if (!bytes) {
        return Error {.message = tr("Glossa cannot read %1: %2.").arg(name, bytes.error().message)};
    }
    return *bytes;
}

Result<AnnotationImport> WebAnnotationImport::parse(const QByteArray &json, const Model::Article &article,
    const Model::Revision &revision, const Model::Palette &palette, const Lookup &existing)
{
    if (nestsDeeperThan(json, MaxDepth)) {
        return Error {.message = tr("The file nests its data more than %1 levels deep, which no annotation file "
                                    "does; it was not read.")
                          .arg(MaxDepth)};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {.message
            = tr("The file is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset)};
    }
    const Items items = itemsOf(doc);
    if (!items) {
        return items.error();
    }

    AnnotationImport result;
    result.format = QStringLiteral("w3c");
    if (namesGlossa(doc.object().value(u"@context"))) {
        result.format = QStringLiteral("glossa");
    }
    const QString &text = revision.canonicalText();
    const CodePoints codePoints(text);
    const std::optional<Model::PaletteColor> first = palette.forKey(1);
    const QString defaultColor = first ? first->name : QStringLiteral("important");

    QSet<QString> seen;
    QSet<QString> seenComments;
    QSet<QString> passages; // those of result.thread.anchors
    result.thread.articleId = article.id;
    result.thread.title = article.title;
    result.thread.source = article.source;
    result.thread.contentHash = revision.contentHash;
    QList<Model::Selector> selectors;
    QList<qsizetype> placed; // the item index of each entry of result.annotations
    for (qsizetype i = 0; i < items->size(); ++i) {
        const Item &item = (*items)[i];
        const QString where = tr("the annotation at position %1").arg(i + 1);
        if (item.format == ItemFormat::Hypothesis) {
            result.format = QStringLiteral("hypothesis");
        } else if (namesGlossa(item.object.value(u"@context"))) {
            result.format = QStringLiteral("glossa");
        }
        const Result<ParsedItem> parsed = item.format == ItemFormat::Hypothesis
            ? WebAnnotationParse::hypothesis(item.object, where, text)
            : WebAnnotationParse::w3c(item.object, where, text, codePoints);
        if (!parsed) {
            return parsed.error();
        }
        ImportedAnnotation report {.id = parsed->id};
        if (parsed->comment) {
            report.comment = true;
            report.outcome = ImportOutcome::Exact;
            if (!parsed->rejected.isEmpty()) {
                report.reason = parsed->rejected;
            } else if (seenComments.contains(parsed->id)) {
                report.reason = tr("a comment with the same id comes earlier in the file");
            } else if (parsed->note.trimmed().isEmpty() && !parsed->comment->deleted) {
                report.reason = tr("it is a comment with no text");
            } else {
                seenComments.insert(parsed->id);
                result.thread.comments.append(WebAnnotationImportPrivate::commentEntry(*parsed, article));
                result.commentItems.append(i);
                const QString &on = parsed->comment->passageId;
                if (!on.isEmpty() && !passages.contains(on)
                    && (parsed->selector.hasQuote() || parsed->selector.hasPosition())) {
                    passages.insert(on);
                    Model::Annotation passage;
                    passage.id = on;
                    passage.articleId = article.id;
                    passage.kind = Model::AnnotationKind::CommentAnchor;
                    passage.selector = parsed->selector;
                    passage.author = parsed->author;
                    passage.created = parsed->created;
                    result.thread.anchors.append(passage);
                }
            }
            if (!report.reason.isEmpty()) {
                report.outcome = ImportOutcome::Rejected;
            }
            result.items.append(report);
            continue;
        }
        const auto storedRead = existing(parsed->id);
        if (!storedRead) {
            return Error {.code = storedRead.error().code,
                .message = tr("The library could not be read: %1").arg(storedRead.error().message)};
        }
        const std::optional<Model::Annotation> &stored = *storedRead;
        if (!parsed->rejected.isEmpty()) {
            report.reason = parsed->rejected;
        } else if (seen.contains(parsed->id)) {
            report.reason = tr("an annotation with the same id comes earlier in the file");
        } else if (stored && stored->articleId != article.id) {
            report.reason = tr("an annotation with this id is already on another article");
        } else {
            seen.insert(parsed->id);
            report.updated = stored.has_value();
            result.annotations.append(merge(*parsed, stored, article, revision, defaultColor));
            selectors.append(parsed->selector);
            placed.append(i);
        }
        result.items.append(report);
    }

    const QList<Anchor::Reanchored> anchored = Anchor::reanchor(revision, selectors);
    for (qsizetype k = 0; k < anchored.size(); ++k) {
        Model::Annotation &a = result.annotations[k];
        const Anchor::Reanchored &r = anchored[k];
        a.selector = r.selector;
        a.anchor = r.anchor;
        // As on re-import: the words marked are kept when the text under them reads differently now.
        a.originalQuote = r.anchor.isAnchored() && r.selector.exact != r.previous.exact ? r.previous.exact : QString();
        result.items[placed[k]].outcome = outcomeOf(r.anchor.status);
    }
    return result;
}

Result<AnnotationImport> WebAnnotationImport::importBytes(
    Library &library, const QByteArray &json, const QString &articleId)
{
    const auto articleRead = library.readArticle(articleId);
    if (!articleRead) {
        return articleRead.error();
    }
    const std::optional<Model::Article> &article = *articleRead;
    if (!article) {
        return Error {.message = tr("There is no article %1.").arg(articleId)};
    }
    const auto revisionRead = library.readCurrentRevision(articleId);
    if (!revisionRead) {
        return revisionRead.error();
    }
    const std::optional<Model::Revision> &revision = *revisionRead;
    if (!revision) {
        return Error {.message = tr("The article \"%1\" has no text to anchor annotations on.").arg(article->title)};
    }
    auto imported = parse(
        json, *article, *revision, library.palette(), [&](const QString &id) { return library.readAnnotation(id); });
    if (!imported) {
        return imported;
    }
    if (Status s = WebAnnotationImportPrivate::settleComments(library, *imported); !s) {
        return s.error();
    }
    const int steps = library.undoStack()->index();
    if (Store::Status s = library.importAnnotations(articleId, imported->annotations); !s) {
        return Error {.code = s.error().code,
            .message = tr("The library did not store the annotations: %1").arg(s.error().message)};
    }
    if (!imported->thread.comments.isEmpty()) {
        if (const auto merged = library.mergeThread(articleId, imported->thread); !merged) {
            if (library.undoStack()->index() > steps) {
                library.undoStack()->undo(); // the annotations go too: nothing of the file stays
            }
            return Error {.code = merged.error().code,
                .message = tr("The library did not store the comments: %1").arg(merged.error().message)};
        }
    }
    return imported;
}

Result<AnnotationImport> WebAnnotationImport::importFile(
    Library &library, const QString &path, const QString &articleId)
{
    const auto bytes = readFile(path);
    if (!bytes) {
        return bytes.error();
    }
    return importBytes(library, *bytes, articleId);
}

} // namespace Glossa::Export
