// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageitems.h"

#include "library/library.h"
#include "render/notehtml.h"
#include "thread/thread.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace Glossa::Render::PageItems {

QString noteHtml(Library &library, const QString &sourceId, const QString &markdown)
{
    if (!markdown.contains(QLatin1StringView("[["))) {
        return NoteHtml::fromMarkdown(markdown);
    }
    const QList<Library::Mention> mentions = library.readMentions(sourceId, markdown).valueOr({});
    return NoteHtml::fromMarkdown(markdown, [&](const Links::WikiLink &link) {
        for (const Library::Mention &m : mentions) {
            if (m.link.start == link.start) {
                return m.articleId;
            }
        }
        return QString();
    });
}

QJsonObject item(const Model::Annotation &a, NoteCache *cache, Library *library)
{
    const auto render = [&](const QString &note) {
        return library ? noteHtml(*library, a.id, note) : Render::NoteHtml::fromMarkdown(note);
    };
    QJsonObject item {{QStringLiteral("id"), a.id}, {QStringLiteral("start"), a.anchor.start},
        {QStringLiteral("end"), a.anchor.end}, {QStringLiteral("color"), a.color},
        {QStringLiteral("style"), Model::highlightStyleName(a.style)},
        {QStringLiteral("status"), Model::anchorStatusName(a.anchor.status)},
        {QStringLiteral("changed"), a.textChanged()}};
    if (a.isPrivate) {
        item.insert(QStringLiteral("private"), true);
    }
    if (!a.note.trimmed().isEmpty()) {
        // A note with `[[ ]]` is rendered each time: what its titles name changes with other articles.
        if (!cache || (library && a.note.contains(QLatin1StringView("[[")))) {
            item.insert(QStringLiteral("noteHtml"), render(a.note));
            return item;
        }
        // Rendering Markdown is the costly part of a push: reuse the HTML while the note is unchanged.
        auto cached = cache->find(a.id);
        if (cached == cache->end() || cached->first != a.note) {
            cached = cache->insert(a.id, {a.note, render(a.note)});
        }
        item.insert(QStringLiteral("noteHtml"), cached->second);
    }
    return item;
}

QJsonArray items(Library &library, const QString &articleId, NoteCache *cache)
{
    QJsonArray list;
    for (const Model::Annotation &a : library.annotations(articleId)) {
        if (Model::isReaderAnnotation(a)) {
            list.append(item(a, cache, &library));
        }
    }
    return list;
}

QJsonArray commentItems(const QList<Model::Annotation> &annotations, const QList<Model::Comment> &comments)
{
    // The thread's own tree (tombstones kept only above live replies), oldest first: the first
    // top-level comment on a passage is the one its marker names; the others on it count as replies.
    struct Passage {
        Model::Comment top;
        int replies = 0;
    };
    QHash<QString, Passage> passages;
    for (const Thread::Node &node : Thread::build(comments)) {
        const QString on = node.comment.annotationId;
        if (on.isEmpty()) {
            continue;
        }
        const int below = node.count() - (node.comment.deleted ? 0 : 1);
        if (auto it = passages.find(on); it != passages.end()) {
            it->replies += node.count();
        } else {
            passages.insert(on, {node.comment, below});
        }
    }
    QJsonArray list;
    for (const Model::Annotation &a : annotations) {
        const auto it = passages.constFind(a.id);
        if (a.kind != Model::AnnotationKind::CommentAnchor || it == passages.cend() || !a.anchor.isAnchored()) {
            continue;
        }
        const QString author = it->top.author;
        //: The name of an inline comment's marker and bubble in the article, for screen readers and as
        //: its tooltip. %1 is the comment's author.
        const QString label = QCoreApplication::translate(
            "Glossa::Render::PageItems", "Comment by %1: %n replies", nullptr, it->replies)
                                  .arg(author);
        list.append(QJsonObject {{QStringLiteral("id"), a.id}, {QStringLiteral("start"), a.anchor.start},
            {QStringLiteral("end"), a.anchor.end}, {QStringLiteral("comment"), it->top.id},
            {QStringLiteral("author"), author}, {QStringLiteral("replies"), it->replies},
            {QStringLiteral("resolved"), it->top.resolved}, {QStringLiteral("label"), label}});
    }
    return list;
}

QJsonArray commentItems(Library &library, const QString &articleId)
{
    return commentItems(library.annotations(articleId), library.comments(articleId));
}

QJsonArray palette(Library &library, Model::Palette painted)
{
    return palette(std::move(painted), library.colorUsage().keys());
}

QJsonArray palette(Model::Palette painted, const QList<QString> &usedColors)
{
    // Colours removed from the palette while highlights still use them: those highlights keep
    // their colour name and are painted in a neutral colour until the colour comes back.
    for (const QString &name : usedColors) {
        if (!painted.color(name)) {
            painted.set({name, {}, Model::Palette::fallbackColor()});
        }
    }
    return painted.toJson();
}

QByteArray stateJson(Library &library, const QString &articleId, const QJsonArray &messages)
{
    const QJsonObject state {{QStringLiteral("serial"), QString::number(library.annotationSerial())},
        {QStringLiteral("palette"), palette(library, library.palette())},
        {QStringLiteral("items"), items(library, articleId, nullptr)},
        {QStringLiteral("comments"), commentItems(library, articleId)}, {QStringLiteral("messages"), messages}};
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

QByteArray stateJson(
    const QList<Model::Annotation> &annotations, const Model::Palette &palette, const QJsonArray &messages)
{
    QJsonArray list;
    QList<QString> used;
    for (const Model::Annotation &a : annotations) {
        list.append(item(a, nullptr));
        used << a.color;
    }
    const QJsonObject state {{QStringLiteral("serial"), QStringLiteral("0")},
        {QStringLiteral("palette"), PageItems::palette(palette, used)}, {QStringLiteral("items"), list},
        {QStringLiteral("messages"), messages}};
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

} // namespace Glossa::Render::PageItems
