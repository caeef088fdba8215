// SPDX-License-Identifier: GPL-3.0-or-later
// Plain text, typically a web page copied as text: paragraphs, the article body without the site's
// chrome, headings, title, byline and author bio, and the language.
#pragma once

#include "extraction.h"

namespace Glossa::Ingest {

class PlainTextImporter
{
public:
    // `text` is decoded text (see TextDecoder); it is normalised here (line endings, fixed spaces).
    static Extraction extract(const QString &text);

    // Paragraphs separated by blank lines; when the text has none, each line is a paragraph. A
    // blank-line group whose lines are hard-wrapped prose is one paragraph; a group of unrelated
    // short lines (a menu, a comment widget) is split into lines.
    static QStringList paragraphs(const QString &normalisedText);

    // The start of the first sentence of `text`, cut at a word boundary to at most `maxLength`
    // characters with an ellipsis: a title for an article that has none.
    static QString titleFromFirstSentence(const QString &text, qsizetype maxLength = 80);
};

} // namespace Glossa::Ingest
