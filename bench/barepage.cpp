// SPDX-License-Identifier: GPL-3.0-or-later
#include "barepage.h"

#include "library/library.h"
#include "readerscripts.h"
#include "render/codehighlighter.h"
#include "render/readerhtml.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Glossa::Bench {

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Copies a resource into `dir` under its own file name; returns that name, or an empty string.
QString copyResource(const QString &dir, QStringView resource)
{
    const QString name = resource.mid(resource.lastIndexOf(u'/') + 1).toString();
    QFile f(resource.toString());
    return f.open(QIODevice::ReadOnly) && writeFile(dir + u'/' + name, f.readAll()) ? name : QString();
}

} // namespace

// The policy allowing only glossa: URLs is left out, and the web channel (the bare process has no
// application to talk to): the reader's messages wait in its queue.
QString writeBarePage(const QString &dir, Library &library, const QString &articleId)
{
    auto url = [&](const QString &name) {
        return QUrl::fromLocalFile(dir + u'/' + name).toString();
    };
    const Render::CodeHighlighter highlighter;
    Render::ReaderPageUrls urls {.styleSheet = url(u"reader.css"_s), .codeStyleSheet = url(u"highlight.css"_s)};
    if (copyResource(dir, u":/reader/reader.css").isEmpty()) {
        return {};
    }
    for (const QStringView script : Resources::ReaderScripts) {
        const QString name = copyResource(dir, script);
        if (name.isEmpty()) {
            return {};
        }
        urls.scripts << url(name);
    }
    const QByteArray probe = "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() =>"
                             " console.log('"
        + BarePagePainted.toUtf8() + "'))));\n";
    if (!writeFile(dir + u"/highlight.css"_s, highlighter.styleSheet().toUtf8())
        || !writeFile(dir + u"/probe.js"_s, probe)) {
        return {};
    }
    urls.scripts << url(u"probe.js"_s);
    const auto article = library.article(articleId);
    const auto revision = library.currentRevision(articleId);
    if (!article || !revision) {
        return {};
    }
    QString html = Render::ReaderHtml::render(*article, *revision, highlighter, urls);
    html.remove(QRegularExpression(QStringLiteral("<meta http-equiv=\"Content-Security-Policy\"[^>]*>")));
    const QString path = dir + u"/page.html"_s;
    return writeFile(path, html.toUtf8()) ? path : QString();
}

} // namespace Glossa::Bench
