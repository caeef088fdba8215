// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcandidates.h"

#include "search/searchquery.h"
#include "store/database.h"
#include "store/rankfunction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Glossa::Search {

namespace {

// Every statement below gives these columns, in this order.
enum Column {
    Seq,
    ArticleId,
    Title,
    AnnotationId,
    CommentId,
    Color,
    Author,
    Language,
    Date,
    Tags,
    Text,
    Quote,
    Start,
    End,
    Rank
};

// An article's tag names, joined by U+001F (a character no tag name holds).
const char kArticleTags[] = "(SELECT group_concat(t.name, char(31)) FROM article_tags x JOIN tags t ON t.id = x.tag_id "
                            "WHERE x.article_id = a.id)";

// Where the rows come from: `%1` in each statement below is one of these. The FTS one ranks by
// bm25 (?1 the MATCH expression, ?2 the cap); the tag one takes the rows carrying a tag (?4, a JSON
// array of tag ids), ranked ?3, and with ?1 the other words of the query they must match.
struct Index {
    HitKind kind;
    const char *fts; // the FTS5 table
    const char *table; // the table whose seq is its rowid
    const char *taggedRows; // the rows carrying a tag: SELECT seq … (nullptr: no tag hits)
    const char *select; // the columns above, FROM (%1) f
    double weight;
};

const Index kIndexes[] = {
    {HitKind::Title, "fts_articles", "articles",
        "SELECT a.seq AS seq FROM article_tags x JOIN articles a ON a.id = x.article_id "
        "WHERE x.tag_id IN (SELECT value FROM json_each(?4))",
        "SELECT a.seq, a.id, a.title, '', '', '', a.byline, a.language, substr(a.created, 1, 10), %2, a.title, '', -1, "
        "-1, f.rank FROM (%1) f JOIN articles a ON a.seq = f.seq",
        LibrarySearch::kTitleWeight},
    // The passage's words are read only for the hits shown (passageText()): most rows are counted, not shown.
    {HitKind::Text, "fts_passages", "passages", nullptr,
        "SELECT p.seq, p.article_id, a.title, '', '', '', a.byline, a.language, substr(a.created, 1, 10), %2, '', '', "
        "p.start, p.\"end\", f.rank FROM (%1) f JOIN passages p ON p.seq = f.seq JOIN articles a ON a.id = "
        "p.article_id",
        1.0},
    // The reader's own highlights and notes; the passages that only anchor a comment or a link are
    // found through the article's text.
    {HitKind::Note, "fts_annotations", "annotations",
        "SELECT n.seq AS seq FROM annotation_tags x JOIN annotations n ON n.id = x.annotation_id "
        "WHERE x.tag_id IN (SELECT value FROM json_each(?4))",
        "SELECT n.seq, n.article_id, a.title, n.id, '', n.color, n.author, a.language, substr(n.created, 1, 10), "
        // Its own tags, then its article's (read() drops a name given twice): two lookups by key cost
        // less than a UNION's temporary table for each row.
        "coalesce((SELECT group_concat(t.name, char(31)) FROM annotation_tags x JOIN tags t ON t.id = x.tag_id "
        " WHERE x.annotation_id = n.id), '') || char(31) || coalesce(%2, ''), "
        "n.note, n.quote, iif(n.anchor_status IN ('exact', 'fuzzy'), n.anchor_start, -1), "
        "iif(n.anchor_status IN ('exact', 'fuzzy'), n.anchor_end, -1), f.rank "
        "FROM (%1) f JOIN annotations n ON n.seq = f.seq JOIN articles a ON a.id = n.article_id "
        "WHERE n.kind IN ('highlight', 'note')",
        LibrarySearch::kNoteWeight},
    // Deleted comments (tombstones) are never found. A comment on a passage gives that passage's range.
    {HitKind::Comment, "fts_comments", "comments", nullptr,
        "SELECT c.seq, c.article_id, a.title, coalesce(c.annotation_id, ''), c.id, '', c.author, a.language, "
        "substr(c.created, 1, 10), %2, c.body, '', "
        "coalesce(iif(n.anchor_status IN ('exact', 'fuzzy'), n.anchor_start, NULL), -1), "
        "coalesce(iif(n.anchor_status IN ('exact', 'fuzzy'), n.anchor_end, NULL), -1), f.rank "
        "FROM (%1) f JOIN comments c ON c.seq = f.seq JOIN articles a ON a.id = c.article_id "
        "LEFT JOIN annotations n ON n.id = c.annotation_id WHERE c.deleted = 0",
        LibrarySearch::kNoteWeight},
};

// A title is matched in the title column only (the byline is the author facet's).
QString matchFor(const Index &index, const QString &expression)
{
    return index.kind == HitKind::Title ? QStringLiteral("{title} : (%1)").arg(expression) : expression;
}

QString folded(const QString &text)
{
    return Snippet::queryTerms(text).join(u' ');
}

// The ids of the tags each group of the query names (by a term equal to the tag's name, folded, or
// the start of it for the word being typed).
Result<QList<QStringList>> namedTags(Store::Database &db, const SearchQuery &query)
{
    QList<QStringList> named(query.required().size());
    auto q = db.prepare(QStringLiteral("SELECT id, name FROM tags"));
    if (!q) {
        return q.error();
    }
    QList<QList<std::pair<QString, bool>>> terms; // folded, prefix
    for (const QList<QueryTerm> &group : query.required()) {
        QList<std::pair<QString, bool>> g;
        for (const QueryTerm &t : group) {
            g.append({folded(t.words.join(u' ')), t.prefix});
        }
        terms.append(g);
    }
    Status st = (*q)->forEach([&](const Store::Statement &r) {
        const QString name = folded(r.text(1));
        for (qsizetype i = 0; i < terms.size(); ++i) {
            for (const auto &[term, prefix] : std::as_const(terms[i])) {
                if (!term.isEmpty() && (name == term || (prefix && name.startsWith(term)))) {
                    named[i].append(r.text(0));
                    break;
                }
            }
        }
    });
    if (!st) {
        return st.error();
    }
    return named;
}

class Gatherer
{
public:
    explicit Gatherer(Store::Database &db)
        : m_db(db)
    {
    }

