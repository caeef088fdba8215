// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlextractor.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>
#include <memory>

Q_LOGGING_CATEGORY(lcExtract, "glossa.ui.extract", QtWarningMsg)

namespace Glossa::Ui {

// Nothing an imported page names is ever fetched: images, styles, fonts, frames, beacons. Only the
// data: URL that carries the page itself is let through.
class RefuseAllInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (info.requestUrl().scheme() == u"data"
            && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame) {
            return;
        }
        ++m_refused;
        qCDebug(lcExtract) << "refused" << info.requestUrl().toDisplayString();
        info.block(true);
    }
    int refused() const { return m_refused.load(); }

private:
    std::atomic<int> m_refused {0};
};

// A page that never navigates anywhere (a meta refresh, a link) but to the HTML it was given.
class ExtractorPage final : public QWebEnginePage
{
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override
    {
        return isMainFrame && url.scheme() == u"data";
    }
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
    void javaScriptConsoleMessage(
        JavaScriptConsoleMessageLevel, const QString &message, int line, const QString &) override
    {
        qCDebug(lcExtract) << "js:" << line << message;
    }
};

namespace {

QString resourceText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcExtract) << "missing resource" << path;
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

// The script's marks, each checked: a known kind, a range inside the block's text, a link to the web.
QList<Model::Mark> marksFrom(const QJsonArray &marks, qsizetype length)
{
    QList<Model::Mark> out;
    for (const QJsonValue &v : marks) {
        const QJsonObject m = v.toObject();
        const auto kind = Model::markKindFromName(m.value(u"kind").toString());
        const qsizetype start = m.value(u"start").toInteger(-1);
        const qsizetype end = m.value(u"end").toInteger(-1);
        const QString attr = m.value(u"attr").toString();
        if (!kind || start < 0 || end < start || end > length
            || (*kind == Model::MarkKind::Link && !Model::isKeptLinkTarget(attr))) {
            continue;
        }
        out.append(Model::Mark {.kind = *kind, .start = start, .end = end, .attr = attr});
    }
    return out;
}

Ingest::HtmlExtraction fromJson(const QString &json)
{
    Ingest::HtmlExtraction r;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    r.readerable = o.value(u"readerable").toBool();
    r.title = o.value(u"title").toString();
    r.byline = o.value(u"byline").toString();
    r.siteName = o.value(u"siteName").toString();
    r.language = o.value(u"lang").toString();
    r.publishedTime = o.value(u"publishedTime").toString();
    r.excerpt = o.value(u"excerpt").toString();
    r.documentTitle = o.value(u"documentTitle").toString();
    r.visibleText = o.value(u"visibleText").toString();
    const QJsonArray blocks = o.value(u"blocks").toArray();
    for (const QJsonValue &v : blocks) {
        const QJsonObject b = v.toObject();
        const auto type = Model::blockTypeFromName(b.value(u"type").toString());
        if (!type) {
            continue;
        }
        Model::Block block {.type = *type,
            .level = b.value(u"level").toInt(),
            .ordinal = std::max(0, b.value(u"ordinal").toInt()),
            .language = b.value(u"language").toString(),
            .text = b.value(u"text").toString()};
        block.marks = marksFrom(b.value(u"marks").toArray(), block.text.size());
        r.blocks.append(std::move(block));
    }
    if (const QString error = o.value(u"scriptError").toString(); !error.isEmpty()) {
        qCDebug(lcExtract) << "Readability failed:" << error;
    }
    return r;
}

} // namespace

HtmlPageExtractor::HtmlPageExtractor(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this)) // off the record: nothing of an imported page is kept
    , m_interceptor(new RefuseAllInterceptor(this))
    , m_page(nullptr)
{
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    QWebEngineSettings *s = m_profile->settings();
    // The page's own scripts never run; ours run in the application world, which this does not affect.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    m_page = new ExtractorPage(m_profile, this);

    m_script = resourceText(QStringLiteral(":/extract/Readability.js")) + u"\n;\n"
        + resourceText(QStringLiteral(":/extract/Readability-readerable.js")) + u"\n;\n"
        + resourceText(QStringLiteral(":/extract/glossa-extract.js"));
}

HtmlPageExtractor::~HtmlPageExtractor()
{
    delete m_page; // a page must go before its profile
    m_page = nullptr;
}

int HtmlPageExtractor::refusedRequests() const
{
    return m_interceptor->refused();
}

Result<Ingest::HtmlExtraction> HtmlPageExtractor::extract(const QString &html, const QUrl &baseUrl)
{
    if (html.toUtf8().size() > MaxHtmlBytes) {
        return Error {.message = tr("the page is too large to import (over 2 MB once its scripts are removed)")};
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QString json;
    bool failed = false;
    bool timedOut = false;
    bool analysing = false;
    const auto done = std::make_shared<bool>(false);
    const QUrl base = baseUrl.isValid() ? baseUrl : QUrl(QStringLiteral("about:blank"));
    const QMetaObject::Connection loaded
        = connect(m_page, &QWebEnginePage::loadingChanged, &loop, [&](const QWebEngineLoadingInfo &info) {
              // Only the end of loading the HTML itself (reported under its base URL) counts: a refused
              // navigation (a meta refresh, here or left over from the previous page) has its own URL. A page
              // whose refresh was refused may end "failed", yet its document is there: analyse it.
              if (analysing || (info.url() != base && info.url().scheme() != u"data")
                  || (info.status() != QWebEngineLoadingInfo::LoadSucceededStatus
                      && info.status() != QWebEngineLoadingInfo::LoadFailedStatus)) {
                  return;
              }
              analysing = true;
              // The answer may come after this call gave up waiting (a page that took too long): it then
              // finds `done` set and touches nothing of this call's, long gone.
              m_page->runJavaScript(m_script, QWebEngineScript::ApplicationWorld, [&, done](const QVariant &v) {
                  if (*done) {
                      return;
                  }
                  json = v.toString();
                  failed = json.isEmpty();
                  loop.quit();
              });
          });
    connect(&timeout, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    timeout.start(60'000);
    m_page->setHtml(html, base);
    loop.exec();
    *done = true;
    disconnect(loaded);
    if (timedOut) {
        m_page->triggerAction(QWebEnginePage::Stop);
        return Error {.message = tr("the page took too long to analyse")};
    }
    if (failed || json.isEmpty()) {
        return Error {.message = tr("the page could not be loaded for extraction")};
    }
    return fromJson(json);
}

std::unique_ptr<Ingest::HtmlExtractor> newHtmlPageExtractor()
{
    return std::make_unique<HtmlPageExtractor>();
}

} // namespace Glossa::Ui

#include "htmlextractor.moc"
