// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

#include "markdownfootnotes.h"
#include "markdownwalk.h"

#include <QRegularExpression>
#include <QStringList>

#include <md4c.h>

namespace Glossa::Ingest {

namespace {

using Model::Block;
using Model::BlockType;

} // namespace

// Named entities md4c reports as text; numeric ones are decoded generally.
QString MarkdownImporter::decodeEntity(QStringView entity)
{
    if (entity.startsWith(u"&#")) {
        const bool hex = entity.size() > 3 && (entity[2] == u'x' || entity[2] == u'X');
        bool ok = false;
        const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return entity.toString();
    }
    static const QList<std::pair<QStringView, QStringView>> named = {
        {u"&amp;", u"&"},
        {u"&lt;", u"<"},
        {u"&gt;", u">"},
        {u"&quot;", u"\""},
        {u"&apos;", u"'"},
        {u"&nbsp;", u"\u00A0"},
        {u"&mdash;", u"\u2014"},
        {u"&ndash;", u"\u2013"},
        {u"&hellip;", u"\u2026"},
        {u"&laquo;", u"\u00AB"},
        {u"&raquo;", u"\u00BB"},
        {u"&copy;", u"\u00A9"},
        {u"&rsquo;", u"\u2019"},
        {u"&lsquo;", u"\u2018"},
        {u"&rdquo;", u"\u201D"},
        {u"&ldquo;", u"\u201C"},
    };
    for (const auto &[name, value] : named) {
        if (entity == name) {
            return value.toString();
        }
    }
    return entity.toString();
}

namespace {

using Model::Mark;
using Model::MarkKind;

struct Container {
    MD_BLOCKTYPE type;
    int ordinal = 0; // next number of an ordered list
};

struct OpenSpan {
    MD_SPANTYPE type;
    qsizetype start = 0;
    QString attr;
};

QString attributeText(const MD_ATTRIBUTE &a)
{
    return QString::fromUtf8(a.text, a.size);
}

class Builder
{
public:
    explicit Builder(const MarkdownFootnotes *footnotes = nullptr)
        : m_footnotes(footnotes)
    {
    }

    QList<Block> blocks;

