// SPDX-License-Identifier: GPL-3.0-or-later
// The reader page's view of an article's annotations, of its inline comments' passages and of the
// palette, as JSON. Built here for both the lists embedded in the page (SchemeHandler) and what
// PageSync and CommentSync push afterwards, with the library's annotation serial telling whether
// the embedded annotation list is still current.
#pragma once

#include "model/annotation.h"
#include "model/comment.h"
#include "model/palette.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace Glossa {
class Library;
}

namespace Glossa::Render::PageItems {

// Rendered note HTML by annotation id, with the Markdown it was rendered from.
using NoteCache = QHash<QString, std::pair<QString, QString>>;

// One annotation as the page paints it (see ReaderBridge::setAnnotations); `cache` may be null.
// With `library`, the note's `[[ ]]` open the articles it resolves them to (Library::readMentions).
QJsonObject item(const Model::Annotation &a, NoteCache *cache, Library *library = nullptr);
// A note's or comment's Markdown (the text of `sourceId`) as NoteHtml, its `[[ ]]` resolved.
QString noteHtml(Library &library, const QString &sourceId, const QString &markdown);
// Every annotation of the article.
QJsonArray items(Library &library, const QString &articleId, NoteCache *cache);
// The passages inline comments are on, as the page marks them (comments.js): [{id (the anchor
// annotation's), start, end, comment (the id of the first comment on it), author, replies (the
// comments below it, deleted ones left out), resolved, label ("Comment by NAME: N replies",
// translated)}]. Orphaned passages, and passages whose comments are all deleted, are left out.
QJsonArray commentItems(const QList<Model::Annotation> &annotations, const QList<Model::Comment> &comments);
QJsonArray commentItems(Library &library, const QString &articleId);
// The palette as painted: colours removed while highlights still use them get a neutral shade.
QJsonArray palette(Library &library, Model::Palette painted);
// The same for a page showing only these colour names (an export's annotations).
QJsonArray palette(Model::Palette painted, const QList<QString> &usedColors);
// What the page is served with: {serial, palette, items, comments, messages}, `messages` being further
// bridge messages (settings, where to scroll) the page handles before its first layout.
QByteArray stateJson(Library &library, const QString &articleId, const QJsonArray &messages = {});
// What a page showing exactly `annotations` in `palette`'s colours is served with (an export prints
// the annotations it exports, whatever else the library holds). Its serial is 0.
QByteArray stateJson(
    const QList<Model::Annotation> &annotations, const Model::Palette &palette, const QJsonArray &messages = {});

} // namespace Glossa::Render::PageItems
