// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemastemming_p.h"

#include <limits>

namespace Glossa::Store::SchemaStemming {

// Version 9: inflections. Every full-text table is rebuilt with the tokenizer `glossa`
// (store/stemmingtokenizer.h): unicode61 as before, plus each word's Snowball stem in the article's
// language, so that "trattati" finds "trattato" in an Italian article. Each text is indexed with
// the marker of its language in front (char(31) LANG char(31)): the article's language; for a
// passage, its block's language when the block has one. The tables become contentless
// (contentless_delete=1, as fts_passages already was): they held no copy of the text before either,
// but an external-content table needs the old text to delete a row, and the marker is not in the
// row. An article whose language changes has everything of it indexed again.
// The rows already in the library are indexed by Schema::migrate after this SQL, in chunks, with
// progress (reindex()).
const char kVersion9[] = R"SQL(
DROP TRIGGER articles_ai;
DROP TRIGGER articles_ad;
DROP TRIGGER articles_au;
DROP TRIGGER revisions_ai;
DROP TRIGGER revisions_ad;
DROP TRIGGER annotations_ai;
DROP TRIGGER annotations_ad;
DROP TRIGGER annotations_au;
DROP TRIGGER comments_ai;
DROP TRIGGER comments_ad;
DROP TRIGGER comments_au;
DROP TRIGGER passages_ai;
DROP TABLE fts_passages_terms;
DROP TABLE fts_articles;
DROP TABLE fts_revisions;
DROP TABLE fts_annotations;
DROP TABLE fts_comments;
DROP TABLE fts_passages;

CREATE VIRTUAL TABLE fts_articles USING fts5(title, byline, content='', contentless_delete=1, tokenize='glossa');
CREATE VIRTUAL TABLE fts_revisions USING fts5(canonical_text, content='', contentless_delete=1, tokenize='glossa');
CREATE VIRTUAL TABLE fts_annotations USING fts5(quote, note, content='', contentless_delete=1, tokenize='glossa');
CREATE VIRTUAL TABLE fts_comments USING fts5(body, content='', contentless_delete=1, tokenize='glossa');
CREATE VIRTUAL TABLE fts_passages USING fts5(text, content='', contentless_delete=1, tokenize='glossa');
CREATE VIRTUAL TABLE fts_passages_terms USING fts5vocab(fts_passages, 'row');

-- The marker of an article's language, and of a passage's (its block's language, else the article's).
CREATE VIEW article_markers AS
    SELECT id AS article_id, char(31) || language || char(31) AS marker FROM articles;
CREATE VIEW passage_texts AS
    SELECT p.seq, p.article_id,
        char(31) || coalesce(nullif(b.language, ''), a.language) || char(31)
            || substr(r.canonical_text, p.start + 1, p."end" - p.start) AS text
    FROM passages p
    JOIN articles a ON a.id = p.article_id
    JOIN revisions r ON r.id = p.revision_id
    LEFT JOIN blocks b ON b.revision_id = p.revision_id AND b.idx = p.block_idx;

CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO fts_articles(rowid, title, byline) VALUES (new.seq,
        char(31) || new.language || char(31) || new.title, char(31) || new.language || char(31) || new.byline);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    DELETE FROM fts_articles WHERE rowid = old.seq;
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, byline, language ON articles BEGIN
    DELETE FROM fts_articles WHERE rowid = old.seq;
    INSERT INTO fts_articles(rowid, title, byline) VALUES (new.seq,
        char(31) || new.language || char(31) || new.title, char(31) || new.language || char(31) || new.byline);
END;
CREATE TRIGGER articles_language_au AFTER UPDATE OF language ON articles
    WHEN old.language IS NOT new.language BEGIN
    DELETE FROM fts_revisions WHERE rowid IN (SELECT seq FROM revisions WHERE article_id = new.id);
    INSERT INTO fts_revisions(rowid, canonical_text)
        SELECT seq, char(31) || new.language || char(31) || canonical_text FROM revisions WHERE article_id = new.id;
    DELETE FROM fts_annotations WHERE rowid IN (SELECT seq FROM annotations WHERE article_id = new.id);
    INSERT INTO fts_annotations(rowid, quote, note)
        SELECT seq, char(31) || new.language || char(31) || quote, char(31) || new.language || char(31) || note
        FROM annotations WHERE article_id = new.id;
    DELETE FROM fts_comments WHERE rowid IN (SELECT seq FROM comments WHERE article_id = new.id);
    INSERT INTO fts_comments(rowid, body)
        SELECT seq, char(31) || new.language || char(31) || body FROM comments WHERE article_id = new.id;
    DELETE FROM fts_passages WHERE rowid IN (SELECT seq FROM passages WHERE article_id = new.id);
    INSERT INTO fts_passages(rowid, text) SELECT seq, text FROM passage_texts WHERE article_id = new.id;
END;

CREATE TRIGGER revisions_ai AFTER INSERT ON revisions BEGIN
    INSERT INTO fts_revisions(rowid, canonical_text)
        SELECT new.seq, coalesce((SELECT marker FROM article_markers WHERE article_id = new.article_id), '')
            || new.canonical_text;
END;
CREATE TRIGGER revisions_ad AFTER DELETE ON revisions BEGIN
    DELETE FROM fts_revisions WHERE rowid = old.seq;
END;

CREATE TRIGGER annotations_ai AFTER INSERT ON annotations BEGIN
    INSERT INTO fts_annotations(rowid, quote, note)
        SELECT new.seq, m || new.quote, m || new.note
        FROM (SELECT coalesce((SELECT marker FROM article_markers WHERE article_id = new.article_id), '') AS m);
END;
CREATE TRIGGER annotations_ad AFTER DELETE ON annotations BEGIN
    DELETE FROM fts_annotations WHERE rowid = old.seq;
END;
CREATE TRIGGER annotations_au AFTER UPDATE OF quote, note ON annotations BEGIN
    DELETE FROM fts_annotations WHERE rowid = old.seq;
    INSERT INTO fts_annotations(rowid, quote, note)
        SELECT new.seq, m || new.quote, m || new.note
        FROM (SELECT coalesce((SELECT marker FROM article_markers WHERE article_id = new.article_id), '') AS m);
END;

CREATE TRIGGER comments_ai AFTER INSERT ON comments BEGIN
    INSERT INTO fts_comments(rowid, body)
        SELECT new.seq, coalesce((SELECT marker FROM article_markers WHERE article_id = new.article_id), '')
            || new.body;
END;
CREATE TRIGGER comments_ad AFTER DELETE ON comments BEGIN
    DELETE FROM fts_comments WHERE rowid = old.seq;
END;
CREATE TRIGGER comments_au AFTER UPDATE OF body ON comments BEGIN
    DELETE FROM fts_comments WHERE rowid = old.seq;
    INSERT INTO fts_comments(rowid, body)
        SELECT new.seq, coalesce((SELECT marker FROM article_markers WHERE article_id = new.article_id), '')
            || new.body;
END;

CREATE TRIGGER passages_ai AFTER INSERT ON passages BEGIN
    INSERT INTO fts_passages(rowid, text) SELECT seq, text FROM passage_texts WHERE seq = new.seq;
END;
)SQL";

