// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestinterceptor.h"

#include "glossascheme.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNet, "glossa.ui.network")

namespace Glossa::Ui {

void RequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (isGlossaUrl(url) || url.scheme() == u"data") {
        return;
    }
    ++m_blocked;
    qCDebug(lcNet) << "refused" << url.toDisplayString();
    info.block(true);
}

} // namespace Glossa::Ui