    // The rows `query` matches in `index`, ranked; only the newest kMaxConsidered of them when there are
    // more (see probe()).
    Status fromIndex(const Index &index, const SearchQuery &query)
    {
        const QString expression = matchFor(index, query.matchExpression());
        auto window = probe(index, expression);
        if (!window) {
            return window.error();
        }
        // Each phrase's rows, for its weight in the rank: the expression's when it is the only one.
        const QStringList phrases = query.phrases();
        QList<qint64> rows;
        for (const QString &phrase : phrases) {
            if (phrases.size() == 1) {
                rows << window->rows;
                break;
            }
            auto p = probe(index, matchFor(index, phrase));
            if (!p) {
                return p.error();
            }
            rows << p->rows;
        }
        QString arguments;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            arguments += QStringLiteral(", ?%1").arg(kFirstPhraseArgument + i);
        }
        const QString source
            = QStringLiteral("SELECT rowid AS seq, %2(%1%3) AS rank FROM %1 WHERE %1 MATCH ?1 AND "
                             "rowid >= ?3 ORDER BY rank LIMIT ?2")
                  .arg(QLatin1StringView(index.fts), QLatin1StringView(Store::RankFunction::Name), arguments);
        auto q = m_db.prepare(statement(index, source));
        if (!q) {
            return q.error();
        }
        (*q)->bind(1, expression);
        (*q)->bind(2, LibrarySearch::kMaxConsidered);
        (*q)->bind(3, window->first);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            (*q)->bind(int(kFirstPhraseArgument + i), rows[i]);
        }
        if (window->capped) {
            m_out.capped = true;
        }
        return read(**q, index);
    }

    // The rows carrying one of `tagIds`, and matching `rest` (the query's other words) if any.
    Status fromTags(const Index &index, const QStringList &tagIds, const QString &rest)
    {
        QString source = QStringLiteral("SELECT seq, ?3 AS rank FROM (%1)").arg(QLatin1StringView(index.taggedRows));
        if (!rest.isEmpty()) {
            source += QStringLiteral(" WHERE seq IN (SELECT rowid FROM %1 WHERE %1 MATCH ?1)")
                          .arg(QLatin1StringView(index.fts));
        }
        source += QStringLiteral(" GROUP BY seq LIMIT ?2");
        auto q = m_db.prepare(statement(index, source));
        if (!q) {
            return q.error();
        }
        if (!rest.isEmpty()) {
            (*q)->bind(1, matchFor(index, rest));
        }
        (*q)->bind(2, LibrarySearch::kMaxConsidered);
        (*q)->bind(3, LibrarySearch::kTagRank);
        (*q)->bind(
            4, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tagIds)).toJson(QJsonDocument::Compact)));
        const qsizetype before = m_out.rows.size();
        Status st = read(**q, index);
        if (m_out.rows.size() - before >= LibrarySearch::kMaxConsidered) {
            m_out.capped = true;
        }
        return st;
    }

    Candidates take() { return std::move(m_out); }

