// SPDX-License-Identifier: GPL-3.0-or-later
// Blocks as the structure golden files show them, one a line: the block's type, its level ("L2"),
// its ordinal ("#3") and code language ("[cpp]"), then its text with each inline mark as a tag
// around the text it covers: <b>, <i>, <code>, <s>, <a href=URL>, <fn N>, <td ALIGN>. A line break
// inside a block is written "\n". The tags are the golden file's notation, not any page's markup.
#pragma once

#include "model/block.h"

#include <QList>
#include <QString>

#include <algorithm>

namespace Glossa::Test {

inline QString markTag(const Model::Mark &m, bool open)
{
    using Model::MarkKind;
    QString name;
    QString attr;
    switch (m.kind) {
    case MarkKind::Strong:
        name = QStringLiteral("b");
        break;
    case MarkKind::Emphasis:
        name = QStringLiteral("i");
        break;
    case MarkKind::Code:
        name = QStringLiteral("code");
        break;
    case MarkKind::Strike:
        name = QStringLiteral("s");
        break;
    case MarkKind::Link:
        name = QStringLiteral("a");
        attr = u" href=" + m.attr;
        break;
    case MarkKind::FootnoteRef:
        name = QStringLiteral("fn");
        attr = u' ' + m.attr;
        break;
    case MarkKind::Cell:
        name = QStringLiteral("td");
        attr = m.attr.isEmpty() ? QString() : u' ' + m.attr;
        break;
    }
    return open ? QString(u'<' + name + attr + u'>') : QString(u"</" + name + u'>');
}

inline QString markedText(const QString &text, const QList<Model::Mark> &marks)
{
    struct Insert {
        qsizetype at;
        bool open;
        qsizetype other; // the mark's other end: opens of longer marks first, closes of later-opened first
        int rank; // over the same range, a table cell outside the marks inside it
        QString tag;
    };
    QList<Insert> inserts;
    for (const Model::Mark &m : marks) {
        const int rank = m.kind == Model::MarkKind::Cell ? 0 : 1;
        if (m.start == m.end) { // an empty cell: one insert, so that it opens before it closes
            inserts.append({m.start, false, m.start, rank, markTag(m, true) + markTag(m, false)});
            continue;
        }
        inserts.append({m.start, true, m.end, rank, markTag(m, true)});
        inserts.append({m.end, false, m.start, rank, markTag(m, false)});
    }
    std::stable_sort(inserts.begin(), inserts.end(), [](const Insert &a, const Insert &b) {
        if (a.at != b.at) {
            return a.at < b.at;
        }
        if (a.open != b.open) {
            return !a.open; // a close before an open at the same place
        }
        if (a.other != b.other) {
            return a.other > b.other;
        }
        return a.open ? a.rank < b.rank : a.rank > b.rank;
    });
    QString out;
    qsizetype at = 0;
    for (const Insert &i : std::as_const(inserts)) {
        out += text.mid(at, i.at - at) + i.tag;
        at = i.at;
    }
    out += text.mid(at);
    out.replace(u'\n', QStringLiteral("\\n"));
    return out;
}

inline QString blockDump(const QList<Model::Block> &blocks)
{
    QString out;
    for (const Model::Block &b : blocks) {
        out += Model::blockTypeName(b.type);
        if (b.level) {
            out += QStringLiteral(" L%1").arg(b.level);
        }
        if (b.ordinal) {
            out += QStringLiteral(" #%1").arg(b.ordinal);
        }
        if (!b.language.isEmpty()) {
            out += u" [" + b.language + u']';
        }
        out += u": " + markedText(b.text, b.marks) + u'\n';
    }
    return out;
}

} // namespace Glossa::Test
