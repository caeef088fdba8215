// SPDX-License-Identifier: GPL-3.0-or-later
// Serves glossa://app/…: the reader page of an article (rendered by the app layer, with its
// annotations embedded as JSON data, see PageItems), the reader's CSS and JavaScript from
// resources, the code-highlighting stylesheet and qwebchannel.js.
#pragma once

#include <QWebEngineUrlSchemeHandler>

#include <memory>

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
    SchemeHandler(Library *library, QObject *parent = nullptr);
    ~SchemeHandler() override;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    void reply(QWebEngineUrlRequestJob *job, const QByteArray &mime, const QByteArray &body);

    Library *m_library;
    std::unique_ptr<Render::CodeHighlighter> m_highlighter;
};

} // namespace Glossa::Ui
