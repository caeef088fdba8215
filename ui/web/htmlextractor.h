// SPDX-License-Identifier: GPL-3.0-or-later
// The web-engine side of HTML import: loads a page into an offscreen QWebEnginePage whose own
// scripts are disabled and whose every network request is refused, runs Mozilla Readability on it
// in an isolated JavaScript world, and returns its article as Glossa blocks (Ingest::HtmlExtractor).
// One page is kept and reused, so only the first extraction pays for starting the engine.
#pragma once

#include "ingest/htmlextractor.h"

#include <QObject>

#include <memory>

class QWebEngineProfile;

namespace Glossa::Ui {

class ExtractorPage;
class RefuseAllInterceptor;

class HtmlPageExtractor final : public QObject, public Ingest::HtmlExtractor
{
    Q_OBJECT

public:
    explicit HtmlPageExtractor(QObject *parent = nullptr);
    ~HtmlPageExtractor() override;

    Result<Ingest::HtmlExtraction> extract(const QString &html, const QUrl &baseUrl) override;

    // Requests refused since creation (diagnostics and tests).
    int refusedRequests() const;

    // Pages bigger than this (scripts already removed) cannot be handed to the engine directly.
    static constexpr qsizetype MaxHtmlBytes = 2 * 1000 * 1000 - 4096;

private:
    QWebEngineProfile *m_profile;
    RefuseAllInterceptor *m_interceptor;
    ExtractorPage *m_page;
    QString m_script;
};

// A new HtmlPageExtractor: the factory of the Ingest::HtmlExtractorProvider its owner keeps.
std::unique_ptr<Ingest::HtmlExtractor> newHtmlPageExtractor();

} // namespace Glossa::Ui
