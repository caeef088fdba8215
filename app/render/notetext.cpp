// SPDX-License-Identifier: GPL-3.0-or-later
#include "notetext.h"

#include "ingest/markdownimporter.h"

#include <md4c.h>

namespace Glossa::Render {

namespace {

struct Writer {
    QStringList lines;
    QString line;

    void endLine()
    {
        const QString done = line.simplified();
        if (!done.isEmpty()) {
            lines << done;
        }
        line.clear();
    }

    int enterBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_LI:
            endLine();
            line += QStringLiteral("\u2022 ");
            break;
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
        case MD_BLOCK_TR:
            endLine();
            break;
        default:
            break;
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        switch (type) {
        case MD_BLOCK_TD:
        case MD_BLOCK_TH:
            line += u' ';
            break;
        case MD_BLOCK_LI:
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
        case MD_BLOCK_TR:
            endLine();
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
        case MD_TEXT_SOFTBR:
            line += u' ';
            break;
        case MD_TEXT_NULLCHAR:
            line += QChar(0xFFFD);
            break;
        case MD_TEXT_ENTITY:
            line += Ingest::MarkdownImporter::decodeEntity(chunk);
            break;
        case MD_TEXT_CODE:
            // Inside a code block, each line of code is a line of the glance.
            if (chunk == u"\n") {
                endLine();
            } else {
                line += chunk;
            }
            break;
        default:
            line += chunk;
            break;
        }
        return 0;
    }
};

} // namespace

QString NoteText::plain(const QString &markdown)
{
    Writer writer;
    MD_PARSER parser {};
    parser.flags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
    parser.enter_block = [](MD_BLOCKTYPE t, void *, void *w) {
        return static_cast<Writer *>(w)->enterBlock(t);
    };
    parser.leave_block = [](MD_BLOCKTYPE t, void *, void *w) {
        return static_cast<Writer *>(w)->leaveBlock(t);
    };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) {
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) {
        return 0;
    };
    parser.text = [](MD_TEXTTYPE t, const MD_CHAR *s, MD_SIZE n, void *w) {
        return static_cast<Writer *>(w)->text(t, s, n);
    };
    const QByteArray utf8 = markdown.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &writer);
    writer.endLine();
    return writer.lines.join(u'\n');
}

} // namespace Glossa::Render
