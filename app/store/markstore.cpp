// SPDX-License-Identifier: GPL-3.0-or-later
#include "markstore.h"

#include <algorithm>

namespace Glossa::Store::MarkStore {

Status insert(Database &db, const Model::Revision &revision)
{
    const auto &blocks = revision.blocks();
    if (std::none_of(blocks.cbegin(), blocks.cend(), [](const Model::Block &b) { return !b.marks.isEmpty(); })) {
        return {}; // nothing to write (and a library being built at an older version has no such table)
    }
    auto q = db.prepare(
        QStringLiteral("INSERT INTO inline_marks(revision_id, start, \"end\", kind, attr) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!q) {
        return q.status();
    }
    for (const Model::Block &block : revision.blocks()) {
        for (const Model::Mark &mark : block.marks) {
            Statement &s = **q;
            s.bind(1, revision.id);
            s.bind(2, qint64(block.start + mark.start));
            s.bind(3, qint64(block.start + mark.end));
            s.bind(4, Model::markKindName(mark.kind));
            s.bind(5, mark.attr);
            if (Status st = s.exec(); !st) {
                return st;
            }
        }
    }
    return {};
}

Status read(Database &db, const QString &revisionId, QList<Model::Block> &blocks)
{
    auto q = db.prepare(QStringLiteral(
        "SELECT start, \"end\", kind, attr FROM inline_marks WHERE revision_id = ?1 ORDER BY start, \"end\" DESC, rowid"));
    if (!q) {
        return q.status();
    }
    (*q)->bind(1, revisionId);
    return (*q)->forEach([&](const Statement &row) {
        const qsizetype start = row.int64(0);
        const qsizetype end = row.int64(1);
        const auto kind = Model::markKindFromName(row.text(2));
        if (!kind) {
            return; // a kind a later version added: its text reads the same without it
        }
        // The block holding the mark's start; a mark never spans blocks.
        const auto it = std::upper_bound(blocks.begin(), blocks.end(), start,
            [](qsizetype offset, const Model::Block &b) { return offset < b.start; });
        if (it == blocks.begin()) {
            return;
        }
        Model::Block &block = *(it - 1);
        if (end < start || end > block.end) {
            return;
        }
        block.marks.append(
            Model::Mark {.kind = *kind, .start = start - block.start, .end = end - block.start, .attr = row.text(3)});
    });
}

} // namespace Glossa::Store::MarkStore
