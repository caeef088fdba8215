// SPDX-License-Identifier: GPL-3.0-or-later
// Runs md4c over Markdown in Glossa's dialect (GitHub's, with raw HTML kept as text) and hands each
// event to a handler: the one parser set-up shared by the importer, the note renderer and the note
// glance. The handler has enterBlock(type, detail), leaveBlock(type) and text(type, data, size),
// and may have enterSpan(type, detail) and leaveSpan(type); each returns 0 to go on.
#pragma once

#include <QString>

#include <md4c.h>

namespace Glossa::Ingest {

template<typename Handler> void walkMarkdown(const QString &markdown, Handler &handler)
{
    MD_PARSER parser {};
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *h) {
        return static_cast<Handler *>(h)->enterBlock(type, detail);
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *h) {
        return static_cast<Handler *>(h)->leaveBlock(type);
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *h) {
        if constexpr (requires(Handler &x) { x.enterSpan(type, detail); }) {
            return static_cast<Handler *>(h)->enterSpan(type, detail);
        } else {
            return 0;
        }
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *h) {
        if constexpr (requires(Handler &x) { x.leaveSpan(type); }) {
            return static_cast<Handler *>(h)->leaveSpan(type);
        } else {
            return 0;
        }
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *h) {
        return static_cast<Handler *>(h)->text(type, data, size);
    };
    const QByteArray utf8 = markdown.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &handler);
}

} // namespace Glossa::Ingest
