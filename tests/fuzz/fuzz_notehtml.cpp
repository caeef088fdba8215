// SPDX-License-Identifier: GPL-3.0-or-later
// A note's Markdown rendered for the margin (Render::NoteHtml), with and without its `[[ ]]` links
// resolved. Whatever the note holds, the HTML may only hold the tags and attributes NoteHtml allows,
// every attribute value quoted and escaped, and no text that could start markup: the run aborts
// on anything else.
#include "fuzzcheck.h"
#include "ingest/markupscan.h"
#include "render/notehtml.h"

#include <QRegularExpression>

using namespace Glossa;
using namespace Qt::StringLiterals;
using Ingest::Markup::Token;

namespace {

struct Attribute {
    QString name;
    QString value;
};

// A start tag's attributes as NoteHtml writes them: ` name="value"`, each value free of '"', '<'
// and '>' (escaped). Anything else aborts.
QList<Attribute> attributesOf(QStringView written, const QString &html)
{
    QList<Attribute> out;
    qsizetype i = 0;
    while (i < written.size()) {
        Fuzz::check(written[i] == u' ', "attributes not separated by one space", html);
        const qsizetype eq = written.indexOf(u"=\"", i + 1);
        Fuzz::check(eq > i + 1, "an attribute without a quoted value", html);
        const qsizetype close = written.indexOf(u'"', eq + 2);
        Fuzz::check(close > 0, "an attribute value left open", html);
        Attribute a {written.mid(i + 1, eq - i - 1).toString(), written.mid(eq + 2, close - eq - 2).toString()};
        Fuzz::check(!a.value.contains(u'<') && !a.value.contains(u'>'), "an unescaped '<' or '>' in a value", html);
        out.append(a);
        i = close + 1;
    }
    return out;
}

bool only(const QList<Attribute> &attributes, std::initializer_list<QStringView> allowed)
{
    for (const Attribute &a : attributes) {
        if (std::find(allowed.begin(), allowed.end(), QStringView(a.name)) == allowed.end()) {
            return false;
        }
    }
    return true;
}

QString valueOf(const QList<Attribute> &attributes, QStringView name)
{
    for (const Attribute &a : attributes) {
        if (a.name == name) {
            return a.value;
        }
    }
    return {};
}

void checkAllowed(const QString &html)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]+$"));
    Ingest::Markup::Scanner scanner(html);
    Token t;
    while (scanner.next(t)) {
        const QStringView written = QStringView(html).mid(t.begin, t.end - t.begin);
        switch (t.kind) {
        case Token::Kind::Text:
            Fuzz::check(!written.contains(u'<') && !written.contains(u'>'), "an unescaped '<' or '>' in text", html);
            break;
        case Token::Kind::Comment:
        case Token::Kind::RawText:
            Fuzz::check(false, "a comment or raw text in a note's HTML", html);
            break;
        case Token::Kind::EndTag:
        case Token::Kind::StartTag: {
            const bool start = t.kind == Token::Kind::StartTag;
            Fuzz::check(!t.selfClosing, "a self-closing tag", html);
            const QList<Attribute> attributes = start ? attributesOf(t.attributes, html) : QList<Attribute> {};
            Fuzz::check(start || t.attributes.trimmed().isEmpty(), "an end tag with attributes", html);
            const QString &n = t.name;
            if (n == u"p" || n == u"em" || n == u"strong" || n == u"code" || n == u"pre" || n == u"ul" || n == u"li"
                || n == u"blockquote" || n == u"br" || n == u"del" || n == u"h4" || n == u"hr") {
                Fuzz::check(attributes.isEmpty(), "an attribute on a tag that takes none", html);
            } else if (n == u"ol") {
                Fuzz::check(only(attributes, {u"start"})
                        && (attributes.isEmpty() || digits.match(attributes[0].value).hasMatch()),
                    "an <ol> attribute other than a numeric start", html);
            } else if (n == u"a") {
                Fuzz::check(only(attributes, {u"data-href", u"class"}),
                    "an <a> attribute other than data-href and class", html);
                const QString cls = valueOf(attributes, u"class");
                Fuzz::check(cls.isEmpty() || cls == u"wikilink", "an <a> class other than wikilink", html);
            } else if (n == u"span") {
                Fuzz::check(
                    only(attributes, {u"class", u"title"}), "a <span> attribute other than class and title", html);
                Fuzz::check(!start || valueOf(attributes, u"class") == u"wikilink unresolved",
                    "a <span> that is not an unresolved wiki link", html);
            } else {
                Fuzz::check(false, "a tag NoteHtml does not allow", html);
            }
            break;
        }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = Fuzz::utf8(data, size);
    checkAllowed(Render::NoteHtml::fromMarkdown(markdown));
    // Every other `[[ ]]` names an article: both the link and the unresolved span are written.
    int n = 0;
    checkAllowed(Render::NoteHtml::fromMarkdown(
        markdown, [&n](const Links::WikiLink &link) { return ++n % 2 == 0 ? QString() : u"id-"_s + link.title; }));
    return 0;
}
