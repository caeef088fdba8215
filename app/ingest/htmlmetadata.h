// SPDX-License-Identifier: GPL-3.0-or-later
// What an HTML page says about itself beyond its text: the site's name and when it was published,
// read from the page as it came (before its scripts are removed for the extractor): `og:site_name`
// and `application-name`; `article:published_time` and the other publication-date meta tags,
// JSON-LD's `datePublished` (and `publisher.name`), and the first `<time datetime>`. The HTML
// importer uses them where Readability found none.
#pragma once

#include <QString>

namespace Glossa::Ingest::HtmlMetadata {

struct Found {
    QString site;
    QString published; // as the page wrote it (ISO 8601 when the page used it)
};

Found read(const QString &html);

} // namespace Glossa::Ingest::HtmlMetadata
