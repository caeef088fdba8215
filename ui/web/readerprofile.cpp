// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerprofile.h"

#include "glossascheme.h"
#include "requestinterceptor.h"
#include "schemehandler.h"

#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace Glossa::Ui {

ReaderProfile::ReaderProfile(
    Library *library, std::shared_ptr<const KSyntaxHighlighting::Repository> syntax, QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_interceptor(new RequestInterceptor(this))
    , m_handler(new SchemeHandler(library, std::move(syntax), this))
{
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler(kScheme.toLatin1(), m_handler);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);

    QWebEngineSettings *s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, true);
}

ReaderProfile::~ReaderProfile()
{
    // Pages must go before their profile; ReaderView owns its page and is destroyed first.
    m_profile->removeAllUrlSchemeHandlers();
}

} // namespace Glossa::Ui
