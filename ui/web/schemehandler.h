// SPDX-License-Identifier: GPL-3.0-or-later
// Serves glossa://app/…: the reader page of an article (rendered by the app layer, with its
// annotations embedded as JSON data, see PageItems), the reader's CSS and JavaScript from
// resources, the code-highlighting stylesheet and qwebchannel.js.
#pragma once

#include <QJsonArray>
#include <QWebEngineUrlSchemeHandler>

#include <functional>
#include <memory>

namespace KSyntaxHighlighting {
class Repository;
}

namespace Glossa {
class Library;
namespace Render {
class CodeHighlighter;
}
} // namespace Glossa

namespace Glossa::Ui {

class SchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    // Code blocks are highlighted with `syntax` (see CodeHighlighter).
    SchemeHandler(
        Library *library, std::shared_ptr<const KSyntaxHighlighting::Repository> syntax, QObject *parent = nullptr);
    ~SchemeHandler() override;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // What an article's page is served with besides its annotations: bridge messages (its
    // settings, where to scroll) it handles before its first layout, so nothing jumps after.
    using PageMessages = std::function<QJsonArray(const QString &articleId)>;
    void setPageMessages(PageMessages messages) { m_pageMessages = std::move(messages); }

private:
    void reply(QWebEngineUrlRequestJob *job, const QByteArray &mime, const QByteArray &body);

    Library *m_library;
    std::unique_ptr<Render::CodeHighlighter> m_highlighter;
    PageMessages m_pageMessages;
};

} // namespace Glossa::Ui
