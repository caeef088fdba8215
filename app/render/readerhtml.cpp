// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerhtml.h"

#include "codehighlighter.h"
#include "inlinehtml.h"
#include "notehtml.h"

namespace Glossa::Render {

using Model::Block;
using Model::BlockType;

namespace {

QString attr(const QString &value)
{
    return value.toHtmlEscaped();
}

// Only a well-formed language tag reaches the `lang` attribute.
QString languageTag(const QString &lang)
{
    for (const QChar c : lang) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-') {
            return {};
        }
    }
    return lang;
}

// A title made from the text's own first words (an import without a title of its own: "Il 23
// ottobre 2024, durante il primo vertice…") would be read twice, once as a heading and again as
// the first paragraph.
bool titleRepeatsTheText(const QString &title, const QList<Block> &blocks)
{
    QString words = title.simplified();
    while (!words.isEmpty() && (words.back() == QChar(0x2026) || words.back() == u'.')) {
        words.chop(1);
    }
    return !blocks.isEmpty() && words.size() >= 12 && blocks.first().text.simplified().startsWith(words);
}

// A table row: each cell's text (and the " | " after it, out of sight, so the row's text content is
// still the block's text) in a cell of the reader's table.
QString tableRowHtml(const Block &block, const QString &common)
{
    const QString cellTag = block.level > 0 ? QStringLiteral("th") : QStringLiteral("td");
    QList<Model::Mark> cells;
    for (const Model::Mark &m : block.marks) {
        if (m.kind == Model::MarkKind::Cell) {
            cells.append(m);
        }
    }
    if (cells.isEmpty()) {
        cells.append(Model::Mark {.kind = Model::MarkKind::Cell, .start = 0, .end = block.text.size()});
    }
    QString html = u"<tr class=\"block row\"" + common + u'>';
    for (qsizetype c = 0; c < cells.size(); ++c) {
        const qsizetype from = c == 0 ? 0 : cells[c].start;
        const qsizetype to = c + 1 < cells.size() ? cells[c + 1].start : block.text.size();
        const qsizetype cellEnd = std::clamp(cells[c].end, from, to);
        const QString align = cells[c].attr;
        html += u'<' + cellTag
            + (align == u"left" || align == u"center" || align == u"right" ? u" class=\"" + align + u'"' : QString())
            + u'>' + InlineHtml::render(block.text, block.marks, from, cellEnd);
        if (cellEnd < to) {
            html += u"<span class=\"cell-sep\">" + block.text.mid(cellEnd, to - cellEnd).toHtmlEscaped() + u"</span>";
        }
        html += u"</" + cellTag + u'>';
    }
    return html + u"</tr>\n";
}

QString blockHtml(const Block &block, qsizetype index, const CodeHighlighter &highlighter)
{
    const QString common = QStringLiteral(" data-block=\"%1\" data-offset=\"%2\"").arg(index).arg(block.start);
    const QString text = InlineHtml::render(block.text, block.marks);
    switch (block.type) {
    case BlockType::Heading: {
        const int level = std::clamp(block.level, 1, 6);
        return QStringLiteral("<h%1 class=\"block\"%2>%3</h%1>\n").arg(level).arg(common, text);
    }
    case BlockType::Quote:
        return QStringLiteral("<blockquote class=\"block\"%1>%2</blockquote>\n").arg(common, text);
    case BlockType::ListItem: {
        const QString marker = block.ordinal > 0 ? QString::number(block.ordinal) + u'.' : QStringLiteral("\u2022");
        return QStringLiteral(
            "<div class=\"block li\" role=\"listitem\" data-depth=\"%1\" data-marker=\"%2\"%3>%4</div>\n")
            .arg(std::clamp(block.level, 1, 6))
            .arg(marker, common, text);
    }
    case BlockType::Code: {
        const QString name = highlighter.definitionName(block.language);
        return QStringLiteral("<pre class=\"block code\" data-language=\"%1\"%2><code>%3</code></pre>\n")
            .arg(attr(name.isEmpty() ? block.language : name), common, highlighter.toHtml(block.text, block.language));
    }
    case BlockType::Caption:
        return QStringLiteral("<p class=\"block caption\"%1>%2</p>\n").arg(common, text);
    case BlockType::Separator:
        return QStringLiteral("<hr class=\"block\"%1>\n").arg(common);
    case BlockType::TableRow:
        return tableRowHtml(block, common);
    case BlockType::Footnote:
        return QStringLiteral("<div class=\"block footnote\" id=\"fn-%1\" data-marker=\"%1.\"%2>%3</div>\n")
            .arg(std::max(block.ordinal, 0))
            .arg(common, text);
    case BlockType::Paragraph:
        break;
    }
    return QStringLiteral("<p class=\"block\"%1>%2</p>\n").arg(common, text);
}

// JSON inside a <script> element: a '<' can only occur inside a JSON string, where \u003c means the
// same, so nothing in the data can end the element or open a comment.
QString embeddedJson(const QByteArray &json)
{
    QString text = QString::fromUtf8(json);
    text.replace(u'<', QStringLiteral("\\u003c"));
    return text;
}

