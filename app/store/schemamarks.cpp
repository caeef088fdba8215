// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamarks_p.h"

#include "markstore.h"

#include "ingest/markdownimporter.h"
#include "model/revision.h"

namespace Glossa::Store::SchemaMarks {

// inline_marks: [start, end) in the revision's canonical text, like selectors; kind is a
// Model::markKindName, attr the link's target, the footnote's number or the cell's alignment.
// passage_blocks again, with the two block types this version adds: a table row and a footnote
// are passages as a paragraph is.
const char kVersion11[] = R"SQL(
CREATE TABLE inline_marks (
    revision_id TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    attr        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inline_marks_revision ON inline_marks(revision_id, start);

DROP VIEW passage_blocks;
CREATE VIEW passage_blocks AS
    SELECT a.id AS article_id, b.revision_id, b.idx, b.start, b."end"
    FROM blocks b
    JOIN revisions r ON r.id = b.revision_id
    JOIN articles a ON a.id = r.article_id AND a.current_revision_id = b.revision_id
    WHERE (b.type IN ('paragraph', 'quote', 'list-item', 'caption', 'table-row', 'footnote')
           AND b."end" - b.start >= 20)
       OR (b.type = 'heading' AND b."end" - b.start >= 40);
)SQL";

Status rederive(Database &db, const Schema::Progress &progress)
{
    auto total = db.scalar(QStringLiteral("SELECT count(*) FROM revisions WHERE source_format = 'markdown'"));
    if (!total) {
        return total.status();
    }
    auto rows = db.prepareUncached(QStringLiteral(
        "SELECT id, canonical_text, raw_source FROM revisions WHERE source_format = 'markdown' ORDER BY seq"));
    auto blockCount = db.prepareUncached(QStringLiteral("SELECT count(*) FROM blocks WHERE revision_id = ?1"));
    auto blockAt = db.prepareUncached(
        QStringLiteral("SELECT start, \"end\" FROM blocks WHERE revision_id = ?1 AND idx = ?2"));
    auto retype = db.prepareUncached(
        QStringLiteral("UPDATE blocks SET type = ?3, level = ?4, ordinal = ?5 WHERE revision_id = ?1 AND idx = ?2"));
    if (!rows || !blockCount || !blockAt || !retype) {
        return !rows ? rows.status() : !blockCount ? blockCount.status() : !blockAt ? blockAt.status() : retype.status();
    }
    qint64 done = 0;
    Status status;
    Status st = (*rows)->forEach([&](const Statement &row) {
        if (!status) {
            return;
        }
        Model::Revision derived
            = Model::Revision::fromBlocks(Ingest::MarkdownImporter::extract(row.text(2)).blocks);
        derived.id = row.text(0);
        if (derived.canonicalText() == row.text(1)) {
            // The same text; the same blocks too when there are as many, each over the same range.
            Statement &count = **blockCount;
            count.bind(1, derived.id);
            qint64 stored = -1;
            status = count.forEach([&](const Statement &c) { stored = c.int64(0); });
            count.reset();
            bool sameBlocks = status && stored == derived.blocks().size();
            for (qsizetype i = 0; status && sameBlocks && i < derived.blocks().size(); ++i) {
                Statement &at = **blockAt;
                at.bind(1, derived.id);
                at.bind(2, qint64(i));
                status = at.forEach([&](const Statement &b) {
                    sameBlocks = b.int64(0) == derived.blocks()[i].start && b.int64(1) == derived.blocks()[i].end;
                });
                at.reset();
            }
            for (qsizetype i = 0; status && sameBlocks && i < derived.blocks().size(); ++i) {
                const Model::Block &b = derived.blocks()[i];
                Statement &u = **retype;
                u.bind(1, derived.id);
                u.bind(2, qint64(i));
                u.bind(3, Model::blockTypeName(b.type));
                u.bind(4, b.level);
                u.bind(5, b.ordinal);
                status = u.exec();
            }
            if (status) {
                status = MarkStore::insert(db, derived);
            }
        }
        ++done;
        if (progress) {
            progress(done, *total);
        }
    });
    return !status ? status : st;
}

} // namespace Glossa::Store::SchemaMarks
