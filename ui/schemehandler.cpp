// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemehandler.h"

#include "glossascheme.h"
#include "library/library.h"
#include "pageitems.h"
#include "render/codehighlighter.h"
#include "render/readerhtml.h"

#include <QBuffer>
#include <QFile>
#include <QLoggingCategory>
#include <QWebEngineUrlRequestJob>

Q_LOGGING_CATEGORY(lcScheme, "glossa.ui.scheme")

namespace Glossa::Ui {

namespace {
// Static files the page may load, and their types. Anything else is "not found".
struct StaticFile {
    QStringView path;
    QStringView resource;
    const char *mime = nullptr;
};
constexpr StaticFile kStaticFiles[] = {
    {u"/reader/reader.css", u":/reader/reader.css", "text/css"},
    {u"/reader/textmap.js", u":/reader/textmap.js", "text/javascript"},
    {u"/reader/highlights.js", u":/reader/highlights.js", "text/javascript"},
    {u"/reader/margin.js", u":/reader/margin.js", "text/javascript"},
    {u"/reader/navigation.js", u":/reader/navigation.js", "text/javascript"},
    {u"/reader/notelist.js", u":/reader/notelist.js", "text/javascript"},
    {u"/reader/reading.js", u":/reader/reading.js", "text/javascript"},
    {u"/reader/reader.js", u":/reader/reader.js", "text/javascript"},
    {u"/qwebchannel.js", u":/qtwebchannel/qwebchannel.js", "text/javascript"},
};
} // namespace

SchemeHandler::SchemeHandler(Library *library, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_library(library)
    , m_highlighter(std::make_unique<Render::CodeHighlighter>())
{
}

SchemeHandler::~SchemeHandler() = default;

void SchemeHandler::reply(QWebEngineUrlRequestJob *job, const QByteArray &mime, const QByteArray &body)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(mime, buffer);
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (!isGlossaUrl(url) || job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString path = url.path();
    for (const StaticFile &file : kStaticFiles) {
        if (path == file.path) {
            QFile f(file.resource.toString());
            if (!f.open(QIODevice::ReadOnly)) {
                qCWarning(lcScheme) << "missing resource" << file.resource;
                job->fail(QWebEngineUrlRequestJob::UrlNotFound);
                return;
            }
            reply(job, file.mime, f.readAll());
            return;
        }
    }
    if (path == u"/reader/highlight.css") {
        reply(job, "text/css", m_highlighter->styleSheet().toUtf8());
        return;
    }
    if (path.startsWith(u"/annotations/")) {
        // The article's annotations and palette, fetched by its page while it loads.
        const QString id = path.mid(13);
        if (!m_library->article(id)) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        reply(job, "application/json", PageItems::stateJson(*m_library, id));
        return;
    }
    if (path.startsWith(u"/article/")) {
        const QString id = path.mid(9);
        const auto article = m_library->article(id);
        const auto revision = m_library->currentRevision(id);
        if (!article || !revision) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        const Render::ReaderPageUrls urls {
            .styleSheet = appUrl(QStringLiteral("/reader/reader.css")).toString(),
            .codeStyleSheet = appUrl(QStringLiteral("/reader/highlight.css")).toString(),
            .scripts = {appUrl(QStringLiteral("/qwebchannel.js")).toString(),
                appUrl(QStringLiteral("/reader/textmap.js")).toString(),
                appUrl(QStringLiteral("/reader/highlights.js")).toString(),
                appUrl(QStringLiteral("/reader/margin.js")).toString(),
                appUrl(QStringLiteral("/reader/navigation.js")).toString(),
                appUrl(QStringLiteral("/reader/notelist.js")).toString(),
                appUrl(QStringLiteral("/reader/reading.js")).toString(),
                appUrl(QStringLiteral("/reader/reader.js")).toString()},
        };
        reply(job, "text/html;charset=utf-8",
            Render::ReaderHtml::render(*article, *revision, *m_highlighter, urls).toUtf8());
        return;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace Glossa::Ui
