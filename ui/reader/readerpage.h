// SPDX-License-Identifier: GPL-3.0-or-later
// The reader's web page: it may only navigate to Glossa's own pages, and it carries the web
// channel to the bridge (which exists on no other page).
#pragma once

#include <QWebEnginePage>

class QWebChannel;

namespace Glossa::Ui {

class ReaderBridge;

class ReaderPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    ReaderPage(QWebEngineProfile *profile, QObject *parent = nullptr);

    ReaderBridge *bridge() const { return m_bridge; }

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel level, const QString &message, int line, const QString &source) override;

private:
    ReaderBridge *m_bridge;
    QWebChannel *m_channel;
};

} // namespace Glossa::Ui