// The note on the whole article, above its text: not a block (no data-offset), so nothing anchors
// into it and the text's offsets stay those of the canonical text.
QString pageNoteHtml(const Model::Article &article)
{
    if (article.note.trimmed().isEmpty()) {
        return {};
    }
    return u"<aside class=\"page-note\" id=\"page-note\" aria-label=\"" + attr(ReaderHtml::tr("Note on the article"))
        + u"\">" + NoteHtml::fromMarkdown(article.note) + u"</aside>\n";
}

} // namespace

QString ReaderHtml::contentSecurityPolicy()
{
    return QStringLiteral("default-src 'none'; script-src glossa:; style-src glossa:; img-src glossa: data:; "
                          "font-src glossa:; form-action 'none'; base-uri 'none'");
}

QString ReaderHtml::render(const Model::Article &article, const Model::Revision &revision,
    const CodeHighlighter &highlighter, const ReaderPageUrls &urls, const ReaderPageData &data)
{
    QString html;
    html.reserve(revision.canonicalText().size() * 2 + 2048);
    const QString lang = languageTag(article.language);
    html += u"<!DOCTYPE html>\n<html" + (lang.isEmpty() ? QString() : u" lang=\"" + lang + u'"');
    if (data.theme == u"light" || data.theme == u"dark") {
        html += u" data-theme=\"" + data.theme + u'"';
    }
    html += u">\n<head>\n";
    html += u"<meta charset=\"utf-8\">\n";
    html += u"<meta http-equiv=\"Content-Security-Policy\" content=\"" + contentSecurityPolicy() + u"\">\n";
    html += u"<meta name=\"color-scheme\" content=\"light dark\">\n";
    html += u"<title>" + article.title.toHtmlEscaped() + u"</title>\n";
    html += u"<link rel=\"stylesheet\" href=\"" + attr(urls.styleSheet) + u"\">\n";
    html += u"<link rel=\"stylesheet\" href=\"" + attr(urls.codeStyleSheet) + u"\">\n";
    for (const QString &script : urls.scripts) {
        html += u"<script src=\"" + attr(script) + u"\" defer></script>\n";
    }
    html += u"</head>\n<body>\n<div class=\"page\">\n";
    html += u"<main id=\"article\" class=\"article\" data-article=\"" + attr(article.id) + u"\" data-revision=\""
        + attr(revision.id) + u"\">\n";

    const QList<Block> &blocks = revision.blocks();
    // The metadata header appears only when the text does not open with its own title.
    const bool opensWithTitle = !blocks.isEmpty() && blocks.first().type == BlockType::Heading;
    if (!opensWithTitle && !article.title.isEmpty()) {
        // A title the text repeats stays for screen readers' heading navigation, out of sight.
        const bool repeated = titleRepeatsTheText(article.title, blocks);
        html += u"<header class=\"meta\"><h1 class=\"title" + QString(repeated ? u" visually-hidden" : u"") + u"\">"
            + article.title.toHtmlEscaped() + u"</h1>";
        if (!article.byline.isEmpty()) {
            html += u"<p class=\"byline\">" + article.byline.toHtmlEscaped() + u"</p>";
        }
        html += u"</header>\n";
    }
    if (!opensWithTitle) {
        html += pageNoteHtml(article);
    }
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &block = blocks[i];
        const Block *before = i > 0 ? &blocks[i - 1] : nullptr;
        const Block *after = i + 1 < blocks.size() ? &blocks[i + 1] : nullptr;
        // Consecutive table rows make a table; a first row starts another one.
        const bool row = block.type == BlockType::TableRow;
        if (row && (!before || before->type != BlockType::TableRow || block.ordinal <= 1)) {
            html += u"<table class=\"table\"><tbody>\n";
        }
        if (block.type == BlockType::Footnote && (!before || before->type != BlockType::Footnote)) {
            html += u"<section class=\"footnotes\" aria-label=\"" + attr(tr("Footnotes")) + u"\">\n";
        }
        html += blockHtml(block, i, highlighter);
        if (row && (!after || after->type != BlockType::TableRow || after->ordinal <= 1)) {
            html += u"</tbody></table>\n";
        }
        if (block.type == BlockType::Footnote && (!after || after->type != BlockType::Footnote)) {
            html += u"</section>\n";
        }
        if (i == 0 && opensWithTitle && !article.byline.isEmpty()) {
            html += u"<p class=\"byline\">" + article.byline.toHtmlEscaped() + u"</p>\n";
        }
        if (i == 0 && opensWithTitle) {
            html += pageNoteHtml(article);
        }
    }
    html += u"</main>\n<aside id=\"margin\" class=\"margin\" aria-label=\"" + attr(tr("Notes"))
        + u"\"></aside>\n</div>\n";
    html += data.appendix;
    if (!data.state.isEmpty()) {
        html += u"<script type=\"application/json\" id=\"glossa-state\">" + embeddedJson(data.state) + u"</script>\n";
    }
    html += u"</body>\n</html>\n";
    return html;
}

} // namespace Glossa::Render
