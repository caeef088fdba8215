// SPDX-License-Identifier: GPL-3.0-or-later
#include "notetext.h"

#include "ingest/markdownimporter.h"
#include "ingest/markdownwalk.h"

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

    // Blocks that stand on lines of their own in the glance.
    static bool isLine(MD_BLOCKTYPE type)
    {
        return type == MD_BLOCK_LI || type == MD_BLOCK_P || type == MD_BLOCK_H || type == MD_BLOCK_CODE
            || type == MD_BLOCK_TR;
    }

    int enterBlock(MD_BLOCKTYPE type, void *)
    {
        if (isLine(type)) {
            endLine();
        }
        if (type == MD_BLOCK_LI) {
            line += QStringLiteral("\u2022 ");
        }
        return 0;
    }

    int leaveBlock(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_TD || type == MD_BLOCK_TH) {
            line += u' ';
        } else if (isLine(type)) {
            endLine();
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
    Ingest::walkMarkdown(markdown, writer);
    writer.endLine();
    return writer.lines.join(u'\n');
}

} // namespace Glossa::Render
