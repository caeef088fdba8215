// SPDX-License-Identifier: GPL-3.0-or-later
#include "inerthtml.h"

#include "markupscan.h"

#include <QList>

#include <algorithm>
#include <initializer_list>

namespace Glossa::Ingest {

namespace {

using Markup::Token;

bool isOneOf(QStringView name, std::initializer_list<QStringView> names)
{
    for (const QStringView n : names) {
        if (name == n) {
            return true;
        }
    }
    return false;
}

bool isInline(QStringView name)
{
    return isOneOf(name,
        {u"a", u"abbr", u"b", u"bdi", u"bdo", u"big", u"cite", u"code", u"data", u"dfn", u"del", u"em", u"font", u"i",
            u"ins", u"kbd", u"label", u"mark", u"nobr", u"q", u"s", u"samp", u"small", u"span", u"strike", u"strong",
            u"sub", u"sup", u"time", u"tt", u"u", u"var"});
}

// Elements whose end tag may be left out: the next sibling closes them. They never count as
// unclosed nesting, inside a flattened part either.
bool hasOptionalEnd(QStringView name)
{
    return isOneOf(name,
        {u"p", u"li", u"dt", u"dd", u"tr", u"td", u"th", u"tbody", u"thead", u"tfoot", u"option", u"optgroup",
            u"rt", u"rp", u"colgroup", u"caption"});
}

// Start tags that close an open <p> (HTML's "close a p element" list, the common part).
bool closesParagraph(QStringView name)
{
    return isOneOf(name,
        {u"address", u"article", u"aside", u"blockquote", u"details", u"div", u"dl", u"fieldset", u"figcaption",
            u"figure", u"footer", u"form", u"h1", u"h2", u"h3", u"h4", u"h5", u"h6", u"header", u"hr", u"main",
            u"menu", u"nav", u"ol", u"p", u"pre", u"section", u"table", u"ul", u"li", u"dd", u"dt"});
}

// The open elements as the HTML parser would have them, near enough to know the nesting depth:
// implied end tags (a new <li> closes the open one, a <td> the open cell, a block the open <p>)
// are applied, so a page that leaves them out is not taken for a deep one.
class OpenElements
{
public:
    qsizetype depth() const { return m_names.size(); }
    void push(const QString &name) { m_names.append(name); }

    void closeImpliedBy(QStringView name)
    {
        if (closesParagraph(name)) {
            closeNearest({u"p"}, [](QStringView n) { return isInline(n); });
        }
        if (name == u"li") {
            closeNearest({u"li"}, [](QStringView n) { return isInline(n) || n == u"div" || n == u"p"; });
        } else if (name == u"dt" || name == u"dd") {
            closeNearest({u"dt", u"dd"}, [](QStringView n) { return isInline(n) || n == u"div" || n == u"p"; });
        } else if (name == u"td" || name == u"th") {
            closeNearest({u"td", u"th"}, [](QStringView n) {
                return !isOneOf(n, {u"tr", u"table", u"tbody", u"thead", u"tfoot"});
            });
        } else if (name == u"tr") {
            closeNearest({u"tr"}, [](QStringView n) { return !isOneOf(n, {u"table", u"tbody", u"thead", u"tfoot"}); });
        } else if (name == u"tbody" || name == u"thead" || name == u"tfoot") {
            closeNearest({u"tbody", u"thead", u"tfoot"}, [](QStringView n) { return n != u"table"; });
        } else if (name == u"option" || name == u"optgroup") {
            closeNearest({u"option"}, [](QStringView) { return false; });
        }
    }

