// SPDX-License-Identifier: GPL-3.0-or-later
// Turns an article's revision into the reader page's HTML. Only Glossa's own markup is produced:
// every text is escaped, and no imported markup, script, style or remote resource can reach the page.
// Each block element carries `data-offset` (its start in the canonical text) and `data-block`
// (its index), and its text content equals the block's text exactly, so DOM offsets map onto
// canonical offsets.
#pragma once

#include "model/article.h"
#include "model/revision.h"

#include <QCoreApplication>
#include <QString>

namespace Glossa::Render {

class CodeHighlighter;

struct ReaderPageUrls {
    QString styleSheet; // the reader's CSS
    QString codeStyleSheet; // the highlighting theme's CSS (CodeHighlighter::styleSheet())
    QStringList scripts; // scripts to load, in order
};

// What the application knows about the page before serving it, so its first frame is right.
struct ReaderPageData {
    // A JSON document the page paints with its first layout (the article's annotations, palette
    // and settings); embedded as data, never as script. Empty: none.
    QByteArray state;
    // "light" or "dark": the page's colours from its first frame. Empty: the system's.
    QString theme;
    // HTML Glossa itself made (never imported markup) that ends the page after the text and its
    // margin: the annotated PDF's discussion appendix (Export::DiscussionHtml). Empty: none.
    QString appendix;
};

class ReaderHtml
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Render::ReaderHtml)

public:
    static QString render(const Model::Article &article, const Model::Revision &revision,
        const CodeHighlighter &highlighter, const ReaderPageUrls &urls, const ReaderPageData &data = {});

    // The Content-Security-Policy the page carries: only Glossa's own scheme may serve anything.
    static QString contentSecurityPolicy();
};

} // namespace Glossa::Render
