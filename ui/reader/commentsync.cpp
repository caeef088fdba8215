// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentsync.h"

#include "library/library.h"
#include "readerbridge.h"
#include "render/pageitems.h"

#include <QJsonArray>

namespace Glossa::Ui {

namespace {

QHash<QString, QJsonObject> byId(const QJsonArray &items)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        map.insert(item.value(u"id").toString(), item);
    }
    return map;
}

} // namespace

CommentSync::CommentSync(Library *library, ReaderBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_bridge(bridge)
{
    // A comment added, edited, voted, resolved or deleted changes at most its passage's marker; a
    // passage re-anchored (an article update, an undo) moves it.
    auto changed = [this](const QString &, const QString &articleId) {
        queue(articleId);
    };
    connect(library, &Library::commentAdded, this, changed);
    connect(library, &Library::commentChanged, this, changed);
    connect(library, &Library::commentRemoved, this, changed);
    connect(library, &Library::annotationAdded, this, changed);
    connect(library, &Library::annotationChanged, this, changed);
    connect(library, &Library::annotationRemoved, this, changed);
    connect(library, &Library::annotationsReanchored, this, [this](const QString &articleId) { queue(articleId); });
}

void CommentSync::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    m_shown.clear();
}

void CommentSync::pushAll()
{
    if (m_articleId.isEmpty()) {
        return;
    }
    const QJsonArray items = Render::PageItems::commentItems(*m_library, m_articleId);
    m_shown = byId(items);
    m_bridge->setComments(items);
}

void CommentSync::queue(const QString &articleId)
{
    if (articleId != m_articleId || m_queued) {
        return;
    }
    m_queued = true;
    QMetaObject::invokeMethod(this, &CommentSync::flush, Qt::QueuedConnection);
}

void CommentSync::flush()
{
    m_queued = false;
    if (m_articleId.isEmpty()) {
        return;
    }
    const QHash<QString, QJsonObject> now = byId(Render::PageItems::commentItems(*m_library, m_articleId));
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        if (!now.contains(it.key())) {
            m_bridge->removeComment(it.key());
        }
    }
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_shown.value(it.key()) != it.value()) {
            m_bridge->upsertComment(it.value());
        }
    }
    m_shown = now;
}

} // namespace Glossa::Ui
