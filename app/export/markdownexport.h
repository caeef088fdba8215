// SPDX-License-Identifier: GPL-3.0-or-later
// One article and its annotations as an Obsidian-friendly Markdown file: YAML front matter with the
// article's metadata, then each annotation in text order (orphans last, under their own heading):
// its passage as a blockquote under the colour's meaning, the note as written, its tags as #tags;
// then the article's discussion, when it has one (a "Discussion" section: markdowndiscussion.cpp),
// and its links and backlinks, when it has some (a "Links" section: markdownlinks.cpp).
// Private annotations stay out unless asked for. `glossa export --format markdown` writes it.
#pragma once

#include "discussion.h"
#include "exportlinks.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/palette.h"
#include "model/result.h"
#include "model/revision.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Glossa {
class Library;
}

namespace Glossa::Export {

struct MarkdownOptions {
    bool includePrivate = false; // private annotations are left out unless this is set
    QDateTime exportedAt; // written to the front matter as UTC ("exported"); left out when invalid
    bool includeDiscussion = true; // the article's comment thread, after the annotations
    bool includeLinks = true; // the article's links and backlinks, last
};

struct MarkdownDocument {
    QString text; // UTF-16; the file holds it as UTF-8, lines ending in "\n"
    int annotationCount = 0; // the annotations it holds, orphans included
    int commentCount = 0; // the comments of its Discussion section, tombstones left out
    int linkCount = 0; // the links of its Links section
};

class MarkdownExport
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Export::MarkdownExport)

public:
    // The Markdown file for `article`. `revision` is its current revision (the passages are read
    // from it where an annotation is anchored on it); `annotations` are the article's, in any
    // order; `palette` gives each colour its meaning. Inline-comment anchors are not listed with
    // them: they belong to `discussion`, written after them (unless options.includeDiscussion is off);
    // a link's anchors belong to `links`, written last (unless options.includeLinks is off).
    static MarkdownDocument write(const Model::Article &article, const std::optional<Model::Revision> &revision,
        QList<Model::Annotation> annotations, const Model::Palette &palette, const MarkdownOptions &options,
        const Discussion &discussion = {}, const ExportLinks &links = {});

    // The "## Discussion" section: the thread oldest first, each comment a list item ("**author** ·
    // ISO time · votes · resolved · edited", or "(deleted)" for a tombstone a reply needs), its
    // passage quoted for an inline comment, its body as written and indented under it, replies
    // nested up to four levels, then flat with "in reply to NAME". Empty when there is nothing to show.
    static QString discussionSection(const Discussion &discussion);

    // The "## Links" section: "### Links from this article", then "### Links to this article", each
    // link a list item "**relation** → [[Other title]]" (a backlink: "[[Other title]] → **relation**"),
    // "· *changed*" or "· *dangling*" when an end no longer holds, then "*Here:*" and "*There:*", each
    // with its passage quoted or "the whole article", then the note as written. Empty without links.
    static QString linksSection(const ExportLinks &links);

    // `title` as an Obsidian link to the article: "[[Title]]", with the characters that would end or
    // split the link ("[", "]", "|", "#", "^") made spaces.
    static QString wikiLink(const QString &title);

    // The same for an article of `library`: its current revision, annotations, palette and
    // discussion are read from it. An error when the library cannot be read.
    static Result<MarkdownDocument> fromLibrary(
        const Library &library, const Model::Article &article, const MarkdownOptions &options);

    // `text` as a YAML double-quoted scalar, quotes included: backslash and quote escaped, line
    // breaks and other characters YAML does not allow raw (controls, U+0085, U+2028, U+2029, a BOM)
    // written as escapes; other non-ASCII text stays as it is.
    static QString yamlString(const QString &text);

    // `tag` as Obsidian accepts it, without the "#": letters, digits, "_", "-" and "/" (nesting);
    // spaces and other characters become "-", a tag made only of digits gets a leading "_"
    // ("1984" → "_1984"). Empty when nothing usable is left.
    static QString obsidianTag(const QString &tag);

    // One line of plain text as Markdown that shows it literally: characters that would start
    // emphasis, code, links, HTML, an Obsidian tag or math ("#", "$") are backslash-escaped, and so
    // is what would make the line a heading, list item or quote.
    static QString escapeText(const QString &line);
};

} // namespace Glossa::Export
