// SPDX-License-Identifier: GPL-3.0-or-later
// What the app layer needs from a web engine to import HTML: run Mozilla Readability on a page
// (scripts off, network refused) and hand back its article as Glossa blocks plus metadata, or the
// page's visible text when Readability finds no article. The app layer never includes WebEngine:
// ui/ implements this interface (ui/htmlextractor.*) and registers it at start-up.
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

// The extractor the process uses, created on first use by the factory that ui/ registers (so a
// command that ends up reading plain text never starts a web engine). Without a registered factory
// HTML cannot be imported and the importer says so.
void setHtmlExtractorFactory(std::function<std::unique_ptr<HtmlExtractor>()> factory);
HtmlExtractor *htmlExtractor();
void resetHtmlExtractor(); // destroys the extractor (before the application object goes)

} // namespace Glossa::Ingest
