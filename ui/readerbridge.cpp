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
    } else {
        qCDebug(lcBridge) << "unhandled message type" << type;
    }
}

void ReaderBridge::send(const QJsonObject &message)
{
    Q_EMIT push(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

} // namespace Glossa::Ui
