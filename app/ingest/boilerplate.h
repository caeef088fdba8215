// SPDX-License-Identifier: GPL-3.0-or-later
// Boilerplate removal for text copied off a web page, in the spirit of jusText: every paragraph is
// classified on its own (length, sentence punctuation, share of function words of the page's
// language, words of site chrome such as "share" or "comments", credits, separators), then the
// article body is the contiguous run of paragraphs with the best total score, so a short line inside
// the body survives (it becomes a heading) while the same line outside it is chrome.
#pragma once

#include "model/block.h"

#include <QList>
#include <QString>

namespace Glossa::Ingest {

class Boilerplate
{
public:
    enum class Kind {
        Good, // prose: long, punctuated, full of function words
        NearGood, // probably prose
        Short, // too short to judge alone: a heading inside the body, chrome outside
        ListItem, // a line with a list marker
        Bad, // long but not prose (link lists, tag clouds)
        Chrome, // site chrome: share/search/comment words, photo credits, author box
        Separator, // no letters at all ("•  •  •", "* * *")
    };

    struct Paragraph {
        QString text;
        Kind kind = Kind::Short;
        qsizetype words = 0;
        double functionShare = 0.0;
        bool sectionEnd = false; // a line that closes the article ("Comments", "Related articles")
        bool nameLike = false; // looks like a person's name
        double score = 0.0;
    };

    struct Result {
        QList<Paragraph> paragraphs;
        qsizetype bodyBegin = 0; // [bodyBegin, bodyEnd) indexes paragraphs
        qsizetype bodyEnd = 0;
        QString byline;
        QString bio;
    };

    // Classifies `paragraphs` (already split, whitespace-normalised) of a text in `language`
    // (empty when unknown) and finds the body and the author box.
    static Result analyse(const QStringList &paragraphs, const QString &language);

    // The blocks of the body: paragraphs, headings, list items, separators; chrome dropped.
    static QList<Model::Block> bodyBlocks(const Result &result);

    // Helpers shared with the title and byline recognition.
    static bool isNameLike(const QString &line);
    static QString bylineName(const QString &line); // "By Jane Doe" → "Jane Doe", else empty
    static QChar terminal(const QString &line); // the last character, closing quotes skipped
};

} // namespace Glossa::Ingest
