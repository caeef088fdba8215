// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerpage.h"

#include "readerbridge.h"
#include "web/glossascheme.h"

#include <QLoggingCategory>
#include <QWebChannel>

Q_LOGGING_CATEGORY(lcPage, "glossa.ui.page")

namespace Glossa::Ui {

ReaderPage::ReaderPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_bridge(new ReaderBridge(this))
    , m_channel(new QWebChannel(this))
{
    m_channel->registerObject(QStringLiteral("glossa"), m_bridge);
    setWebChannel(m_channel);
}

bool ReaderPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    Q_UNUSED(type)
    // Sub-frames are never wanted; the main frame only ever shows Glossa's own pages.
    if (!isMainFrame || !isGlossaUrl(url)) {
        qCDebug(lcPage) << "navigation refused" << url.toDisplayString();
        return false;
    }
    return true;
}

void ReaderPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel level, const QString &message, int line, const QString &source)
{
    if (level == ErrorMessageLevel) {
        qCWarning(lcPage).noquote() << source << line << message;
    } else {
        qCDebug(lcPage).noquote() << source << line << message;
    }
}

} // namespace Glossa::Ui
