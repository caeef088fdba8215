// SPDX-License-Identifier: GPL-3.0-or-later
// The one object the reader page can reach through the web channel. The page sends typed JSON
// messages ({"type": "ready", …}) to post(); C++ sends JSON to the page through push().
// User text only ever travels as JSON data, never as JavaScript source.
#pragma once

#include <QJsonObject>
#include <QObject>

namespace Glossa::Ui {

class ReaderBridge final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Called by the page.
    Q_INVOKABLE void post(const QString &json);

    // Sends a message to the page.
    void send(const QJsonObject &message);

Q_SIGNALS:
    // To the page (connected by reader.js).
    void push(const QString &json);

    // From the page: the article with this many blocks is laid out and painted.
    void ready(const QString &articleId, int blockCount);

};

} // namespace Glossa::Ui
