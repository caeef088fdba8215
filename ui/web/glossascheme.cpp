// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossascheme.h"

#include <QWebEngineUrlScheme>

namespace Glossa::Ui {

void registerGlossaScheme()
{
    QWebEngineUrlScheme scheme(kScheme.toLatin1());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure and local: the page is a secure context, and the scheme cannot be reached from the web.
    scheme.setFlags(
        QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl appUrl(const QString &path)
{
    QUrl url;
    url.setScheme(kScheme.toString());
    url.setHost(kAppHost.toString());
    url.setPath(path.startsWith(u'/') ? path : u'/' + path);
    return url;
}

QUrl articleUrl(const QString &articleId)
{
    return appUrl(QStringLiteral("/article/") + articleId);
}

bool isGlossaUrl(const QUrl &url)
{
    return url.scheme() == kScheme && url.host() == kAppHost;
}

} // namespace Glossa::Ui