    int enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            flushListItem();
            m_stack.append(
                Container {type, type == MD_BLOCK_OL ? int(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start) : 0});
            break;
        case MD_BLOCK_LI:
            flushListItem();
            m_stack.append(Container {type});
            break;
        case MD_BLOCK_H:
            begin(BlockType::Heading, int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level));
            break;
        case MD_BLOCK_CODE: {
            const auto *code = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
            begin(BlockType::Code);
            m_current.language = QString::fromUtf8(code->lang.text, code->lang.size).trimmed();
            break;
        }
        case MD_BLOCK_P:
            if (inside(MD_BLOCK_LI)) {
                flushListItem();
                beginListItem();
            } else {
                begin(inside(MD_BLOCK_QUOTE) ? BlockType::Quote : BlockType::Paragraph);
            }
            break;
        case MD_BLOCK_HR:
            blocks.append(Block {.type = BlockType::Separator});
            break;
        case MD_BLOCK_TABLE:
            m_tableRow = 0;
            break;
        case MD_BLOCK_THEAD:
            m_tableHead = true;
            break;
        case MD_BLOCK_TR:
            begin(BlockType::TableRow, m_tableHead ? 1 : 0);
            m_current.ordinal = ++m_tableRow;
            m_cellCount = 0;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            if (m_cellCount++ > 0) {
                m_current.text += u" | ";
            }
            m_cellStart = m_current.text.size();
            const MD_ALIGN align = static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align;
            m_cellAlign = align == MD_ALIGN_LEFT ? QStringLiteral("left")
                : align == MD_ALIGN_CENTER       ? QStringLiteral("center")
                : align == MD_ALIGN_RIGHT        ? QStringLiteral("right")
                                                 : QString();
            break;
        }
        case MD_BLOCK_HTML:
            m_skipping = true; // raw HTML never becomes part of an article
            break;
        case MD_BLOCK_QUOTE:
            m_stack.append(Container {type});
            break;
        default:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
        case MD_BLOCK_QUOTE:
            m_stack.removeLast();
            break;
        case MD_BLOCK_LI:
            flushListItem();
            m_stack.removeLast();
            if (!m_stack.isEmpty() && m_stack.last().type == MD_BLOCK_OL) {
                ++m_stack.last().ordinal;
            }
            break;
        case MD_BLOCK_CODE:
            while (m_current.text.endsWith(u'\n')) {
                m_current.text.chop(1);
            }
            flush();
            break;
        case MD_BLOCK_THEAD:
            m_tableHead = false;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            m_current.marks.append(
                Mark {.kind = MarkKind::Cell, .start = m_cellStart, .end = m_current.text.size(), .attr = m_cellAlign});
            break;
        case MD_BLOCK_H:
        case MD_BLOCK_P:
        case MD_BLOCK_TR:
            flush();
            if (type == MD_BLOCK_P && inside(MD_BLOCK_LI)) {
                m_open = false;
            }
            break;
        case MD_BLOCK_HTML:
            m_skipping = false;
            break;
        default:
            break;
        }
        return 0;
    }

    int enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (!m_open && inside(MD_BLOCK_LI)) {
            beginListItem();
        }
        OpenSpan span {type, m_current.text.size(), {}};
        if (type == MD_SPAN_A) {
            span.attr = attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href);
            // An autolink runs on into a footnote reference right after it ("www.example.org[^1]").
            if (const qsizetype note = span.attr.indexOf(MarkdownFootnotes::Open); note >= 0) {
                span.attr.truncate(note);
            }
            if (span.attr.startsWith(u"www.")) {
                span.attr.prepend(u"http://"); // an autolink ("www.example.org")
            }
        }
        m_spans.append(span);
        return 0;
    }

    int leaveSpan(MD_SPANTYPE type)
    {
        if (m_spans.isEmpty()) {
            return 0;
        }
        OpenSpan span = m_spans.takeLast();
        qsizetype end = m_current.text.size();
        if (type == MD_SPAN_A) {
            // An autolink that ran on into a footnote reference ends before it, and before the
            // punctuation that ended the sentence.
            const qsizetype note = m_current.text.indexOf(MarkdownFootnotes::Open, span.start);
            if (note >= 0 && note < end) {
                end = note;
                while (end > span.start && (m_current.text[end - 1] == u'.' || m_current.text[end - 1] == u',')) {
                    --end;
                    if (span.attr.endsWith(m_current.text[end])) {
                        span.attr.chop(1);
                    }
                }
            }
        }
        std::optional<MarkKind> kind;
        switch (type) {
        case MD_SPAN_EM:
            kind = MarkKind::Emphasis;
            break;
        case MD_SPAN_STRONG:
            kind = MarkKind::Strong;
            break;
        case MD_SPAN_CODE:
            kind = MarkKind::Code;
            break;
        case MD_SPAN_DEL:
            kind = MarkKind::Strike;
            break;
        case MD_SPAN_A:
            if (Model::isKeptLinkTarget(span.attr)) {
                kind = MarkKind::Link;
            }
            break;
        case MD_SPAN_IMG:
            m_imageRanges.append({span.start, end});
            break;
        default:
            break;
        }
        if (kind && end > span.start) {
            m_current.marks.append(Mark {.kind = *kind, .start = span.start, .end = end, .attr = span.attr});
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
    {
        if (m_skipping) {
            return 0;
        }
        if (!m_open && inside(MD_BLOCK_LI)) {
            beginListItem(); // a tight list item: text arrives with no paragraph around it
        }
        const QString chunk = QString::fromUtf8(data, size);
        switch (type) {
        case MD_TEXT_SOFTBR:
            m_current.text += u' ';
            break;
        case MD_TEXT_BR:
            m_current.text += u'\n';
            break;
        case MD_TEXT_NULLCHAR:
            m_current.text += QChar(0xFFFD);
            break;
        case MD_TEXT_ENTITY:
            m_current.text += MarkdownImporter::decodeEntity(chunk);
            break;
        case MD_TEXT_CODE:
            // A footnote reference inside code is text, as written.
            m_current.text += m_footnotes ? m_footnotes->restored(chunk) : chunk;
            break;
        default:
            m_current.text += chunk;
            break;
        }
        return 0;
    }

private:
    bool inside(MD_BLOCKTYPE type) const
    {
        return std::any_of(m_stack.cbegin(), m_stack.cend(), [type](const Container &c) { return c.type == type; });
    }
    void begin(BlockType type, int level = 0)
    {
        m_current = Block {.type = type, .level = level};
        m_open = true;
        m_imageRanges.clear();
    }
    void beginListItem()
    {
        int depth = 0;
        int ordinal = 0;
        for (const Container &c : std::as_const(m_stack)) {
            if (c.type == MD_BLOCK_UL || c.type == MD_BLOCK_OL) {
                ++depth;
                ordinal = c.type == MD_BLOCK_OL ? c.ordinal : 0;
            }
        }
        begin(BlockType::ListItem, depth);
        m_current.ordinal = ordinal;
    }
    // Footnote placeholders become the footnote's number, marked as a reference to it.
    void resolveFootnoteReferences()
    {
        QString &text = m_current.text;
        for (qsizetype i = text.indexOf(MarkdownFootnotes::Open); i >= 0;
            i = text.indexOf(MarkdownFootnotes::Open, i)) {
            const qsizetype close = text.indexOf(MarkdownFootnotes::Close, i);
            if (close < 0) {
                break;
            }
            const QString number = text.mid(i + 1, close - i - 1);
            Model::replaceInMarks(m_current.marks, close, 1, 0);
            text.remove(close, 1);
            Model::replaceInMarks(m_current.marks, i, 1, 0);
            text.remove(i, 1);
            m_current.marks.append(
                Mark {.kind = MarkKind::FootnoteRef, .start = i, .end = i + number.size(), .attr = number});
            i += number.size();
        }
    }
    // A paragraph that is only an image is a figure: its description (the alt text) is its caption.
    bool onlyImages() const
    {
        if (m_imageRanges.isEmpty()) {
            return false;
        }
        qsizetype at = 0;
        for (const auto &[from, to] : m_imageRanges) {
            if (!m_current.text.mid(at, from - at).trimmed().isEmpty()) {
                return false;
            }
            at = std::max(at, to);
        }
        return m_current.text.mid(at).trimmed().isEmpty();
    }
    void flush()
    {
        if (m_open) {
            if (m_current.type != BlockType::Code) {
                resolveFootnoteReferences();
                if (m_current.type == BlockType::Paragraph && onlyImages()) {
                    m_current.type = BlockType::Caption;
                }
                Model::trimWithMarks(m_current.text, m_current.marks);
            }
            std::sort(m_current.marks.begin(), m_current.marks.end(),
                [](const Mark &a, const Mark &b) {
                    // Outer marks first; over the same range, a table cell outside what it holds.
                    if (a.start != b.start || a.end != b.end) {
                        return a.start != b.start ? a.start < b.start : a.end > b.end;
                    }
                    return a.kind == MarkKind::Cell && b.kind != MarkKind::Cell;
                });
            blocks.append(m_current);
        }
        m_open = false;
        m_current = {};
        m_imageRanges.clear();
    }
    void flushListItem()
    {
        if (m_open && m_current.type == BlockType::ListItem) {
            flush();
        }
    }

    const MarkdownFootnotes *m_footnotes = nullptr;
    QList<Container> m_stack;
    QList<OpenSpan> m_spans;
    QList<std::pair<qsizetype, qsizetype>> m_imageRanges;
    Block m_current;
    bool m_open = false;
    bool m_skipping = false;
    bool m_tableHead = false;
    int m_cellCount = 0;
    int m_tableRow = 0;
    qsizetype m_cellStart = 0;
    QString m_cellAlign;
};

// Footnote n as one block: its paragraphs joined by a space, their marks kept.
Block footnoteBlock(const QString &body, int number)
{
    Builder builder;
    walkMarkdown(body, builder);
    Block note {.type = BlockType::Footnote, .ordinal = number};
    for (const Block &b : std::as_const(builder.blocks)) {
        if (b.text.isEmpty()) {
            continue;
        }
        if (!note.text.isEmpty()) {
            note.text += u' ';
        }
        const qsizetype at = note.text.size();
        note.text += b.text;
        for (Mark m : b.marks) {
            if (m.kind != MarkKind::Cell) {
                m.start += at;
                m.end += at;
                note.marks.append(m);
            }
        }
    }
    return note;
}

// Splits off a YAML front matter block and reads its simple `key: value` lines.
QString takeFrontMatter(QString &source, Extraction &out)
{
    static const QRegularExpression fence(
        QStringLiteral("\\A---[ \\t]*\\n(.*?)\\n---[ \\t]*(\\n|\\z)"), QRegularExpression::DotMatchesEverythingOption);
    const auto m = fence.match(source);
    if (!m.hasMatch()) {
        return {};
    }
    const QString yaml = m.captured(1);
    source.remove(0, m.capturedLength());
    for (const QString &line : yaml.split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0 || line.startsWith(u' ')) {
            continue;
        }
        const QString key = line.left(colon).trimmed().toLower();
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front()) {
            value = value.mid(1, value.size() - 2);
        }
        if (key == u"title") {
            out.title = value;
        } else if (key == u"author" || key == u"byline") {
            out.byline = value;
        } else if (key == u"lang" || key == u"language") {
            out.language = value;
        } else if (key == u"site") {
            out.site = value;
        } else if (key == u"date" || key == u"published") {
            out.published = value;
        } else if (key == u"description" || key == u"excerpt") {
            out.excerpt = value;
        }
    }
    return yaml;
}

} // namespace

Extraction MarkdownImporter::extract(const QString &source)
{
    Extraction out;
    QString text = source;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    takeFrontMatter(text, out);

    const MarkdownFootnotes footnotes = MarkdownFootnotes::take(text);
    Builder builder(&footnotes);
    walkMarkdown(footnotes.source, builder);
    out.blocks = std::move(builder.blocks);
    for (qsizetype i = 0; i < footnotes.bodies.size(); ++i) {
        out.blocks.append(footnoteBlock(footnotes.bodies[i], int(i + 1)));
    }

    if (out.title.isEmpty()) {
        for (const Block &b : std::as_const(out.blocks)) {
            if (b.type == BlockType::Heading) {
                out.title = b.text;
                break;
            }
        }
    }
    if (out.excerpt.isEmpty()) {
        for (const Block &b : std::as_const(out.blocks)) {
            if (b.type == BlockType::Paragraph) {
                out.excerpt = b.text.left(200);
                break;
            }
        }
    }
    return out;
}

} // namespace Glossa::Ingest
