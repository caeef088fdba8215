// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemehandler.h"

#include "glossascheme.h"
#include "library/library.h"
#include "preferences/theme.h"
#include "readerscripts.h"
#include "render/codehighlighter.h"
#include "render/pageitems.h"
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
};

// The page's scripts, in the order they run: Qt's web channel, then the reader's own (their list is
// in resources/CMakeLists.txt). They are served as one script (every request goes through the GUI
// thread, so one costs less than nine while the window is starting), each file still its own unit
// in the sources.
QList<QStringView> pageScripts()
{
    QList<QStringView> scripts {u":/qtwebchannel/qwebchannel.js"};
    for (const QStringView script : Resources::ReaderScripts) {
        scripts << script;
    }
    return scripts;
}

// The scripts joined; empty if one is missing. Every file opens with 'use strict' (qwebchannel.js
// with \"use strict\"), so the joined script starts strict and stays so.
QByteArray pageScript()
{
    QByteArray script;
    for (const QStringView resource : pageScripts()) {
        QFile f(resource.toString());
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcScheme) << "missing resource" << resource;
            return {};
        }
        script += "// " + resource.toUtf8() + '\n' + f.readAll() + "\n;\n";
    }
    return script;
}
} // namespace

SchemeHandler::SchemeHandler(
    Library *library, std::shared_ptr<const KSyntaxHighlighting::Repository> syntax, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_library(library)
    , m_highlighter(std::make_unique<Render::CodeHighlighter>(std::move(syntax)))
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

QByteArray SchemeHandler::articleHtml(const Model::Article &article, const Model::Revision &revision,
    const QByteArray &state, const QString &theme, const QString &appendix) const
{
    const Render::ReaderPageUrls urls {
        .styleSheet = appUrl(QStringLiteral("/reader/reader.css")).toString(),
        .codeStyleSheet = appUrl(QStringLiteral("/reader/highlight.css")).toString(),
        .scripts = {appUrl(QStringLiteral("/reader/page.js")).toString()},
    };
    return Render::ReaderHtml::render(
        article, revision, *m_highlighter, urls, {.state = state, .theme = theme, .appendix = appendix})
        .toUtf8();
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
    if (path == u"/reader/page.js") {
        static const QByteArray script = pageScript();
        if (script.isEmpty()) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        reply(job, "text/javascript", script);
        return;
    }
    if (path == u"/reader/highlight.css") {
        reply(job, "text/css", m_highlighter->styleSheet().toUtf8());
        return;
    }
    if (path.startsWith(u"/article/")) {
        const QString id = path.mid(9);
        if (m_articlePage && m_articlePage->article.id == id) {
            reply(job, "text/html;charset=utf-8",
                articleHtml(m_articlePage->article, m_articlePage->revision, m_articlePage->state, m_articlePage->theme,
                    m_articlePage->appendix));
            return;
        }
        const auto article = m_library ? m_library->article(id) : std::nullopt;
        const auto revision = m_library ? m_library->currentRevision(id) : std::nullopt;
        if (!article || !revision) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        reply(job, "text/html;charset=utf-8",
            articleHtml(*article, *revision,
                Render::PageItems::stateJson(*m_library, id, m_pageMessages ? m_pageMessages(id) : QJsonArray {}),
                Theme::pageTheme()));
        return;
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace Glossa::Ui
