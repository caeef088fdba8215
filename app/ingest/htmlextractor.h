// SPDX-License-Identifier: GPL-3.0-or-later
// What the app layer needs from a web engine to import HTML: run Mozilla Readability on a page
// (scripts off, network refused) and hand back its article as Glossa blocks plus metadata, or the
// page's visible text when Readability finds no article. The app layer never includes WebEngine:
// ui/ implements this interface (ui/web/htmlextractor.*), and whoever imports HTML owns a
// provider of it.
#pragma once

#include "model/block.h"
#include "model/result.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace Glossa::Ingest {

struct HtmlExtraction {
    bool readerable = false; // Readability found an article; otherwise only visibleText is set
    QString title;
    QString byline;
    QString siteName;
    QString language; // the page's lang attribute, as Readability reports it
    QString publishedTime; // as found in the page's metadata
    QString excerpt;
    QList<Model::Block> blocks;
    QString documentTitle; // <title>, for the fallback
    QString visibleText; // the page's text as a reader sees it (innerText), for the fallback
};

class HtmlExtractor
{
public:
    virtual ~HtmlExtractor() = default;
    // Synchronous: returns when the page is analysed, or why it failed (the page could not be loaded
    // or the script failed). `html` is the decoded page.
    virtual Result<HtmlExtraction> extract(const QString &html, const QUrl &baseUrl) = 0;
};

// The extractor of one owner (the window's import controller, the web-engine side of the CLI),
// created by its factory on the first HTML page, so importing plain text never starts a web engine.
// The owner keeps the provider and destroys it before the application object goes (a web page
// must). Importers that are given no provider refuse HTML with a sentence saying why.
class HtmlExtractorProvider final
{
public:
    using Factory = std::function<std::unique_ptr<HtmlExtractor>()>;

    explicit HtmlExtractorProvider(Factory factory);
    ~HtmlExtractorProvider();
    HtmlExtractorProvider(const HtmlExtractorProvider &) = delete;
    HtmlExtractorProvider &operator=(const HtmlExtractorProvider &) = delete;

    // The extractor, created on the first call; null when the factory makes none.
    HtmlExtractor *extractor();
    // Whether extractor() has created it yet (the web engine has started).
    bool isCreated() const { return m_instance != nullptr; }

private:
    Factory m_factory;
    std::unique_ptr<HtmlExtractor> m_instance;
};

} // namespace Glossa::Ingest
