// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagesync.h"

#include "library/library.h"
#include "readerbridge.h"
#include "render/notehtml.h"
#include "theme.h"

#include <QJsonArray>

#include <utility>

namespace Glossa::Ui {

PageSync::PageSync(Library *library, ReaderBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_bridge(bridge)
{
}

void PageSync::setArticle(const QString &articleId)
{
    if (articleId != m_articleId) {
        m_noteHtml.clear();
    }
    m_pendingUpdates.clear();
    m_articleId = articleId;
}

void PageSync::pushTheme()
{
    m_bridge->send({{QStringLiteral("type"), QStringLiteral("theme")}, {QStringLiteral("value"), Theme::pageTheme()}});
}

void PageSync::pushPalette(const Model::Palette &palette, qreal fontScale, const QJsonObject &labels)
{
    m_bridge->send({{QStringLiteral("type"), QStringLiteral("fontScale")}, {QStringLiteral("value"), fontScale}});
    pushTheme();
    // Colours removed from the palette while highlights still use them: those highlights keep
    // their colour name and are painted in a neutral colour until the colour comes back.
    Model::Palette painted = palette;
    for (const QString &name : m_library->colorUsage().keys()) {
        if (!painted.color(name)) {
            painted.set({name, {}, Model::Palette::fallbackColor()});
        }
    }
    m_bridge->setPalette(painted.toJson());
    m_bridge->setLabels(labels);
}

QJsonObject PageSync::pageItem(const Model::Annotation &a)
{
    QJsonObject item {{QStringLiteral("id"), a.id}, {QStringLiteral("start"), a.anchor.start},
        {QStringLiteral("end"), a.anchor.end}, {QStringLiteral("color"), a.color},
        {QStringLiteral("style"),
            a.style == Model::HighlightStyle::Underline ? QStringLiteral("underline") : QStringLiteral("fill")},
        {QStringLiteral("status"), Model::anchorStatusName(a.anchor.status)}};
    if (!a.note.trimmed().isEmpty()) {
        // Rendering Markdown is the costly part of a push: reuse the HTML while the note is unchanged.
        auto cached = m_noteHtml.find(a.id);
        if (cached == m_noteHtml.end() || cached->first != a.note) {
            cached = m_noteHtml.insert(a.id, {a.note, Render::NoteHtml::fromMarkdown(a.note)});
        }
        item.insert(QStringLiteral("noteHtml"), cached->second);
    }
    return item;
}

void PageSync::pushAnnotations()
{
    m_pendingUpdates.clear();
    if (m_articleId.isEmpty()) {
        return;
    }
    QJsonArray items;
    for (const Model::Annotation &a : m_library->annotations(m_articleId)) {
        items.append(pageItem(a));
    }
    m_bridge->setAnnotations(items);
}

void PageSync::queueUpdate(const QString &id)
{
    // Changes arrive one signal per annotation (a revision re-anchors all of them at once): send
    // them together once control returns to the event loop.
    if (m_pendingUpdates.isEmpty()) {
        QMetaObject::invokeMethod(this, &PageSync::flushUpdates, Qt::QueuedConnection);
    }
    m_pendingUpdates.insert(id);
}

void PageSync::flushUpdates()
{
    if (m_pendingUpdates.isEmpty() || m_articleId.isEmpty()) {
        m_pendingUpdates.clear();
        return;
    }
    // Past a few dozen changes, one full list is cheaper for the page than many single updates.
    constexpr qsizetype FullPushThreshold = 64;
    if (m_pendingUpdates.size() > FullPushThreshold) {
        pushAnnotations();
        return;
    }
    const QSet<QString> ids = std::exchange(m_pendingUpdates, {});
    for (const QString &id : ids) {
        const auto a = m_library->annotation(id);
        if (a && a->articleId == m_articleId) {
            m_bridge->upsertAnnotation(pageItem(*a));
        } else {
            m_noteHtml.remove(id);
            m_bridge->removeAnnotation(id);
        }
    }
}

} // namespace Glossa::Ui
