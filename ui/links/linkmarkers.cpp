// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkmarkers.h"

#include "library/library.h"
#include "links/linkrelation.h"
#include "links/linkstatus.h"
#include "model/elide.h"
#include "reader/readerbridge.h"

#include <QJsonObject>
#include <QMap>

namespace Glossa::Ui {

namespace {

constexpr qsizetype QuoteGlance = 120; // characters of the other end's words a popover shows

QString otherTitle(const Links::LinkEndState &end)
{
    return end.articleExists ? end.articleTitle : LinkMarkers::tr("a deleted article");
}

QString otherQuote(const Links::LinkEndState &end)
{
    if (end.isWholeArticle()) {
        return LinkMarkers::tr("the whole article");
    }
    return LinkMarkers::tr("“%1”").arg(Model::elidedAtWord(end.quote().simplified(), QuoteGlance));
}

// One entry of a marker's popover: the link seen from `local`, leading to `other`.
QJsonObject entry(const Links::LinkView &view, bool outgoing)
{
    const Links::LinkEndState &other = outgoing ? view.to : view.from;
    const QString relation = Links::LinkRelation::label(view.link.relation);
    const QString title = otherTitle(other);
    const QString quote = otherQuote(other);
    const QString status = other.status == Links::LinkStatus::Ok ? QString() : Links::linkStatusLabel(other.status);
    //: %1: the relation ("supports"), %2: the other article's title, %3: the other passage's words.
    QString label = outgoing ? LinkMarkers::tr("Link, %1, to %2: %3").arg(relation, title, quote)
                             : LinkMarkers::tr("Backlink, %1, from %2: %3").arg(relation, title, quote);
    if (!status.isEmpty()) {
        label = LinkMarkers::tr("%1 (%2)").arg(label, status);
    }
    return {
        {QStringLiteral("link"), view.link.id},
        {QStringLiteral("side"), outgoing ? QStringLiteral("to") : QStringLiteral("from")},
        //: A link's relation in a marker's list; the arrow says which way it goes.
        {QStringLiteral("relation"),
            outgoing ? LinkMarkers::tr("%1 →").arg(relation) : LinkMarkers::tr("← %1").arg(relation)},
        {QStringLiteral("title"), title},
        {QStringLiteral("quote"), quote},
        {QStringLiteral("status"), status},
        {QStringLiteral("label"), label},
        {QStringLiteral("dangling"), other.status == Links::LinkStatus::Dangling},
    };
}

} // namespace

LinkMarkers::LinkMarkers(Library *library, ReaderBridge *bridge, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_bridge(bridge)
{
    connect(bridge, &ReaderBridge::loaded, this, [this](const QString &articleId, qint64) {
        m_articleId = articleId;
        m_shown = {};
        flush();
    });
    // A link made or taken away, a passage moved or deleted (an update, an undo), an article
    // renamed or deleted: any of them may change what a marker says, here or at the other end.
    Links::LinkReader::onChange(library, this, [this] { queue(); });
}

QJsonArray LinkMarkers::items(const Links::ArticleLinks &links)
{
    struct Marker {
        QJsonObject item;
        QJsonArray entries;
        bool allDangling = true;
    };
    QMap<QString, Marker> markers; // by passage (in text order once sorted below)
    QStringList order;
    auto add = [&](const Links::LinkView &view, bool outgoing) {
        const Links::LinkEndState &local = outgoing ? view.from : view.to;
        QString id = QStringLiteral("article");
        qsizetype start = 0;
        qsizetype end = 0;
        if (!local.isWholeArticle()) {
            if (!local.annotation || !local.annotation->anchor.isAnchored()) {
                return; // not in the text: nowhere to put a marker
            }
            id = local.end.annotationId;
            start = local.annotation->anchor.start;
            end = local.annotation->anchor.end;
        }
        auto it = markers.find(id);
        if (it == markers.end()) {
            it = markers.insert(id, {});
            it->item = {{QStringLiteral("id"), id}, {QStringLiteral("start"), start}, {QStringLiteral("end"), end},
                {QStringLiteral("whole"), local.isWholeArticle()}};
            order.append(id);
        }
        const QJsonObject e = entry(view, outgoing);
        it->allDangling = it->allDangling && e.value(u"dangling").toBool();
        it->entries.append(e);
    };
    for (const Links::LinkView &view : links.outgoing) {
        add(view, true);
    }
    for (const Links::LinkView &view : links.incoming) {
        add(view, false);
    }
    QJsonArray out;
    for (const QString &id : std::as_const(order)) {
        Marker &m = markers[id];
        const int count = int(m.entries.size());
        QString label;
        if (count == 1) {
            label = m.entries.first().toObject().value(u"label").toString();
        } else if (m.item.value(u"whole").toBool()) {
            label = tr("%n link(s) of the whole article", nullptr, count);
        } else {
            label = tr("%n link(s) on this passage", nullptr, count);
        }
        m.item.insert(QStringLiteral("label"), label);
        m.item.insert(QStringLiteral("dangling"), m.allDangling);
        m.item.insert(QStringLiteral("entries"), m.entries);
        out.append(m.item);
    }
    return out;
}

void LinkMarkers::queue()
{
    if (m_articleId.isEmpty() || m_queued) {
        return;
    }
    m_queued = true;
    QMetaObject::invokeMethod(this, &LinkMarkers::flush, Qt::QueuedConnection);
}

void LinkMarkers::flush()
{
    m_queued = false;
    if (m_articleId.isEmpty()) {
        return;
    }
    const auto links = Links::LinkReader::read(*m_library, m_articleId);
    if (!links) {
        return; // the store logged it; the markers stay as they were
    }
    const QJsonArray now = items(*links);
    if (now == m_shown) {
        return;
    }
    m_shown = now;
    m_bridge->send({{QStringLiteral("type"), QStringLiteral("links")}, {QStringLiteral("items"), now}});
}

} // namespace Glossa::Ui
