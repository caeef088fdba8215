// SPDX-License-Identifier: GPL-3.0-or-later
#include "markupscan.h"

namespace Glossa::Ingest::Markup {

namespace {

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

// Elements whose content the HTML parser does not read as markup. noscript is not among them: the
// extractor runs with scripting off, where its content is ordinary markup.
bool isRawText(QStringView name)
{
    for (const QStringView raw : {u"script", u"style", u"textarea", u"title", u"xmp", u"iframe", u"noembed",
             u"noframes", u"plaintext"}) {
        if (name == raw) {
            return true;
        }
    }
    return false;
}

// "</name" at `at` followed by a space, '/' or '>' (or the end): where a raw-text element ends.
bool closesRawText(QStringView html, qsizetype at, QStringView name)
{
    const qsizetype after = at + 2 + name.size();
    if (after > html.size() || html.mid(at + 2, name.size()).compare(name, Qt::CaseInsensitive) != 0) {
        return false;
    }
    return after == html.size() || isSpace(html[after]) || html[after] == u'/' || html[after] == u'>';
}

} // namespace

bool isVoid(QStringView name)
{
    for (const QStringView v : {u"area", u"base", u"br", u"col", u"embed", u"hr", u"img", u"input", u"link", u"meta",
             u"param", u"source", u"track", u"wbr", u"keygen", u"basefont", u"bgsound", u"frame"}) {
        if (name == v) {
            return true;
        }
    }
    return false;
}

qsizetype Scanner::tagEnd(qsizetype from) const
{
    // Attribute values in quotes may hold '>'; a quote never closed runs to the end, as in the
    // HTML tokenizer (the tag is then dropped).
    qsizetype i = from;
    while (i < m_html.size()) {
        const QChar c = m_html[i];
        if (c == u'>') {
            return i + 1;
        }
        if ((c == u'"' || c == u'\'') && i > from && m_html[i - 1] == u'=') {
            const qsizetype close = m_html.indexOf(c, i + 1);
            if (close < 0) {
                return m_html.size();
            }
            i = close + 1;
            continue;
        }
        if ((c == u'"' || c == u'\'') && i > from && isSpace(m_html[i - 1])) {
            // name = "value": the quote follows spaces after '='.
            qsizetype k = i - 1;
            while (k > from && isSpace(m_html[k])) {
                --k;
            }
            if (m_html[k] == u'=') {
                const qsizetype close = m_html.indexOf(c, i + 1);
                if (close < 0) {
                    return m_html.size();
                }
                i = close + 1;
                continue;
            }
        }
        ++i;
    }
    return m_html.size();
}

bool Scanner::startTag(qsizetype at, Token &token)
{
    qsizetype i = at + 1;
    while (i < m_html.size() && !isSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>') {
        ++i;
    }
    token.kind = Token::Kind::StartTag;
    token.begin = at;
    token.name = m_html.mid(at + 1, i - at - 1).toString().toLower();
    token.end = tagEnd(i);
    const qsizetype attrEnd = (token.end > i && m_html[token.end - 1] == u'>') ? token.end - 1 : token.end;
    token.attributes = m_html.mid(i, attrEnd - i);
    token.selfClosing = attrEnd > i && m_html[attrEnd - 1] == u'/';
    m_pos = token.end;
    if (attrEnd == token.end) {
        token.kind = Token::Kind::Comment; // no '>' before the end: HTML drops the tag
        return true;
    }
    if (isRawText(token.name)) {
        m_rawTextOf = token.name; // "<script/>" too: HTML ignores the slash on these elements
    }
    return true;
}

bool Scanner::endTag(qsizetype at, Token &token)
{
    qsizetype i = at + 2;
    while (i < m_html.size() && !isSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>') {
        ++i;
    }
    token.kind = Token::Kind::EndTag;
    token.begin = at;
    token.name = m_html.mid(at + 2, i - at - 2).toString().toLower();
    token.attributes = {};
    token.selfClosing = false;
    token.end = tagEnd(i); // "</script foo>" and "</p >" end where their '>' is
    m_pos = token.end;
    if (m_html[token.end - 1] != u'>') {
        token.kind = Token::Kind::Comment; // no '>' before the end: HTML drops the tag
    }
    return true;
}

bool Scanner::next(Token &token)
{
    if (m_pos >= m_html.size()) {
        return false;
    }
    if (!m_rawTextOf.isEmpty()) {
        // The content runs to the first "</name" that closes it (or to the end).
        qsizetype close = m_pos;
        while ((close = m_html.indexOf(u"</", close)) >= 0 && !closesRawText(m_html, close, m_rawTextOf)) {
            close += 2;
        }
        token.kind = Token::Kind::RawText;
        token.name = m_rawTextOf;
        token.attributes = {};
        token.begin = m_pos;
        token.end = close < 0 ? m_html.size() : close;
        m_rawTextOf.clear();
        m_pos = token.end;
        if (token.end > token.begin) {
            return true;
        }
        return next(token); // empty content: the end tag comes next
    }
    const qsizetype at = m_pos;
    if (m_html[at] == u'<' && at + 1 < m_html.size()) {
        const QChar c = m_html[at + 1];
        if (isAsciiLetter(c)) {
            return startTag(at, token);
        }
        if (c == u'/' && at + 2 < m_html.size() && isAsciiLetter(m_html[at + 2])) {
            return endTag(at, token);
        }
        if (c == u'!' || c == u'?' || c == u'/') {
            // A comment runs to "-->"; "<!DOCTYPE …>", "<?xml …>" and "</ …>" to the next '>'.
            const bool comment = m_html.mid(at, 4) == u"<!--";
            const qsizetype close = comment ? m_html.indexOf(u"-->", at + 4) : m_html.indexOf(u'>', at + 2);
            token.kind = Token::Kind::Comment;
            token.name.clear();
            token.attributes = {};
            token.begin = at;
            token.end = close < 0 ? m_html.size() : close + (comment ? 3 : 1);
            m_pos = token.end;
            return true;
        }
    }
    // Text up to the next '<' that may start something (a lone '<' is text).
    qsizetype i = at + 1;
    while ((i = m_html.indexOf(u'<', i)) >= 0 && i + 1 < m_html.size() && !isAsciiLetter(m_html[i + 1])
        && m_html[i + 1] != u'/' && m_html[i + 1] != u'!' && m_html[i + 1] != u'?') {
        ++i;
    }
    token.kind = Token::Kind::Text;
    token.name.clear();
    token.attributes = {};
    token.begin = at;
    token.end = (i < 0 || i + 1 >= m_html.size()) ? m_html.size() : i;
    m_pos = token.end;
    return true;
}

QString attribute(QStringView attributes, QStringView name)
{
    qsizetype i = 0;
    const qsizetype n = attributes.size();
    while (i < n) {
        while (i < n && (isSpace(attributes[i]) || attributes[i] == u'/')) {
            ++i;
        }
        const qsizetype nameStart = i;
        while (i < n && !isSpace(attributes[i]) && attributes[i] != u'=' && attributes[i] != u'/') {
            ++i;
        }
        const QStringView attrName = attributes.mid(nameStart, i - nameStart);
        while (i < n && isSpace(attributes[i])) {
            ++i;
        }
        QStringView value;
        if (i < n && attributes[i] == u'=') {
            ++i;
            while (i < n && isSpace(attributes[i])) {
                ++i;
            }
            if (i < n && (attributes[i] == u'"' || attributes[i] == u'\'')) {
                const qsizetype close = attributes.indexOf(attributes[i], i + 1);
                const qsizetype valueEnd = close < 0 ? n : close;
                value = attributes.mid(i + 1, valueEnd - i - 1);
                i = valueEnd + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isSpace(attributes[i])) {
                    ++i;
                }
                value = attributes.mid(valueStart, i - valueStart);
            }
        }
        if (attrName.compare(name, Qt::CaseInsensitive) == 0) {
            QString decoded = value.toString();
            decoded.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
                .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            return decoded.simplified();
        }
    }
    return {};
}

} // namespace Glossa::Ingest::Markup
