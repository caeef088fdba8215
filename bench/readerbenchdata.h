// SPDX-License-Identifier: GPL-3.0-or-later
// The material the reader benchmarks open: a long article built from real prose (the bundled
// sample articles, repeated under headings), with many highlights and notes like a student's.
#pragma once

#include <QString>

namespace Glossa {
class Library;
}

namespace Glossa::Bench {

// Markdown of roughly `words` words: the sample articles' paragraphs, repeated in parts with headings.
QString sampleMarkdown(int words);

// Imports `markdown` into `library` as a new article; returns its id (empty on failure, with a
// message on stderr).
QString importArticle(Library &library, const QString &markdown, const QString &name);

// Adds `highlights` highlights over the article's text (mixed colours and styles, some nested or
// overlapping, some marked fuzzy) of which `notes` carry a Markdown note (some long).
bool annotate(Library &library, const QString &articleId, int highlights, int notes);

} // namespace Glossa::Bench
