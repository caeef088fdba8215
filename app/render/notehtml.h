// SPDX-License-Identifier: GPL-3.0-or-later
// A note's Markdown as safe HTML for the margin: only a small set of tags Glossa writes itself,
// every text escaped, raw HTML shown as text, and links kept as data for the application to open
// (the page never follows them); `[[wiki links]]` as links to the articles they name.
#pragma once

#include "links/wikilinks.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace Glossa::Render {

class NoteHtml
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Render::NoteHtml)

public:
    // The article a `[[ ]]` opens (Library::readMentions says), or empty when none.
    using WikiTarget = std::function<QString(const Links::WikiLink &)>;

    // Allowed output: p, em, strong, code, pre, ul, ol (with start), li, blockquote, br, hr, del, h4
    // (for any heading level) and <a data-href="…"> (no href, so nothing can navigate); the wiki
    // links below add <a class="wikilink"> and <span class="wikilink unresolved" title="…">.
    // tests/fuzz/fuzz_notehtml.cpp checks exactly this on any input.
    static QString fromMarkdown(const QString &markdown);
    // The same, with each `[[ ]]` (Links::WikiLinks) as <a class="wikilink" data-href="glossa:article/
    // ID#heading"> (see articleUrl) showing its label when `articleOf` names its article, else as
    // <span class="wikilink unresolved" title="No article is called …"> (not a link). Without
    // `articleOf`, every `[[ ]]` is unresolved.
    static QString fromMarkdown(const QString &markdown, const WikiTarget &articleOf);
    // "glossa:article/ID" and, with a heading, "#" and the heading percent-encoded; and back.
    static QString articleUrl(const QString &articleId, const QString &heading = {});
    struct ArticleUrl {
        QString articleId;
        QString heading;
    };
    static std::optional<ArticleUrl> parseArticleUrl(const QString &href);
};

} // namespace Glossa::Render
