// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysearch.h"

#include "library/palettecommand.h"
#include "search/searchcandidates.h"
#include "search/searchfacets.h"
#include "search/searchquery.h"
#include "store/database.h"
#include "store/searchrepository.h"
#include "store/settingsrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>

namespace Glossa::Search {

namespace {

bool hasMark(const QString &text, const QStringList &terms, qsizetype minPrefix = LibrarySearch::kMinPrefix,
    const QString &language = {})
{
    return !Snippet::around(text, terms, text.size() + 1, minPrefix, language).marks.isEmpty();
}

// The library's palette (stored in its settings, as Library keeps it), to label colours by meaning;
// the default colours when none is stored or it cannot be read.
Model::Palette palette(Store::Database &db)
{
    const auto stored = Store::SettingsRepository(db).value(QString(PaletteCommand::SettingsKey));
    if (stored && stored->has_value()) {
        const QJsonDocument doc = QJsonDocument::fromJson((*stored)->toUtf8());
        if (doc.isArray()) {
            return Model::Palette::fromJson(doc.array());
        }
    }
    return Model::Palette::defaults();
}

} // namespace

Result<QList<ArticleHits>> LibrarySearch::search(const Query &query) const
{
    const QString match = Store::SearchRepository::matchExpression(query.text, kMinPrefix);
    if (match.isEmpty() || query.limit <= 0) {
        return QList<ArticleHits>();
    }
    // Each index gives its best rows; enough of them that `limit` articles can show their hits.
    const int rows = query.limit * std::max(1, query.hitsPerArticle);
    QList<Hit> hits;
    if (Status st = addTitleHits(match, query.limit, hits); !st) {
        return st.error();
    }
    if (Status st = addTextHits(match, rows, hits); !st) {
        return st.error();
    }
    const QStringList terms = Snippet::queryTerms(query.text);
    if (Status st = addNoteHits(match, terms, rows, hits); !st) {
        return st.error();
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.rank < b.rank; });

    // Grouped by article, in the order of each article's best hit.
    QList<ArticleHits> out;
    QHash<QString, qsizetype> index;
    for (Hit &h : hits) {
        auto it = index.constFind(h.articleId);
        if (it == index.cend()) {
            if (out.size() >= query.limit) {
                continue;
            }
            it = index.insert(h.articleId, out.size());
            out.append({h.articleId, h.articleTitle, h.rank, {}});
        }
        ArticleHits &article = out[*it];
        if (article.hits.size() >= query.hitsPerArticle) {
            continue;
        }
        // The snippet is made only for the hits shown: the cut and the marks cost a tokenising.
        h.snippet = Snippet::around(h.snippet.text, terms, kSnippetWidth, kMinPrefix);
        article.hits.append(std::move(h));
    }
    return out;
}

Result<Results> LibrarySearch::find(const Query &query) const
{
    const SearchQuery parsed = SearchQuery::parse(query.text, kMinPrefix);
    Results out;
    out.readAsPlainWords = parsed.readAsPlainWords();
    auto found = gatherCandidates(m_db, parsed);
    if (!found) {
        return found.error();
    }
    out.capped = found->capped;
    const QList<Candidate> &rows = found->rows;
    Filtered filtered = applyFilters(rows, query.filters, palette(m_db));
    out.facets = std::move(filtered.facets);
    out.totalHits = int(filtered.passing.size());
    if (query.limit <= 0) {
        return out;
    }
    std::stable_sort(filtered.passing.begin(), filtered.passing.end(),
        [&](qsizetype a, qsizetype b) { return rows[a].rank < rows[b].rank; });

    const QStringList terms = Snippet::queryTerms(parsed.markedWords());
    // Snippet::around marks the last term as a prefix from minPrefix characters on.
    const qsizetype minPrefix = parsed.hasPrefix() ? 1 : std::numeric_limits<qsizetype>::max();
    QHash<QString, qsizetype> index;
    for (const qsizetype i : std::as_const(filtered.passing)) {
        const Candidate &c = rows[i];
        auto it = index.constFind(c.articleId);
        if (it == index.cend()) {
            if (out.articles.size() >= query.limit) {
                continue;
            }
            it = index.insert(c.articleId, out.articles.size());
            out.articles.append({c.articleId, c.articleTitle, c.rank, {}});
        }
        ArticleHits &article = out.articles[*it];
        if (article.hits.size() >= query.hitsPerArticle) {
            continue;
        }
        Hit h;
        h.kind = c.kind;
        h.articleId = c.articleId;
        h.articleTitle = c.articleTitle;
        h.annotationId = c.annotationId;
        h.commentId = c.commentId;
        h.color = c.color;
        h.start = c.start;
        h.end = c.end;
        h.rank = c.rank;
        QString text = c.text;
        if (c.kind == HitKind::Text) {
            auto passage = passageText(m_db, c.seq);
            if (!passage) {
                return passage.error();
            }
            text = *passage;
        } else if (c.kind == HitKind::Note && (text.isEmpty() || !hasMark(text, terms, minPrefix, c.language))) {
            text = c.quote; // the passage it is on, when the words are not in the note
        }
        // The snippet is made only for the hits shown: the cut and the marks cost a tokenising.
        // In the article's language, so that the inflections the index matched are marked too.
        h.snippet = Snippet::around(text, terms, kSnippetWidth, minPrefix, c.language);
        article.hits.append(std::move(h));
    }
    return out;
}