// Version 9's index of the rows already in the library: each full-text table filled from its rows,
// a chunk at a time (keyset on seq), each text with its language's marker. `progress` hears rows.
Status reindex(Database &db, const Schema::Progress &progress)
{
    struct Table {
        const char *rows; // the table whose rows are indexed
        int chunk; // rows per statement: a few seconds' work split in steps the progress can show
        const char *insert; // ?1 < seq <= ?2
    };
    static constexpr Table kTables[] = {
        {"articles", 2000,
            "INSERT INTO fts_articles(rowid, title, byline) SELECT seq, char(31) || language || char(31) || title,"
            " char(31) || language || char(31) || byline FROM articles WHERE seq > ?1 AND seq <= ?2"},
        {"revisions", 50,
            "INSERT INTO fts_revisions(rowid, canonical_text) SELECT r.seq, coalesce(m.marker, '') || r.canonical_text"
            " FROM revisions r LEFT JOIN article_markers m ON m.article_id = r.article_id"
            " WHERE r.seq > ?1 AND r.seq <= ?2"},
        {"passages", 500,
            "INSERT INTO fts_passages(rowid, text) SELECT seq, text FROM passage_texts"
            " WHERE seq > ?1 AND seq <= ?2"},
        {"annotations", 2000,
            "INSERT INTO fts_annotations(rowid, quote, note) SELECT n.seq, coalesce(m.marker, '') || n.quote,"
            " coalesce(m.marker, '') || n.note FROM annotations n LEFT JOIN article_markers m"
            " ON m.article_id = n.article_id WHERE n.seq > ?1 AND n.seq <= ?2"},
        {"comments", 2000,
            "INSERT INTO fts_comments(rowid, body) SELECT c.seq, coalesce(m.marker, '') || c.body FROM comments c"
            " LEFT JOIN article_markers m ON m.article_id = c.article_id WHERE c.seq > ?1 AND c.seq <= ?2"},
    };
    qint64 total = 0;
    for (const Table &t : kTables) {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1StringView(t.rows)));
        if (!n) {
            return n.status();
        }
        total += *n;
    }
    qint64 done = 0;
    if (progress) {
        progress(done, total);
    }
    for (const Table &t : kTables) {
        const QString name = QLatin1StringView(t.rows);
        auto bound = db.prepareUncached(
            QStringLiteral("SELECT max(seq), count(*) FROM (SELECT seq FROM %1 WHERE seq > ?1 ORDER BY seq LIMIT ?2)")
                .arg(name));
        auto insert = db.prepareUncached(QString::fromLatin1(t.insert));
        if (!bound || !insert) {
            return !bound ? bound.status() : insert.status();
        }
        qint64 last = std::numeric_limits<qint64>::min();
        for (;;) {
            (*bound)->bind(1, last);
            (*bound)->bind(2, t.chunk);
            if ((*bound)->step() != Statement::Step::Row) {
                return (*bound)->error();
            }
            const qint64 rows = (*bound)->int64(1);
            const qint64 upper = (*bound)->int64(0);
            (*bound)->reset();
            if (rows == 0) {
                break;
            }
            (*insert)->bind(1, last);
            (*insert)->bind(2, upper);
            if (Status s = (*insert)->exec(); !s) {
                return s;
            }
            last = upper;
            done += rows;
            if (progress) {
                progress(done, total);
            }
        }
    }
    return {};
}

} // namespace Glossa::Store::SchemaStemming
