// SPDX-License-Identifier: GPL-3.0-or-later
// Untrusted HTML through the markup scanner (every token, every attribute looked up) and InertHtml.
// Whatever the page, the inert page scanned again holds no script, style, noscript, comment or
// meta refresh, and nothing nests deeper than it allows.
#include "fuzzcheck.h"
#include "ingest/inerthtml.h"
#include "ingest/markupscan.h"

using namespace Glossa;
using Ingest::Markup::Token;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = Fuzz::utf8(data, size);
    Ingest::Markup::Scanner scanner(html);
    Token t;
    qsizetype at = 0;
    while (scanner.next(t)) {
        Fuzz::check(
            t.begin >= at && t.begin <= t.end && t.end <= html.size(), "a token outside the markup or backwards", html);
        at = t.end;
        if (t.kind == Token::Kind::StartTag) {
            (void)Ingest::Markup::attribute(t.attributes, u"href");
            (void)Ingest::Markup::attribute(t.attributes, u"http-equiv");
        }
    }
    const QString inert = Ingest::InertHtml::from(html, 8);
    Ingest::Markup::Scanner again(inert);
    while (again.next(t)) {
        Fuzz::check(t.kind != Token::Kind::Comment, "a comment in the inert page", inert);
        Fuzz::check(!(t.kind == Token::Kind::RawText && (t.name == u"script" || t.name == u"style")),
            "script or style content in the inert page", inert);
        if (t.kind == Token::Kind::StartTag) {
            Fuzz::check(t.name != u"script" && t.name != u"style" && t.name != u"noscript",
                "a script, style or noscript in the inert page", inert);
            Fuzz::check(
                !(t.name == u"meta"
                    && Ingest::Markup::attribute(t.attributes, u"http-equiv").compare(u"refresh", Qt::CaseInsensitive)
                        == 0),
                "a meta refresh in the inert page", inert);
        }
    }
    return 0;
}
