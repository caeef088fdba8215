// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerbridge.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcBridge, "glossa.ui.bridge")

namespace Glossa::Ui {

void ReaderBridge::post(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject()) {
        qCWarning(lcBridge) << "ignored a malformed message from the page:" << error.errorString();
        return;
    }
    const QJsonObject msg = doc.object();
    const QString type = msg.value(u"type").toString();
    if (type == u"ready") {
        Q_EMIT ready(msg.value(u"article").toString(), msg.value(u"blocks").toInt());
    } else if (type == u"loaded") {
        // The serial travels as a string: a JavaScript number would round a large one.
        bool ok = false;
        const qint64 serial = msg.value(u"serial").toString().toLongLong(&ok);
        Q_EMIT loaded(msg.value(u"article").toString(), ok && serial >= 0 ? serial : -1);
    } else if (type == u"painted") {
        Q_EMIT annotationsPainted(msg.value(u"timing").toObject());
    } else if (type == u"selection") {
        const qsizetype start = msg.value(u"start").toInteger(-1);
        const qsizetype end = msg.value(u"end").toInteger(-1);
        if (start < 0 || end <= start) {
            qCWarning(lcBridge) << "ignored an invalid selection" << start << end;
            return;
        }
        const QJsonObject r = msg.value(u"rect").toObject();
        Q_EMIT selectionMade(start, end,
            QRect(r.value(u"x").toInt(), r.value(u"y").toInt(), r.value(u"width").toInt(), r.value(u"height").toInt()));
    } else if (type == u"selectionCleared") {
        Q_EMIT selectionCleared();
    } else if (type == u"annotationClicked") {
        QStringList ids;
        for (const QJsonValue &v : msg.value(u"ids").toArray()) {
            ids << v.toString();
        }
        Q_EMIT annotationsClicked(ids, QPoint(msg.value(u"x").toInt(), msg.value(u"y").toInt()));
    } else if (type == u"annotationContextMenu") {
        Q_EMIT annotationContextMenu(
            msg.value(u"id").toString(), QPoint(msg.value(u"x").toInt(), msg.value(u"y").toInt()));
    } else if (type == u"noteClicked") {
        Q_EMIT noteClicked(msg.value(u"id").toString());
    } else if (type == u"commentActivated") {
        const QString id = msg.value(u"id").toString();
        if (id.isEmpty()) {
            qCWarning(lcBridge) << "ignored a comment activation without a comment";
            return;
        }
        Q_EMIT commentActivated(id);
    } else if (type == u"followLink") {
        const QString side = msg.value(u"side").toString();
        if (msg.value(u"link").toString().isEmpty() || (side != u"from" && side != u"to")) {
            qCWarning(lcBridge) << "ignored a link to follow without a link or an end";
            return;
        }
        Q_EMIT linkFollowRequested(msg.value(u"link").toString(), side);
    } else if (type == u"linkClicked") {
        Q_EMIT linkClicked(msg.value(u"href").toString());
    } else if (type == u"navigate") {
        const int direction = msg.value(u"direction").toInt();
        if (direction != 1 && direction != -1) {
            qCWarning(lcBridge) << "ignored a navigation without a direction" << direction;
            return;
        }
        Q_EMIT navigateRequested(direction);
    } else if (type == u"clearFocus") {
        Q_EMIT focusCleared();
    } else if (type == u"annotationHovered") {
        QStringList ids;
        for (const QJsonValue &v : msg.value(u"ids").toArray()) {
            if (v.isString()) {
                ids << v.toString();
            }
        }
        Q_EMIT annotationsHovered(ids, QPoint(msg.value(u"x").toInt(), msg.value(u"y").toInt()));
    } else if (type == u"scrolled") {
        const qsizetype offset = msg.value(u"offset").toInteger(-1);
        if (offset < 0) {
            qCWarning(lcBridge) << "ignored a reading position without an offset";
            return;
        }
        Q_EMIT scrolled(msg.value(u"article").toString(), offset);
    } else if (type == u"marginLayout") {
        const QString mode = msg.value(u"mode").toString();
        if (mode != u"margin" && mode != u"list") {
            qCWarning(lcBridge) << "ignored a notes layout with an unknown mode" << mode;
            return;
        }
        Q_EMIT notesLaidOut(mode == u"margin", msg.value(u"notes").toInt());
    } else {
        qCDebug(lcBridge) << "unhandled message type" << type;
    }
}

