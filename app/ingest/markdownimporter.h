// SPDX-License-Identifier: GPL-3.0-or-later
// Turns Markdown (CommonMark with GitHub's extensions, parsed by md4c) into Glossa blocks.
// Raw HTML in the source is never kept as markup: HTML blocks are dropped, inline HTML stays text.
#pragma once

#include "extraction.h"

namespace Glossa::Ingest {

class MarkdownImporter
{
public:
    // `source` is the whole Markdown file. A leading YAML front matter block ("---" … "---") gives
    // title, author/byline, lang/language, site and date; without a title the first heading is used.
    static Extraction extract(const QString &source);

    // The character(s) an HTML entity such as "&amp;" or "&#8212;" stands for, as md4c reports
    // them; unknown entities come back unchanged.
    static QString decodeEntity(QStringView entity);
};

} // namespace Glossa::Ingest
