// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcandidates.h"

#include "search/searchquery.h"
#include "store/database.h"
#include "store/rankfunction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

namespace Glossa::Search {

namespace {

// Every statement below gives these columns, in this order: what the row itself holds. What its
// article gives (the title, byline, language, date and tags) is read once for each article the rows
// are in (Gatherer::take()): the rows of one word are mostly in few articles.
enum Column { Seq, ArticleId, AnnotationId, CommentId, Color, Author, Date, Tags, Text, Quote, Start, End, Rank };

// Where the rows come from: `%1` in each statement below is one of these. The FTS one ranks by
// bm25 (?1 the MATCH expression, ?2 the cap); the tag one takes the rows carrying a tag (?4, a JSON
// array of tag ids), ranked ?3, and with ?1 the other words of the query they must match.
// A title's or a passage's author and date are its article's (its byline, its creation date).
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
        "SELECT a.seq, a.id, '', '', '', '', '', NULL, '', '', -1, -1, f.rank "
        "FROM (%1) f JOIN articles a ON a.seq = f.seq",
        LibrarySearch::kTitleWeight},
    // The passage's words are read only for the hits shown (passageTexts()): most rows are counted, not shown.
    {HitKind::Text, "fts_passages", "passages", nullptr,
        "SELECT p.seq, p.article_id, '', '', '', '', '', NULL, '', '', p.start, p.\"end\", f.rank "
        "FROM (%1) f JOIN passages p ON p.seq = f.seq",
        1.0},
    // The reader's own highlights and notes (with the ids of their own tags); the passages that only
    // anchor a comment or a link are found through the article's text.
    {HitKind::Note, "fts_annotations", "annotations",
        "SELECT n.seq AS seq FROM annotation_tags x JOIN annotations n ON n.id = x.annotation_id "
        "WHERE x.tag_id IN (SELECT value FROM json_each(?4))",
        "SELECT n.seq, n.article_id, n.id, '', n.color, n.author, substr(n.created, 1, 10), "
        "(SELECT group_concat(x.tag_id, char(31)) FROM annotation_tags x WHERE x.annotation_id = n.id), "
        "n.note, n.quote, iif(n.anchor_status IN ('exact', 'fuzzy'), n.anchor_start, -1), "
        "iif(n.anchor_status IN ('exact', 'fuzzy'), n.anchor_end, -1), f.rank "
        "FROM (%1) f JOIN annotations n ON n.seq = f.seq WHERE n.kind IN ('highlight', 'note')",
        LibrarySearch::kNoteWeight},
    // Deleted comments (tombstones) are never found. A comment on a passage gives that passage's range.
    {HitKind::Comment, "fts_comments", "comments", nullptr,
        "SELECT c.seq, c.article_id, coalesce(c.annotation_id, ''), c.id, '', c.author, substr(c.created, 1, 10), "
        "NULL, c.body, '', "
        "coalesce(iif(n.anchor_status IN ('exact', 'fuzzy'), n.anchor_start, NULL), -1), "
        "coalesce(iif(n.anchor_status IN ('exact', 'fuzzy'), n.anchor_end, NULL), -1), f.rank "
        "FROM (%1) f JOIN comments c ON c.seq = f.seq "
        "LEFT JOIN annotations n ON n.id = c.annotation_id WHERE c.deleted = 0",
        LibrarySearch::kNoteWeight},
};

// What a hit takes from its article.
struct ArticleFacts {
    QString title;
    QString byline;
    QString language;
    QString date; // its creation date, "YYYY-MM-DD"
    QStringList tagIds;
};

// The library's tags: id → name.
using TagNames = QHash<QString, QString>;

Result<TagNames> tagNames(Store::Database &db)
{
    auto q = db.prepare(QStringLiteral("SELECT id, name FROM tags"));
    if (!q) {
        return q.error();
    }
    TagNames names;
    Status st = (*q)->forEach([&](const Store::Statement &r) { names.insert(r.text(0), r.text(1)); });
    if (!st) {
        return st.error();
    }
    return names;
}