    // An end tag closes the nearest open element of its name and everything opened inside it, if
    // that element is in scope as HTML has it (a </td> does not reach past a <table>, a </div> not
    // out of a cell); false for a stray end tag, which the parser ignores.
    bool close(QStringView name)
    {
        const bool tablePart = isOneOf(
            name, {u"table", u"tbody", u"thead", u"tfoot", u"tr", u"td", u"th", u"caption", u"colgroup"});
        for (qsizetype i = m_names.size() - 1; i >= 0; --i) {
            const QString &open = m_names[i];
            if (open == name) {
                m_names.resize(i);
                return true;
            }
            const bool boundary = tablePart
                ? isOneOf(open, {u"html", u"table", u"template"})
                : isOneOf(open, {u"applet", u"caption", u"html", u"table", u"td", u"th", u"marquee", u"object",
                      u"template"})
                    || (name == u"li" && isOneOf(open, {u"ol", u"ul"}));
            if (boundary) {
                return false;
            }
        }
        return false;
    }

private:
    // Pops through the nearest element named in `targets`, looking past only what `passes` allows.
    template<typename Passes>
    void closeNearest(std::initializer_list<QStringView> targets, Passes passes)
    {
        for (qsizetype i = m_names.size() - 1; i >= 0; --i) {
            if (isOneOf(m_names[i], targets)) {
                m_names.resize(i);
                return;
            }
            if (!passes(m_names[i])) {
                return;
            }
        }
    }

    QList<QString> m_names;
};

void appendText(QString &out, QStringView text)
{
    for (const QChar c : text) {
        if (c == u'<') {
            out += u"&lt;";
        } else {
            out += c;
        }
    }
}

bool isMetaRefresh(const Token &t)
{
    return t.name == u"meta" && Markup::attribute(t.attributes, u"http-equiv").compare(u"refresh", Qt::CaseInsensitive) == 0;
}

} // namespace

QString InertHtml::from(QStringView html, int maxDepth)
{
    QString out;
    out.reserve(html.size());
    Markup::Scanner scanner(html);
    Token t;
    OpenElements open;
    int noscript = 0; // inside <noscript>: all of it is left out
    qsizetype flattened = 0; // unclosed elements inside a flattened part; 0: not in one
    bool startWritten = false; // the last start tag was written (a raw-text element's content follows it)
    while (scanner.next(t)) {
        const QStringView text = html.mid(t.begin, t.end - t.begin);
        const qsizetype before = out.size();
        switch (t.kind) {
        case Token::Kind::Text:
            // Text is written with its '<' as "&lt;" (the same text to the parser): what is left out
            // around it can then never join a stray '<' and the next words into a tag.
            if (noscript == 0) {
                appendText(out, text);
            }
            break;
        case Token::Kind::Comment:
            break;
        case Token::Kind::RawText:
            // A textarea's or title's content is markup-free only inside its element: when the start
            // tag was left out (flattened), it is written as text, never as the markup it spells.
            if (noscript == 0 && t.name != u"script" && t.name != u"style") {
                if (startWritten) {
                    out += text;
                } else {
                    appendText(out, text);
                }
            }
            break;
        case Token::Kind::StartTag:
            // "<x/>" opens nothing: SVG and MathML close their elements so (HTML would ignore the
            // slash on its own elements, which pages rarely write).
            if (t.name == u"noscript") {
                noscript += t.selfClosing ? 0 : 1;
            } else if (noscript > 0 || t.name == u"script" || t.name == u"style" || isMetaRefresh(t)) {
                // left out
            } else if (Markup::isVoid(t.name) || t.selfClosing || isOneOf(t.name, {u"html", u"head", u"body"})) {
                out += text;
            } else if (flattened > 0) {
                flattened += hasOptionalEnd(t.name) ? 0 : 1;
                out += u' '; // words in neighbouring cells stay apart
            } else {
                open.closeImpliedBy(t.name);
                if (open.depth() >= maxDepth) {
                    flattened = hasOptionalEnd(t.name) ? 0 : 1;
                    out += u' ';
                } else {
                    open.push(t.name);
                    out += text;
                }
            }
            break;
        case Token::Kind::EndTag:
            if (t.name == u"noscript") {
                noscript = std::max(0, noscript - 1);
            } else if (noscript > 0 || t.name == u"script" || t.name == u"style") {
                // left out
            } else if (flattened > 0) {
                if (!hasOptionalEnd(t.name) && !Markup::isVoid(t.name)) {
                    --flattened;
                }
                out += u' ';
            } else if (open.close(t.name) || Markup::isVoid(t.name) || isOneOf(t.name, {u"html", u"head", u"body"})) {
                out += text; // a stray end tag is left out, as the parser would ignore it
            }
            break;
        }
        if (t.kind == Token::Kind::StartTag) {
            startWritten = out.size() > before && out.at(before) == u'<';
        }
    }
    return out;
}

} // namespace Glossa::Ingest
