// SPDX-License-Identifier: GPL-3.0-or-later
// Serves glossa://app/…: the reader page of an article (rendered by the app layer, with its
// annotations embedded as JSON data, see PageItems), the reader's CSS and JavaScript from
// resources, the code-highlighting stylesheet and qwebchannel.js.
#pragma once

#include "model/article.h"
#include "model/revision.h"

#include <QJsonArray>
#include <QWebEngineUrlSchemeHandler>

#include <functional>
#include <memory>
#include <optional>

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
    // Code blocks are highlighted with `syntax` (see CodeHighlighter). `library` may be null for a
    // handler that serves only the page given to setArticlePage().
    SchemeHandler(
        Library *library, std::shared_ptr<const KSyntaxHighlighting::Repository> syntax, QObject *parent = nullptr);
    ~SchemeHandler() override;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // What an article's page is served with besides its annotations: bridge messages (its
    // settings, where to scroll) it handles before its first layout, so nothing jumps after.
    using PageMessages = std::function<QJsonArray(const QString &articleId)>;
    void setPageMessages(PageMessages messages) { m_pageMessages = std::move(messages); }

    // An article's page made of given parts rather than of what the library holds: an export
    // prints only the annotations it exports (PageItems::stateJson), on white paper.
    struct ArticlePage {
        Model::Article article;
        Model::Revision revision;
        QByteArray state; // as ReaderPageData::state
        QString theme = QStringLiteral("light");
        QString appendix; // as ReaderPageData::appendix
    };
    // Served for its article's URL (articleUrl()) instead of the library's page; nullopt: none.
    void setArticlePage(std::optional<ArticlePage> page) { m_articlePage = std::move(page); }

private:
    void reply(QWebEngineUrlRequestJob *job, const QByteArray &mime, const QByteArray &body);
    QByteArray articleHtml(const Model::Article &article, const Model::Revision &revision, const QByteArray &state,
        const QString &theme, const QString &appendix = {}) const;

    Library *m_library;
    std::unique_ptr<Render::CodeHighlighter> m_highlighter;
    PageMessages m_pageMessages;
    std::optional<ArticlePage> m_articlePage;
};

} // namespace Glossa::Ui