QStringList splitIds(const Store::Statement &r, int column)
{
    return r.isNull(column) ? QStringList() : r.text(column).split(QChar(0x1f), Qt::SkipEmptyParts);
}

QString jsonArray(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

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
QList<QStringList> namedTags(const TagNames &tags, const SearchQuery &query)
{
    QList<QStringList> named(query.required().size());
    QList<QList<std::pair<QString, bool>>> terms; // folded, prefix
    for (const QList<QueryTerm> &group : query.required()) {
        QList<std::pair<QString, bool>> g;
        for (const QueryTerm &t : group) {
            g.append({folded(t.words.join(u' ')), t.prefix});
        }
        terms.append(g);
    }
    for (auto tag = tags.cbegin(); tag != tags.cend(); ++tag) {
        const QString name = folded(tag.value());
        for (qsizetype i = 0; i < terms.size(); ++i) {
            for (const auto &[term, prefix] : std::as_const(terms[i])) {
                if (!term.isEmpty() && (name == term || (prefix && name.startsWith(term)))) {
                    named[i].append(tag.key());
                    break;
                }
            }
        }
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
        // Each term's rows, for its weight in the rank: the expression's when it is the only one. An
        // excluded term is in no row ranked, so it weighs nothing.
        const QList<QueryTerm> terms = query.terms();
        const qsizetype required = terms.size() - query.excluded().size();
        QList<qint64> rows;
        QStringList phraseTerms; // the term of each phrase, for the rank function
        for (qsizetype i = 0; i < terms.size(); ++i) {
            for (int p = 0; p < terms[i].phraseCount(); ++p) {
                phraseTerms << QString::number(i);
            }
            if (i >= required) {
                rows << 0;
            } else if (terms.size() == 1) {
                rows << window->rows;
            } else {
                auto p = probe(index, matchFor(index, terms[i].fts()));
                if (!p) {
                    return p.error();
                }
                rows << p->rows;
            }
        }
        QString arguments;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            arguments += QStringLiteral(", ?%1").arg(kFirstTermArgument + i);
        }
        const QString source
            = QStringLiteral("SELECT rowid AS seq, %2(%1, ?4%3) AS rank FROM %1 WHERE %1 MATCH ?1 AND "
                             "rowid >= ?3 ORDER BY rank LIMIT ?2")
                  .arg(QLatin1StringView(index.fts), QLatin1StringView(Store::RankFunction::Name), arguments);
        auto q = m_db.prepare(statement(index, source));
        if (!q) {
            return q.error();
        }
        (*q)->bind(1, expression);
        (*q)->bind(2, LibrarySearch::kMaxConsidered);
        (*q)->bind(3, window->first);
        (*q)->bind(4, phraseTerms.join(u' '));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            (*q)->bind(int(kFirstTermArgument + i), rows[i]);
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
        (*q)->bind(4, jsonArray(tagIds));
        const qsizetype before = m_out.rows.size();
        Status st = read(**q, index);
        if (m_out.rows.size() - before >= LibrarySearch::kMaxConsidered) {
            m_out.capped = true;
        }
        return st;
    }

    // The rows with what their articles give (a row whose article is gone is dropped), and their
    // tags by name: the annotation's own, then its article's.
    Result<Candidates> take(const TagNames &tags)
    {
        QStringList ids;
        for (const Candidate &c : std::as_const(m_out.rows)) {
            if (!m_articles.contains(c.articleId)) {
                m_articles.insert(c.articleId, std::nullopt);
                ids << c.articleId;
            }
        }
        if (Status st = readArticles(ids); !st) {
            return st.error();
        }
        QList<Candidate> rows;
        rows.reserve(m_out.rows.size());
        for (Candidate &c : m_out.rows) {
            const auto found = m_articles.constFind(c.articleId);
            if (found == m_articles.cend() || !found->has_value()) {
                continue;
            }
            const ArticleFacts &article = **found;
            c.articleTitle = article.title;
            c.language = article.language;
            if (c.kind == HitKind::Title || c.kind == HitKind::Text) {
                c.author = article.byline;
                c.date = article.date;
            }
            if (c.kind == HitKind::Title) {
                c.text = article.title;
            }
            QStringList names;
            for (const QStringList *list : {&std::as_const(c.tags), &article.tagIds}) {
                for (const QString &id : *list) {
                    if (const auto name = tags.constFind(id); name != tags.cend() && !names.contains(*name)) {
                        names << *name;
                    }
                }
            }
            c.tags = std::move(names);
            rows.append(std::move(c));
        }
        m_out.rows = std::move(rows);
        return std::move(m_out);
    }

private:
    static constexpr int kFirstTermArgument = 10;

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
        return QString::fromLatin1(index.select).replace(QStringLiteral("%1"), source);
    }

    // What the articles `ids` give their rows, one lookup each.
    Status readArticles(const QStringList &ids)
    {
        if (ids.isEmpty()) {
            return {};
        }
        auto q = m_db.prepare(QStringLiteral(
            "SELECT a.id, a.title, a.byline, a.language, substr(a.created, 1, 10), "
            "(SELECT group_concat(x.tag_id, char(31)) FROM article_tags x WHERE x.article_id = a.id) "
            "FROM articles a WHERE a.id IN (SELECT value FROM json_each(?1))"));
        if (!q) {
            return q.error();
        }
        (*q)->bind(1, jsonArray(ids));
        return (*q)->forEach([&](const Store::Statement &r) {
            m_articles.insert(r.text(0), ArticleFacts {r.text(1), r.text(2), r.text(3), r.text(4), splitIds(r, 5)});
        });
    }

    Status read(Store::Statement &q, const Index &index)
    {
        Status st = q.forEach([&](const Store::Statement &r) {
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
            c.annotationId = r.text(AnnotationId);
            c.commentId = r.text(CommentId);
            c.color = r.text(Color);
            c.author = r.text(Author);
            c.date = r.text(Date);
            c.tags = splitIds(r, Tags); // ids until take()
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
    QHash<QString, std::optional<ArticleFacts>> m_articles; // by id; nullopt: not (or no longer) there
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
    const auto tags = tagNames(db);
    if (!tags) {
        return tags.error();
    }
    const QList<QStringList> named = namedTags(*tags, query);
    for (qsizetype group = 0; group < named.size(); ++group) {
        if (named[group].isEmpty()) {
            continue;
        }
        // The other groups must match the tagged row; with none, the tag alone finds it (and the
        // query's exclusions are not applied: there is nothing to exclude them from in FTS).
        const QString rest = query.matchExpressionWithout(group);
        for (const Index &index : kIndexes) {
            if (index.taggedRows) {
                if (Status st = gatherer.fromTags(index, named[group], rest); !st) {
                    return st.error();
                }
            }
        }
    }
    return gatherer.take(*tags);
}

Result<QHash<qint64, QString>> passageTexts(Store::Database &db, const QList<qint64> &passageSeqs)
{
    QHash<qint64, QString> texts;
    if (passageSeqs.isEmpty()) {
        return texts;
    }
    auto q = db.prepare(QStringLiteral("SELECT p.seq, substr(r.canonical_text, p.start + 1, p.\"end\" - p.start) "
                                       "FROM passages p JOIN revisions r ON r.id = p.revision_id "
                                       "WHERE p.seq IN (SELECT value FROM json_each(?1))"));
    if (!q) {
        return q.error();
    }
    QJsonArray seqs;
    for (const qint64 seq : passageSeqs) {
        seqs.append(seq);
    }
    (*q)->bind(1, QString::fromUtf8(QJsonDocument(seqs).toJson(QJsonDocument::Compact)));
    Status st = (*q)->forEach([&](const Store::Statement &r) { texts.insert(r.int64(0), r.text(1)); });
    if (!st) {
        return st.error();
    }
    return texts;
}

} // namespace Glossa::Search
