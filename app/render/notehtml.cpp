// SPDX-License-Identifier: GPL-3.0-or-later
#include "notehtml.h"

#include "ingest/markdownimporter.h"
#include "ingest/markdownwalk.h"

#include <QUrl>

#include <md4c.h>

namespace Glossa::Render {

using namespace Qt::StringLiterals;

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

namespace {
// Each `[[ ]]` goes through md4c as a token of private-use characters and its index, which md4c
// passes as text and escaping leaves alone, then becomes its element.
constexpr char16_t kOpen = 0xE000;
constexpr char16_t kClose = 0xE001;
} // namespace

QString NoteHtml::fromMarkdown(const QString &markdown, const WikiTarget &articleOf)
{
    // The two markers mean nothing in a note: one the note holds itself becomes U+FFFD (same length,
    // so the links' offsets hold), and every marker in the HTML is one put there below.
    QString source = markdown;
    source.replace(QChar(kOpen), QChar::ReplacementCharacter).replace(QChar(kClose), QChar::ReplacementCharacter);
    const QList<Links::WikiLink> links = Links::WikiLinks::parse(source);
    if (links.isEmpty()) {
        return fromMarkdown(markdown);
    }
    QString text;
    qsizetype at = 0;
    for (qsizetype i = 0; i < links.size(); ++i) {
        text += QStringView(source).mid(at, links[i].start - at);
        text += QChar(kOpen) + QString::number(i) + QChar(kClose);
        at = links[i].end;
    }
    text += QStringView(source).mid(at);
    const QString html = fromMarkdown(text);

    // One pass over the HTML, where '<' and '>' only ever delimit tags (all text is escaped): a token
    // in text becomes its element; one inside a tag (a link's address, "[a]([[x]])") cannot hold an
    // element and becomes the `[[ ]]` as written.
    QString out;
    out.reserve(html.size());
    bool inTag = false;
    for (qsizetype i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        const qsizetype close = c == QChar(kOpen) ? html.indexOf(QChar(kClose), i + 1) : -1;
        bool number = false;
        const qsizetype index = close < 0 ? -1 : QStringView(html).mid(i + 1, close - i - 1).toLongLong(&number);
        if (!number || index < 0 || index >= links.size()) {
            inTag = c == u'<' ? true : (c == u'>' ? false : inTag);
            out += c;
            continue;
        }
        const Links::WikiLink &link = links[index];
        i = close;
        if (inTag) {
            out += QStringView(source).mid(link.start, link.end - link.start).toString().toHtmlEscaped();
            continue;
        }
        const QString id = articleOf ? articleOf(link) : QString();
        const QString label = link.label().toHtmlEscaped();
        if (!id.isEmpty()) {
            out += u"<a class=\"wikilink\" data-href=\""_s + articleUrl(id, link.heading).toHtmlEscaped() + u"\">"_s
                + label + u"</a>"_s;
        } else {
            const QString why = link.title.isEmpty() ? tr("There is no article %1.").arg(link.articleId)
                                                     : tr("No article is called “%1”.").arg(link.title);
            out += u"<span class=\"wikilink unresolved\" title=\""_s + why.toHtmlEscaped() + u"\">"_s + label
                + u"</span>"_s;
        }
    }
    return out;
}

QString NoteHtml::articleUrl(const QString &articleId, const QString &heading)
{
    QString url = u"glossa:article/"_s + articleId;
    if (!heading.isEmpty()) {
        url += u'#' + QString::fromLatin1(QUrl::toPercentEncoding(heading));
    }
    return url;
}

std::optional<NoteHtml::ArticleUrl> NoteHtml::parseArticleUrl(const QString &href)
{
    const QLatin1StringView prefix("glossa:article/");
    if (!href.startsWith(prefix)) {
        return std::nullopt;
    }
    const QString rest = href.mid(prefix.size());
    const qsizetype hash = rest.indexOf(u'#');
    ArticleUrl out;
    out.articleId = hash < 0 ? rest : rest.left(hash);
    if (hash >= 0) {
        out.heading = QUrl::fromPercentEncoding(rest.mid(hash + 1).toUtf8());
    }
    if (out.articleId.isEmpty()) {
        return std::nullopt;
    }
    return out;
}

} // namespace Glossa::Render
