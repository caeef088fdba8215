// SPDX-License-Identifier: GPL-3.0-or-later
#include "notehtml.h"

#include "ingest/markdownimporter.h"
#include "ingest/markdownwalk.h"

#include <md4c.h>

namespace Glossa::Render {

namespace {

class Writer
{
public:
    QString html;

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_P:
            html += u"<p>";
            break;
        case MD_BLOCK_QUOTE:
            html += u"<blockquote>";
            break;
        case MD_BLOCK_UL:
            html += u"<ul>";
            break;
        case MD_BLOCK_OL:
            html += QStringLiteral("<ol start=\"%1\">").arg(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start);
            break;
        case MD_BLOCK_LI:
            html += u"<li>";
            break;
        case MD_BLOCK_H:
            html += u"<h4>";
            break;
        case MD_BLOCK_CODE:
            html += u"<pre><code>";
            break;
        case MD_BLOCK_HR:
            html += u"<hr>";
            break;
        default:
            break; // tables and raw HTML blocks: their text still comes through, unstyled
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_P:
            html += u"</p>";
            break;
        case MD_BLOCK_QUOTE:
            html += u"</blockquote>";
            break;
        case MD_BLOCK_UL:
            html += u"</ul>";
            break;
        case MD_BLOCK_OL:
            html += u"</ol>";
            break;
        case MD_BLOCK_LI:
            html += u"</li>";
            break;
        case MD_BLOCK_H:
            html += u"</h4>";
            break;
        case MD_BLOCK_CODE:
            html += u"</code></pre>";
            break;
        case MD_BLOCK_TD:
        case MD_BLOCK_TH:
            html += u' ';
            break;
        case MD_BLOCK_TR:
            html += u"<br>";
            break;
        default:
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        switch (type) {
        case MD_SPAN_EM:
            html += u"<em>";
            break;
        case MD_SPAN_STRONG:
            html += u"<strong>";
            break;
        case MD_SPAN_CODE:
            html += u"<code>";
            break;
        case MD_SPAN_DEL:
            html += u"<del>";
            break;
        case MD_SPAN_A: {
            const MD_ATTRIBUTE &href = static_cast<MD_SPAN_A_DETAIL *>(detail)->href;
            html += u"<a data-href=\"" + QString::fromUtf8(href.text, href.size).toHtmlEscaped() + u"\">";
            break;
        }
        default:
            break; // images become their alt text: a note never loads anything
        }
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        switch (type) {
        case MD_SPAN_EM:
            html += u"</em>";
            break;
        case MD_SPAN_STRONG:
            html += u"</strong>";
            break;
        case MD_SPAN_CODE:
            html += u"</code>";
            break;
        case MD_SPAN_DEL:
            html += u"</del>";
            break;
        case MD_SPAN_A:
            html += u"</a>";
            break;
        default:
            break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
    {
        const QString chunk = QString::fromUtf8(data, size);
        switch (type) {
        case MD_TEXT_BR:
            html += u"<br>";
            break;
        case MD_TEXT_SOFTBR:
            html += u' ';
            break;
        case MD_TEXT_NULLCHAR:
            html += QChar(0xFFFD);
            break;
        case MD_TEXT_ENTITY:
            html += Ingest::MarkdownImporter::decodeEntity(chunk).toHtmlEscaped();
            break;
        default:
            html += chunk.toHtmlEscaped();
            break;
        }
        return 0;
    }
};

} // namespace

QString NoteHtml::fromMarkdown(const QString &markdown)
{
    Writer writer;
    Ingest::walkMarkdown(markdown, writer);
    return writer.html;
}

} // namespace Glossa::Render