private:
    static constexpr int kFirstPhraseArgument = 10;

    // Where the rows to rank start: the newest kMaxConsidered + 1 rows `match` matches, read in rowid
    // order (no rank: cheap), say whether there are more, and how many there are about.
    struct Window {
        qint64 first = 0; // the smallest rowid to rank
        bool capped = false;
        qint64 rows = 0; // how many rows match: exact when not capped, else estimated
    };
    Result<Window> probe(const Index &index, const QString &match)
    {
        auto q = m_db.prepare(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH ?1 ORDER BY rowid DESC LIMIT ?2")
                .arg(QLatin1StringView(index.fts)));
        if (!q) {
            return q.error();
        }
        (*q)->bind(1, match);
        (*q)->bind(2, LibrarySearch::kMaxConsidered + 1);
        Window w;
        qint64 last = 0;
        Status st = (*q)->forEach([&](const Store::Statement &r) {
            ++w.rows;
            last = r.int64(0);
        });
        if (!st) {
            return st.error();
        }
        if (w.rows <= LibrarySearch::kMaxConsidered) {
            return w;
        }
        // More: rank the newest, and estimate how many match from how densely they lie among the
        // table's rows (for the phrase's weight in the rank).
        w.capped = true;
        w.first = last + 1;
        auto s = span(index);
        if (!s) {
            return s.error();
        }
        const auto [lowest, highest] = *s;
        const double density
            = double(LibrarySearch::kMaxConsidered) / double(std::max<qint64>(highest - w.first + 1, 1));
        w.rows = std::max<qint64>(w.rows, qint64(density * double(highest - lowest + 1)));
        return w;
    }

    // The lowest and highest rowid of the index's table.
    Result<std::pair<qint64, qint64>> span(const Index &index)
    {
        const auto key = int(index.kind);
        if (const auto it = m_spans.constFind(key); it != m_spans.cend()) {
            return *it;
        }
        auto q = m_db.prepare(QStringLiteral("SELECT (SELECT min(seq) FROM %1), (SELECT max(seq) FROM %1)")
                .arg(QLatin1StringView(index.table)));
        if (!q) {
            return q.error();
        }
        std::pair<qint64, qint64> out {0, 0};
        Status st = (*q)->forEach([&](const Store::Statement &r) { out = {r.int64(0), r.int64(1)}; });
        if (!st) {
            return st.error();
        }
        m_spans.insert(key, out);
        return out;
    }

    static QString statement(const Index &index, const QString &source)
    {
        return QString::fromLatin1(index.select)
            .replace(QStringLiteral("%1"), source)
            .replace(QStringLiteral("%2"), QLatin1StringView(kArticleTags));
    }

    Status read(Store::Statement &q, const Index &index)
    {
        int rows = 0;
        Status st = q.forEach([&](const Store::Statement &r) {
            ++rows;
            Candidate c;
            c.kind = index.kind;
            c.seq = r.int64(Seq);
            c.rank = r.real(Rank) * index.weight;
            const auto key = std::pair(int(c.kind), c.seq);
            if (const auto it = m_seen.constFind(key); it != m_seen.cend()) {
                // Found twice (by its words and by its tag): once, at its better rank.
                Candidate &before = m_out.rows[*it];
                before.rank = std::min(before.rank, c.rank);
                return;
            }
            c.articleId = r.text(ArticleId);
            c.articleTitle = r.text(Title);
            c.annotationId = r.text(AnnotationId);
            c.commentId = r.text(CommentId);
            c.color = r.text(Color);
            c.author = r.text(Author);
            c.language = r.text(Language);
            c.date = r.text(Date);
            if (!r.isNull(Tags)) {
                c.tags = r.text(Tags).split(QChar(0x1f), Qt::SkipEmptyParts);
                c.tags.removeDuplicates();
            }
            c.text = r.text(Text);
            c.quote = r.text(Quote);
            c.start = r.int64(Start);
            c.end = r.int64(End);
            m_seen.insert(key, m_out.rows.size());
            m_out.rows.append(std::move(c));
        });
        return st;
    }

    Store::Database &m_db;
    Candidates m_out;
    QHash<std::pair<int, qint64>, qsizetype> m_seen;
    QHash<int, std::pair<qint64, qint64>> m_spans;
};

} // namespace

Result<Candidates> gatherCandidates(Store::Database &db, const SearchQuery &query)
{
    if (query.isEmpty()) {
        return Candidates();
    }
    Gatherer gatherer(db);
    for (const Index &index : kIndexes) {
        if (Status st = gatherer.fromIndex(index, query); !st) {
            return st.error();
        }
    }
    const auto named = namedTags(db, query);
    if (!named) {
        return named.error();
    }
    for (qsizetype group = 0; group < named->size(); ++group) {
        if ((*named)[group].isEmpty()) {
            continue;
        }
        // The other groups must match the tagged row; with none, the tag alone finds it (and the
        // query's exclusions are not applied: there is nothing to exclude them from in FTS).
        const QString rest = query.matchExpressionWithout(group);
        for (const Index &index : kIndexes) {
            if (index.taggedRows) {
                if (Status st = gatherer.fromTags(index, (*named)[group], rest); !st) {
                    return st.error();
                }
            }
        }
    }
    return gatherer.take();
}

Result<QString> passageText(Store::Database &db, qint64 passageSeq)
{
    auto q = db.prepare(QStringLiteral("SELECT substr(r.canonical_text, p.start + 1, p.\"end\" - p.start) "
                                       "FROM passages p JOIN revisions r ON r.id = p.revision_id WHERE p.seq = ?1"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, passageSeq);
    QString text;
    Status st = (*q)->forEach([&](const Store::Statement &r) { text = r.text(0); });
    if (!st) {
        return st.error();
    }
    return text;
}

} // namespace Glossa::Search
