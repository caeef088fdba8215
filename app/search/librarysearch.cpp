// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarysearch.h"

#include "library/palettecommand.h"
#include "search/searchcandidates.h"
#include "search/searchfacets.h"
#include "search/searchquery.h"
#include "store/database.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace Glossa::Search {

namespace {

bool hasMark(const QString &text, const QStringList &terms, qsizetype minPrefix = LibrarySearch::kMinPrefix,
    const QString &language = {})
{
    return !Snippet::around(text, terms, text.size() + 1, minPrefix, language).marks.isEmpty();
}

// The library's palette, to label colours by meaning; the default colours when none is stored or
// it cannot be read.
Model::Palette palette(Store::Database &db)
{
    const auto stored = PaletteCommand::load(db);
    return stored && stored->has_value() ? **stored : Model::Palette::defaults();
}

} // namespace

Result<QList<ArticleHits>> LibrarySearch::search(const Query &query) const
{
    Query passages = query;
    passages.filters.kinds = {HitKind::Title, HitKind::Text, HitKind::Note};
    auto found = find(passages);
    if (!found) {
        return found.error();
    }
    return std::move(found->articles);
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
    QList<std::pair<qsizetype, qsizetype>> shown; // (article, hit) of each hit shown, for its snippet
    QList<qsizetype> shownRows;
    QList<qint64> passages;
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
        shown.append({*it, article.hits.size()});
        shownRows.append(i);
        if (c.kind == HitKind::Text) {
            passages.append(c.seq);
        }
        article.hits.append(std::move(h));
    }
    // The passages' words are read only for the hits shown, all at once.
    const auto texts = passageTexts(m_db, passages);
    if (!texts) {
        return texts.error();
    }
    for (qsizetype s = 0; s < shown.size(); ++s) {
        const Candidate &c = rows[shownRows[s]];
        QString text = c.kind == HitKind::Text ? texts->value(c.seq) : c.text;
        if (c.kind == HitKind::Note && (text.isEmpty() || !hasMark(text, terms, minPrefix, c.language))) {
            text = c.quote; // the passage it is on, when the words are not in the note
        }
        // The snippet is made only for the hits shown: the cut and the marks cost a tokenising.
        // In the article's language, so that the inflections the index matched are marked too.
        out.articles[shown[s].first].hits[shown[s].second].snippet
            = Snippet::around(text, terms, kSnippetWidth, minPrefix, c.language);
    }
    return out;
}

} // namespace Glossa::Search
