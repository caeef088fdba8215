// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimporter.h"

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

struct Container {
    MD_BLOCKTYPE type;
    int ordinal = 0; // next number of an ordered list
};

class Builder
{
public:
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
        case MD_BLOCK_TR:
            begin(BlockType::Paragraph);
            m_cellCount = 0;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            if (m_cellCount++ > 0) {
                m_current.text += u" | ";
            }
            break;
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
    void flush()
    {
        if (m_open) {
            if (m_current.type != BlockType::Code) {
                m_current.text = m_current.text.trimmed();
            }
            blocks.append(m_current);
        }
        m_open = false;
        m_current = {};
    }
    void flushListItem()
    {
        if (m_open && m_current.type == BlockType::ListItem) {
            flush();
        }
    }

    QList<Container> m_stack;
    Block m_current;
    bool m_open = false;
    bool m_skipping = false;
    int m_cellCount = 0;
};

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

    Builder builder;
    walkMarkdown(text, builder);
    out.blocks = std::move(builder.blocks);

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
