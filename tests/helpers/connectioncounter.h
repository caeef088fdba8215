// SPDX-License-Identifier: GPL-3.0-or-later
// A local server that counts the connections made to it, for tests that prove nothing reaches the
// network: a count of zero means something once checkCountsARealConnection() has passed.
#pragma once

#include <QHostAddress>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace Glossa::Test {

struct ConnectionCounter {
    // From initTestCase().
    void listen()
    {
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                s->deleteLater();
            }
        });
    }

    // http://127.0.0.1:PORT/PATH on this server.
    QString url(const QString &path = {}) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2").arg(server.serverPort()).arg(path);
    }

    // The control: a real connection is counted (and the count goes back to zero).
    void checkCountsARealConnection()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        QTRY_COMPARE(connections, 1);
        connections = 0;
    }

    QTcpServer server;
    int connections = 0;
};

} // namespace Glossa::Test
