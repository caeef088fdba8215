// SPDX-License-Identifier: GPL-3.0-or-later
#include "pageitems.h"

#include "library/library.h"
#include "render/notehtml.h"

#include <QJsonDocument>

namespace Glossa::Render::PageItems {

QJsonObject item(const Model::Annotation &a, NoteCache *cache)
{
    QJsonObject item {{QStringLiteral("id"), a.id}, {QStringLiteral("start"), a.anchor.start},
        {QStringLiteral("end"), a.anchor.end}, {QStringLiteral("color"), a.color},
        {QStringLiteral("style"), Model::highlightStyleName(a.style)},
        {QStringLiteral("status"), Model::anchorStatusName(a.anchor.status)},
        {QStringLiteral("changed"), a.textChanged()}};
    if (a.isPrivate) {
        item.insert(QStringLiteral("private"), true);
    }
    if (!a.note.trimmed().isEmpty()) {
        if (!cache) {
            item.insert(QStringLiteral("noteHtml"), Render::NoteHtml::fromMarkdown(a.note));
            return item;
        }
        // Rendering Markdown is the costly part of a push: reuse the HTML while the note is unchanged.
        auto cached = cache->find(a.id);
        if (cached == cache->end() || cached->first != a.note) {
            cached = cache->insert(a.id, {a.note, Render::NoteHtml::fromMarkdown(a.note)});
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
            list.append(item(a, cache));
        }
    }
    return list;
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
        {QStringLiteral("items"), items(library, articleId, nullptr)}, {QStringLiteral("messages"), messages}};
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
