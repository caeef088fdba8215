// SPDX-License-Identifier: GPL-3.0-or-later
// Refuses every request from the reader that is not for Glossa's own scheme: an analyst's private
// reading must not ping anyone, whatever an article or a bug tries to load.
#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

namespace Glossa::Ui {

class RequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    // How many requests were refused since start (for diagnostics and tests).
    int blockedCount() const { return m_blocked.load(); }

private:
    std::atomic<int> m_blocked {0};
};

} // namespace Glossa::Ui