Status LibrarySearch::addTitleHits(const QString &match, int limit, QList<Hit> &hits) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT a.id, a.title, f.rank FROM fts_articles f "
                                         "JOIN articles a ON a.seq = f.rowid "
                                         "WHERE fts_articles MATCH ?1 ORDER BY f.rank LIMIT ?2"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, QStringLiteral("{title} : (%1)").arg(match));
    (*q)->bind(2, limit);
    return (*q)->forEach([&](const Store::Statement &r) {
        Hit h;
        h.kind = Hit::Kind::Title;
        h.articleId = r.text(0);
        h.articleTitle = r.text(1);
        h.snippet.text = h.articleTitle;
        h.rank = r.real(2) * kTitleWeight;
        hits.append(std::move(h));
    });
}

Status LibrarySearch::addTextHits(const QString &match, int limit, QList<Hit> &hits) const
{
    // The passage index is contentless: its words are read back from the revision. substr() counts
    // code points where the stored range counts UTF-16 units, so beyond the BMP the snippet may be a
    // character off at an edge; the range given to the caller is the stored, exact one.
    auto q = m_db.prepare(QStringLiteral(
        "SELECT p.article_id, a.title, p.start, p.\"end\", "
        " substr(r.canonical_text, p.start + 1, p.\"end\" - p.start), f.rank FROM "
        "(SELECT rowid AS seq, rank FROM fts_passages WHERE fts_passages MATCH ?1 ORDER BY rank LIMIT ?2) f "
        "JOIN passages p ON p.seq = f.seq JOIN revisions r ON r.id = p.revision_id "
        "JOIN articles a ON a.id = p.article_id ORDER BY f.rank"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, match);
    (*q)->bind(2, limit);
    return (*q)->forEach([&](const Store::Statement &r) {
        Hit h;
        h.kind = Hit::Kind::Text;
        h.articleId = r.text(0);
        h.articleTitle = r.text(1);
        h.start = r.int64(2);
        h.end = r.int64(3);
        h.snippet.text = r.text(4);
        h.rank = r.real(5);
        hits.append(std::move(h));
    });
}

Status LibrarySearch::addNoteHits(const QString &match, const QStringList &terms, int limit, QList<Hit> &hits) const
{
    // The reader's own highlights and notes; the passages that only anchor a comment or a link are
    // found through the article's text.
    auto q = m_db.prepare(QStringLiteral(
        "SELECT n.id, n.article_id, a.title, n.quote, n.note, n.anchor_start, n.anchor_end, "
        " n.anchor_status NOT IN ('exact', 'fuzzy'), f.rank FROM "
        "(SELECT rowid AS seq, rank FROM fts_annotations WHERE fts_annotations MATCH ?1 ORDER BY rank LIMIT ?2) f "
        "JOIN annotations n ON n.seq = f.seq JOIN articles a ON a.id = n.article_id "
        "WHERE n.kind IN ('highlight', 'note') ORDER BY f.rank"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, match);
    (*q)->bind(2, limit);
    return (*q)->forEach([&](const Store::Statement &r) {
        Hit h;
        h.kind = Hit::Kind::Note;
        h.annotationId = r.text(0);
        h.articleId = r.text(1);
        h.articleTitle = r.text(2);
        const QString quote = r.text(3);
        const QString note = r.text(4);
        // The note when the words are in it, else the passage it is on.
        h.snippet.text = !note.isEmpty() && hasMark(note, terms) ? note : quote;
        if (!r.integer(7) && r.int64(5) >= 0) {
            h.start = r.int64(5);
            h.end = r.int64(6);
        }
        h.rank = r.real(8) * kNoteWeight;
        hits.append(std::move(h));
    });
}

} // namespace Glossa::Search
