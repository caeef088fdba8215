// SPDX-License-Identifier: GPL-3.0-or-later
// The web profile every reader page uses: off the record (no cookies, cache or history on disk),
// serving glossa: from the library, and refusing every other request.
#pragma once

#include <QObject>

#include <memory>

class QWebEngineProfile;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class RequestInterceptor;
class SchemeHandler;

class ReaderProfile final : public QObject
{
    Q_OBJECT

public:
    // Code blocks in articles are highlighted with `syntax`, which the window shares with the
    // note editor; with none the profile loads its own.
    explicit ReaderProfile(Library *library, std::shared_ptr<const KSyntaxHighlighting::Repository> syntax = {},
        QObject *parent = nullptr);
    ~ReaderProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    RequestInterceptor *interceptor() const { return m_interceptor; }
    SchemeHandler *schemeHandler() const { return m_handler; }

private:
    QWebEngineProfile *m_profile;
    RequestInterceptor *m_interceptor;
    SchemeHandler *m_handler;
};

} // namespace Glossa::Ui