void ReaderBridge::send(const QJsonObject &message)
{
    Q_EMIT push(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void ReaderBridge::setPalette(const QJsonArray &colors)
{
    send({{QStringLiteral("type"), QStringLiteral("palette")}, {QStringLiteral("colors"), colors}});
}

void ReaderBridge::setAnnotations(const QJsonArray &items)
{
    send({{QStringLiteral("type"), QStringLiteral("annotations")}, {QStringLiteral("items"), items}});
}

void ReaderBridge::upsertAnnotation(const QJsonObject &item)
{
    send({{QStringLiteral("type"), QStringLiteral("annotationUpsert")}, {QStringLiteral("item"), item}});
}

void ReaderBridge::removeAnnotation(const QString &annotationId)
{
    send({{QStringLiteral("type"), QStringLiteral("annotationRemove")}, {QStringLiteral("id"), annotationId}});
}

void ReaderBridge::setComments(const QJsonArray &items)
{
    send({{QStringLiteral("type"), QStringLiteral("comments")}, {QStringLiteral("items"), items}});
}

void ReaderBridge::upsertComment(const QJsonObject &item)
{
    send({{QStringLiteral("type"), QStringLiteral("commentUpsert")}, {QStringLiteral("item"), item}});
}

void ReaderBridge::removeComment(const QString &anchorId)
{
    send({{QStringLiteral("type"), QStringLiteral("commentRemove")}, {QStringLiteral("id"), anchorId}});
}

QJsonObject ReaderBridge::labelsMessage(const QJsonObject &labels)
{
    QJsonObject message = labels;
    message.insert(QStringLiteral("type"), QStringLiteral("labels"));
    return message;
}

void ReaderBridge::setLabels(const QJsonObject &labels)
{
    send(labelsMessage(labels));
}

void ReaderBridge::scrollTo(const QString &annotationId, bool flash)
{
    send({{QStringLiteral("type"), QStringLiteral("scrollTo")}, {QStringLiteral("id"), annotationId},
        {QStringLiteral("flash"), flash}});
}

void ReaderBridge::flashRange(qsizetype start, qsizetype end)
{
    send({{QStringLiteral("type"), QStringLiteral("flashRange")}, {QStringLiteral("start"), start},
        {QStringLiteral("end"), end}});
}

void ReaderBridge::setFocusRing(const QString &annotationId, const QString &announcement)
{
    send({{QStringLiteral("type"), QStringLiteral("focus")}, {QStringLiteral("id"), annotationId},
        {QStringLiteral("announce"), announcement}});
}

QJsonObject ReaderBridge::scrollToOffsetMessage(qsizetype offset)
{
    return {{QStringLiteral("type"), QStringLiteral("scrollToOffset")}, {QStringLiteral("offset"), offset}};
}

void ReaderBridge::scrollToOffset(qsizetype offset)
{
    send(scrollToOffsetMessage(offset));
}

void ReaderBridge::openNotesList()
{
    send({{QStringLiteral("type"), QStringLiteral("openNotesList")}});
}

QJsonObject ReaderBridge::fontScaleMessage(qreal scale)
{
    return {{QStringLiteral("type"), QStringLiteral("fontScale")}, {QStringLiteral("value"), scale}};
}

void ReaderBridge::setFontScale(qreal scale)
{
    send(fontScaleMessage(scale));
}

QJsonObject ReaderBridge::themeMessage(const QString &pageTheme)
{
    return {{QStringLiteral("type"), QStringLiteral("theme")}, {QStringLiteral("value"), pageTheme}};
}

void ReaderBridge::setTheme(const QString &pageTheme)
{
    send(themeMessage(pageTheme));
}

void ReaderBridge::clearSelection()
{
    send({{QStringLiteral("type"), QStringLiteral("clearSelection")}});
}

} // namespace Glossa::Ui
