// SPDX-License-Identifier: GPL-3.0-or-later
// A linear scanner over untrusted HTML: text, tags (with their attributes), comments, and the raw
// text of <script>, <style> and the other elements whose content is not markup. It follows the HTML
// tokenizer's rules where they matter for safety (quoted attribute values may hold '>', an end tag
// may carry attributes or spaces, "</script foo>" closes a script, an unclosed comment or script
// runs to the end, a tag cut off by the end is dropped), and every character is looked at a bounded number of times, so no input makes
// it slow: no regular expression ever runs over imported markup.
#pragma once

#include <QString>
#include <QStringView>

namespace Glossa::Ingest::Markup {

struct Token {
    enum class Kind { Text, StartTag, EndTag, Comment, RawText };
    Kind kind = Kind::Text;
    qsizetype begin = 0; // [begin, end) in the scanned markup
    qsizetype end = 0;
    QString name; // a tag's name, lower-case; for RawText the element it belongs to
    QStringView attributes; // a start tag's attributes as written (between the name and '>')
    bool selfClosing = false; // "<br/>"
};

class Scanner
{
public:
    explicit Scanner(QStringView html)
        : m_html(html)
    {
    }
    // The next token, false at the end. After the start tag of a raw-text element (script, style,
    // textarea, title, …) the next token is its content as one RawText token.
    bool next(Token &token);

private:
    bool startTag(qsizetype at, Token &token);
    bool endTag(qsizetype at, Token &token);
    qsizetype tagEnd(qsizetype from) const; // the index after the '>' that ends a tag, quotes respected

    QStringView m_html;
    qsizetype m_pos = 0;
    QString m_rawTextOf; // set after a raw-text element's start tag
};

// The value of attribute `name` (ASCII, lower-case) in a start tag's attributes, with the entities
// pages write in attributes (&amp; &quot; &#39; &lt; &gt;) decoded; empty when absent.
QString attribute(QStringView attributes, QStringView name);

// Void elements never have content or an end tag (br, img, meta…).
bool isVoid(QStringView name);

} // namespace Glossa::Ingest::Markup
