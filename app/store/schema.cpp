// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "schemaarticles_p.h"
#include "schemastemming_p.h"
#include "storelog.h"

#include <sqlite3.h>

namespace Glossa::Store {

namespace {

// Version 1: every entity.
//
// Ids: every entity has a UUID (`id`, stable across export and merge) and an INTEGER PRIMARY KEY
// `seq`, which external-content FTS tables need as a rowid that VACUUM never renumbers.
// Timestamps are ISO 8601 UTC text with milliseconds.
//
// ON DELETE, deliberately:
// - deleting an article cascades to its revisions (and their blocks), annotations and comments:
//   they point into its text and mean nothing without it;
// - deleting a comment cascades to its replies and to its edit history;
// - deleting an annotation sets the annotation_id of inline comments on it to NULL: the discussion
//   stays in the article's thread rather than vanishing with a highlight;
// - links have NO foreign keys on their ends. A link whose article or annotation is deleted is kept
//   as a *dangling* link: the surviving end still shows "this supported a passage that was deleted",
//   the UI can offer to remove it, and undoing the deletion revives the link with no extra work.
const char kVersion1[] = R"SQL(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
CREATE TABLE authors (
    seq      INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    name     TEXT NOT NULL,
    is_local INTEGER NOT NULL DEFAULT 0 CHECK (is_local IN (0, 1)),
    created  TEXT NOT NULL
);
CREATE TABLE articles (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL DEFAULT '',
    byline      TEXT NOT NULL DEFAULT '',
    site        TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL,
    updated     TEXT NOT NULL,
    -- Not a foreign key: revisions point at their article, and a cycle of constraints would make
    -- inserting either first impossible. The repository keeps it pointing at one of its revisions.
    current_revision_id TEXT
);
CREATE TABLE revisions (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    article_id     TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    created        TEXT NOT NULL,
    canonical_text TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    raw_source     TEXT NOT NULL DEFAULT '',
    source_format  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX revisions_article ON revisions(article_id);
CREATE TABLE blocks (
    revision_id TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    type        TEXT NOT NULL,
    level       INTEGER NOT NULL DEFAULT 0,
    ordinal     INTEGER NOT NULL DEFAULT 0,
    language    TEXT NOT NULL DEFAULT '',
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    PRIMARY KEY (revision_id, idx)
) WITHOUT ROWID;
CREATE TABLE tags (
    seq  INTEGER PRIMARY KEY,
    id   TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE article_tags (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE annotations (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    revision_id   TEXT NOT NULL REFERENCES revisions(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL,
    color         TEXT NOT NULL DEFAULT '',
    style         TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    is_private    INTEGER NOT NULL DEFAULT 0 CHECK (is_private IN (0, 1)),
    pos_start     INTEGER NOT NULL DEFAULT -1,
    pos_end       INTEGER NOT NULL DEFAULT -1,
    quote         TEXT NOT NULL DEFAULT '',
    prefix        TEXT NOT NULL DEFAULT '',
    suffix        TEXT NOT NULL DEFAULT '',
    block_index   INTEGER NOT NULL DEFAULT -1,
    anchor_start  INTEGER NOT NULL DEFAULT -1,
    anchor_end    INTEGER NOT NULL DEFAULT -1,
    anchor_score  REAL NOT NULL DEFAULT 0,
    anchor_status TEXT NOT NULL,
    author        TEXT NOT NULL DEFAULT '',
    created       TEXT NOT NULL,
    updated       TEXT NOT NULL
);
CREATE INDEX annotations_article ON annotations(article_id);
CREATE TABLE annotation_tags (
    annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id        TEXT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE TABLE links (
    seq                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    from_article_id    TEXT NOT NULL,
    from_annotation_id TEXT,
    to_article_id      TEXT NOT NULL,
    to_annotation_id   TEXT,
    relation           TEXT NOT NULL,
    note               TEXT NOT NULL DEFAULT '',
    created            TEXT NOT NULL
);
CREATE INDEX links_from ON links(from_article_id);
CREATE INDEX links_to ON links(to_article_id);
CREATE TABLE comments (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    annotation_id TEXT REFERENCES annotations(id) ON DELETE SET NULL,
    parent_id     TEXT REFERENCES comments(id) ON DELETE CASCADE,
    author        TEXT NOT NULL DEFAULT '',
    body          TEXT NOT NULL,
    created       TEXT NOT NULL,
    edited        TEXT,
    votes         INTEGER NOT NULL DEFAULT 0,
    resolved      INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
);
CREATE INDEX comments_article ON comments(article_id);
CREATE INDEX comments_parent ON comments(parent_id);
CREATE INDEX comments_annotation ON comments(annotation_id);
CREATE TABLE comment_edits (
    seq        INTEGER PRIMARY KEY,
    comment_id TEXT NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
    body       TEXT NOT NULL, -- the body as it was before this edit
    replaced   TEXT NOT NULL  -- when it was replaced
);
CREATE INDEX comment_edits_comment ON comment_edits(comment_id);
)SQL";

// Version 2: full-text search. External-content FTS5 tables over the rows above, kept in sync by
// triggers, so the index changes in the same transaction as the row. unicode61 with
// remove_diacritics 2 folds accents, so "liberta" finds "libertà" and "ecole" finds "école".
const char kVersion2[] = R"SQL(
CREATE VIRTUAL TABLE fts_articles USING fts5(title, byline, content='articles', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE fts_revisions USING fts5(canonical_text, content='revisions', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE fts_annotations USING fts5(quote, note, content='annotations', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE fts_comments USING fts5(body, content='comments', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO fts_articles(rowid, title, byline) VALUES (new.seq, new.title, new.byline);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO fts_articles(fts_articles, rowid, title, byline) VALUES ('delete', old.seq, old.title, old.byline);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, byline ON articles BEGIN
    INSERT INTO fts_articles(fts_articles, rowid, title, byline) VALUES ('delete', old.seq, old.title, old.byline);
    INSERT INTO fts_articles(rowid, title, byline) VALUES (new.seq, new.title, new.byline);
END;

CREATE TRIGGER revisions_ai AFTER INSERT ON revisions BEGIN
    INSERT INTO fts_revisions(rowid, canonical_text) VALUES (new.seq, new.canonical_text);
END;
CREATE TRIGGER revisions_ad AFTER DELETE ON revisions BEGIN
    INSERT INTO fts_revisions(fts_revisions, rowid, canonical_text) VALUES ('delete', old.seq, old.canonical_text);
END;

CREATE TRIGGER annotations_ai AFTER INSERT ON annotations BEGIN
    INSERT INTO fts_annotations(rowid, quote, note) VALUES (new.seq, new.quote, new.note);
END;
CREATE TRIGGER annotations_ad AFTER DELETE ON annotations BEGIN
    INSERT INTO fts_annotations(fts_annotations, rowid, quote, note) VALUES ('delete', old.seq, old.quote, old.note);
END;
CREATE TRIGGER annotations_au AFTER UPDATE OF quote, note ON annotations BEGIN
    INSERT INTO fts_annotations(fts_annotations, rowid, quote, note) VALUES ('delete', old.seq, old.quote, old.note);
    INSERT INTO fts_annotations(rowid, quote, note) VALUES (new.seq, new.quote, new.note);
END;

CREATE TRIGGER comments_ai AFTER INSERT ON comments BEGIN
    INSERT INTO fts_comments(rowid, body) VALUES (new.seq, new.body);
END;
CREATE TRIGGER comments_ad AFTER DELETE ON comments BEGIN
    INSERT INTO fts_comments(fts_comments, rowid, body) VALUES ('delete', old.seq, old.body);
END;
CREATE TRIGGER comments_au AFTER UPDATE OF body ON comments BEGIN
    INSERT INTO fts_comments(fts_comments, rowid, body) VALUES ('delete', old.seq, old.body);
    INSERT INTO fts_comments(rowid, body) VALUES (new.seq, new.body);
END;

-- Rows written by version 1 enter the index now.
INSERT INTO fts_articles(fts_articles) VALUES ('rebuild');
INSERT INTO fts_revisions(fts_revisions) VALUES ('rebuild');
INSERT INTO fts_annotations(fts_annotations) VALUES ('rebuild');
INSERT INTO fts_comments(fts_comments) VALUES ('rebuild');
)SQL";

// Version 3: the passage as it read when it was marked, once an updated article has changed it.
const char kVersion3[] = R"SQL(
ALTER TABLE annotations ADD COLUMN original_quote TEXT NOT NULL DEFAULT '';
)SQL";

// Version 4: the discussion thread's per-author votes and tombstones. comments.votes stays the shown
// score (votes counted before this version have no voter and stay in it); comment_votes holds one
// vote per author per comment. A deleted comment that has replies, or that a thread file may bring
// back, is kept as a tombstone (deleted = 1, empty body).
const char kVersion4[] = R"SQL(
ALTER TABLE comments ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
CREATE TABLE comment_votes (
    comment_id TEXT NOT NULL REFERENCES comments(id) ON DELETE CASCADE,
    voter      TEXT NOT NULL,
    value      INTEGER NOT NULL CHECK (value IN (-1, 1)),
    PRIMARY KEY (comment_id, voter)
) WITHOUT ROWID;
)SQL";

// Version 5: replies whose parent is not (yet) in the library, and watching threads.
// - comments.missing_parent_id: the comment a reply answers when this library does not hold it (a
//   thread file brought the reply without its parent); parent_id stays NULL, since it is a foreign
//   key, until a later merge brings the parent and links the reply to it.
// - article_watches / comment_watches: "Notify me", offline: an article's whole thread, or one
//   comment and its replies. They go with what they watch.
// - unread_comments: comments a merge brought into something watched, until they are read.
const char kVersion5[] = R"SQL(
ALTER TABLE comments ADD COLUMN missing_parent_id TEXT;
CREATE INDEX comments_missing_parent ON comments(missing_parent_id);
CREATE TABLE article_watches (
    article_id TEXT PRIMARY KEY NOT NULL REFERENCES articles(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE comment_watches (
    comment_id TEXT PRIMARY KEY NOT NULL REFERENCES comments(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE TABLE unread_comments (
    comment_id TEXT PRIMARY KEY NOT NULL REFERENCES comments(id) ON DELETE CASCADE
) WITHOUT ROWID;
)SQL";

// Version 6: what each end of a link said when it was linked, so that a link whose passage was
// deleted still shows what it joined (links keep no foreign keys; see version 1).
const char kVersion6[] = R"SQL(
ALTER TABLE links ADD COLUMN from_quote TEXT NOT NULL DEFAULT '';
ALTER TABLE links ADD COLUMN to_quote TEXT NOT NULL DEFAULT '';
CREATE INDEX links_from_annotation ON links(from_annotation_id);
CREATE INDEX links_to_annotation ON links(to_annotation_id);
)SQL";

// Version 7: passages, the unit "related passages" are found in (app/links/related.h). One row per
// text block of each article's CURRENT revision that is long enough to be about something, with its
// range in the revision's canonical text, and a contentless FTS5 index of its words (the words are
// read from the revision when the row is written; `contentless_delete` lets a row be dropped by its
// rowid; SQLite 3.43 or later, which every platform in tools/packages-native.txt has). Triggers
// keep it current in the same transaction as the change:
// - a block written into an article's current revision (importing, restoring a deleted article) adds
//   its passage; a block deleted takes its passage with it;
// - an article whose current revision changes (an update, its undo) has its passages replaced;
// - a deleted article's passages go with it.
// Which blocks are passages is said once, in the view passage_blocks:
// - paragraphs, quotes, list items and captions of at least 20 characters (shorter ones are "Share",
//   "Advertisement", a date: too few words to be about anything);
// - headings of at least 40 characters (a long heading says what its section argues; a short one,
//   "Introduction", matches everything);
// - never code or separators.
// Offsets: blocks hold UTF-16 offsets and substr() counts code points, so in a text with characters
// beyond the BMP (emoji) the indexed words can shift by a character at a passage's edge; the stored
// range, which links use, is exact.
const char kVersion7[] = R"SQL(
CREATE TABLE passages (
    seq         INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL,
    revision_id TEXT NOT NULL,
    block_idx   INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL
);
CREATE INDEX passages_article ON passages(article_id);
CREATE INDEX passages_block ON passages(revision_id, block_idx);
CREATE VIRTUAL TABLE fts_passages USING fts5(text, content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2');
-- Each term's number of passages, for choosing a passage's distinctive words.
CREATE VIRTUAL TABLE fts_passages_terms USING fts5vocab(fts_passages, 'row');

CREATE VIEW passage_blocks AS
    SELECT a.id AS article_id, b.revision_id, b.idx, b.start, b."end"
    FROM blocks b
    JOIN revisions r ON r.id = b.revision_id
    JOIN articles a ON a.id = r.article_id AND a.current_revision_id = b.revision_id
    WHERE (b.type IN ('paragraph', 'quote', 'list-item', 'caption') AND b."end" - b.start >= 20)
       OR (b.type = 'heading' AND b."end" - b.start >= 40);

CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO fts_passages(rowid, text)
        SELECT new.seq, substr(canonical_text, new.start + 1, new."end" - new.start)
        FROM revisions WHERE id = new.revision_id;
END;
CREATE TRIGGER passages_ad AFTER DELETE ON passages BEGIN
    DELETE FROM fts_passages WHERE rowid = old.seq;
END;

CREATE TRIGGER blocks_passages_ai AFTER INSERT ON blocks BEGIN
    INSERT INTO passages(article_id, revision_id, block_idx, start, "end")
        SELECT article_id, revision_id, idx, start, "end" FROM passage_blocks
        WHERE revision_id = new.revision_id AND idx = new.idx;
END;
CREATE TRIGGER blocks_passages_ad AFTER DELETE ON blocks BEGIN
    DELETE FROM passages WHERE revision_id = old.revision_id AND block_idx = old.idx;
END;
CREATE TRIGGER articles_passages_au AFTER UPDATE OF current_revision_id ON articles
    WHEN old.current_revision_id IS NOT new.current_revision_id BEGIN
    DELETE FROM passages WHERE article_id = new.id;
    INSERT INTO passages(article_id, revision_id, block_idx, start, "end")
        SELECT article_id, revision_id, idx, start, "end" FROM passage_blocks WHERE article_id = new.id;
END;
CREATE TRIGGER articles_passages_ad AFTER DELETE ON articles BEGIN
    DELETE FROM passages WHERE article_id = old.id;
END;

-- The articles written before this version enter the index now.
INSERT INTO passages(article_id, revision_id, block_idx, start, "end")
    SELECT article_id, revision_id, idx, start, "end" FROM passage_blocks;
)SQL";

// Version 8: the links a note's or comment's `[[Title]]` makes (relation "mentions"; see
// app/links/wikilinks.h) say which text made them: source_id is the annotation or comment whose text
// holds the `[[ ]]`, NULL for a link made by hand. The library adds and removes them with that text.
const char kVersion8[] = R"SQL(
ALTER TABLE links ADD COLUMN source_id TEXT;
CREATE INDEX links_source ON links(source_id);
)SQL";

struct Step {
    int version;
    const char *sql;
    // Run after `sql`, in the same transaction: work done in C++ (with progress).
    Status (*then)(Database &db, const Schema::Progress &progress) = nullptr;
};
// In order; a new version appends a step and never edits an old one.
constexpr Step kSteps[] = {
    {1, kVersion1}, {2, kVersion2}, {3, kVersion3}, {4, kVersion4}, {5, kVersion5}, {6, kVersion6}, {7, kVersion7},
    {8, kVersion8}, {9, SchemaStemming::kVersion9, SchemaStemming::reindex}, // schemastemming.cpp
    {10, SchemaArticles::kVersion10, SchemaArticles::noteTags}, // schemaarticles.cpp
};

} // namespace

int Schema::latestVersion()
{
    return std::end(kSteps)[-1].version;
}

Status Schema::configure(Database &db)
{
    // WAL: readers never block the writer and a crash mid-write leaves the last commit intact.
    // synchronous=FULL in WAL mode syncs the log at every commit, so a committed note survives a
    // power cut too, not just a crash of Glossa (NORMAL could lose the last commits on power loss).
    // Glossa writes one small transaction per user action, so the cost of an fsync is invisible.
    if (!db.isReadOnly()) {
        auto mode = db.prepareUncached(QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!mode) {
            return mode.status();
        }
        if ((*mode)->step() == Statement::Step::Failed) {
            return (*mode)->error();
        }
    }
    // A 16 MB page cache (the default is 2 MB): UUID keys land on random index pages, and a larger
    // cache keeps inserts and searches in a library of 100,000 annotations off the disk.
    return db.exec(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA cache_size=-16384;"));
}

Status Schema::migrate(Database &db, int target, const Progress &progress)
{
    if (target < 0) {
        target = latestVersion();
    }
    auto current = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!current) {
        return current.status();
    }
    if (*current > latestVersion()) {
        return Error {SQLITE_CANTOPEN,
            QStringLiteral("library schema version %1 is newer than %2").arg(*current).arg(latestVersion())};
    }
    for (const Step &step : kSteps) {
        if (step.version <= *current || step.version > target) {
            continue;
        }
        Transaction tx(db);
        if (!tx.began()) {
            return tx.began();
        }
        if (Status s = db.exec(QString::fromUtf8(step.sql)); !s) {
            qCWarning(lcStore) << "migration to" << step.version << "failed:" << s.error().message;
            return s;
        }
        if (step.then) {
            if (Status s = step.then(db, progress); !s) {
                qCWarning(lcStore) << "migration to" << step.version << "failed:" << s.error().message;
                return s;
            }
        }
        // PRAGMA takes no parameters; the value is our own integer constant.
        QString pragmas = QStringLiteral("PRAGMA user_version=%1;").arg(step.version);
        if (step.version == 1) {
            pragmas += QStringLiteral("PRAGMA application_id=%1;").arg(ApplicationId);
        }
        if (Status s = db.exec(pragmas); !s) {
            return s;
        }
        if (Status s = tx.commit(); !s) {
            return s;
        }
        qCInfo(lcStore) << "library migrated to version" << step.version;
    }
    return {};
}

} // namespace Glossa::Store
