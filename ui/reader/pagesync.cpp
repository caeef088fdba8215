// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagesync.h"

#include "library/library.h"
#include "preferences/theme.h"
#include "readerbridge.h"

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

QJsonArray PageSync::settingsMessages(qreal fontScale, const QJsonObject &labels)
{
    return {ReaderBridge::fontScaleMessage(fontScale), ReaderBridge::themeMessage(Theme::pageTheme()),
        ReaderBridge::labelsMessage(labels)};
}

void PageSync::pushTheme()
{
    m_bridge->setTheme(Theme::pageTheme());
}

void PageSync::pushPalette(const Model::Palette &palette, qreal fontScale, const QJsonObject &labels)
{
    for (const QJsonValue &message : settingsMessages(fontScale, labels)) {
        m_bridge->send(message.toObject());
    }
    m_bridge->setPalette(Render::PageItems::palette(*m_library, palette));
}

void PageSync::pushAnnotations()
{
    m_pendingUpdates.clear();
    if (m_articleId.isEmpty()) {
        return;
    }
    m_bridge->setAnnotations(Render::PageItems::items(*m_library, m_articleId, &m_noteHtml));
}

void PageSync::pageLoaded(qint64 pageSerial)
{
    // The page painted the list embedded in it; it only needs it again if annotations or the
    // palette changed between serving the page and the page listening to the channel.
    if (pageSerial < 0 || quint64(pageSerial) != m_library->annotationSerial()) {
        pushAnnotations();
    }
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
        if (a && a->articleId == m_articleId && Model::isReaderAnnotation(*a)) {
            m_bridge->upsertAnnotation(Render::PageItems::item(*a, &m_noteHtml, m_library));
        } else {
            m_noteHtml.remove(id);
            m_bridge->removeAnnotation(id);
        }
    }
}

} // namespace Glossa::Ui
