// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchrepository.h"

#include <QRegularExpression>

#include <algorithm>

namespace Glossa::Store {

QStringList SearchRepository::queryWords(const QString &text)
{
    static const QRegularExpression separators(
        QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.split(separators, Qt::SkipEmptyParts);
}

QString SearchRepository::matchExpression(const QString &text, qsizetype minPrefix)
{
    const QStringList words = queryWords(text);
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        // A quoted FTS string is taken literally; the last word is a prefix so typing finds as you go.
        QString term = u'"' + QString(words[i]).replace(u'"', QStringLiteral("\"\"")) + u'"';
        if (i == words.size() - 1 && words[i].size() >= minPrefix) {
            term += u'*';
        }
        terms << term;
    }
    return terms.join(u' ');
}

Result<QList<SearchHit>> SearchRepository::search(const QString &text, int limit) const
{
    const QString match = matchExpression(text);
    if (match.isEmpty()) {
        return QList<SearchHit>();
    }
    // Each index is asked for its best `limit` rows; the union is ordered by bm25.
    auto q = m_db.prepare(QStringLiteral(
        "SELECT * FROM ("
        " SELECT 0, a.id, a.id, f.rank FROM fts_articles f JOIN articles a ON a.seq = f.rowid"
        "  WHERE fts_articles MATCH ?1 ORDER BY f.rank LIMIT ?2) "
        "UNION ALL SELECT * FROM ("
        " SELECT 0, r.article_id, r.article_id, f.rank FROM fts_revisions f JOIN revisions r ON r.seq = f.rowid"
        "  JOIN articles a ON a.id = r.article_id AND a.current_revision_id = r.id"
        "  WHERE fts_revisions MATCH ?1 ORDER BY f.rank LIMIT ?2) "
        "UNION ALL SELECT * FROM ("
        " SELECT 1, n.id, n.article_id, f.rank FROM fts_annotations f JOIN annotations n ON n.seq = f.rowid"
        "  WHERE fts_annotations MATCH ?1 ORDER BY f.rank LIMIT ?2) "
        "UNION ALL SELECT * FROM ("
        " SELECT 2, c.id, c.article_id, f.rank FROM fts_comments f JOIN comments c ON c.seq = f.rowid"
        "  WHERE fts_comments MATCH ?1 ORDER BY f.rank LIMIT ?2)"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, match);
    (*q)->bind(2, limit);
    QList<SearchHit> hits;
    QSet<QString> seenArticles;
    Status st = (*q)->forEach([&](const Statement &r) {
        const auto kind = SearchHit::Kind(r.integer(0));
        const QString id = r.text(1);
        if (kind == SearchHit::Kind::Article) {
            if (seenArticles.contains(id)) {
                return; // matched by title and by text: one hit
            }
            seenArticles.insert(id);
        }
        hits.append({kind, id, r.text(2), r.real(3)});
    });
    if (!st) {
        return st.error();
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
    if (hits.size() > limit) {
        hits.resize(limit);
    }
    return hits;
}

} // namespace Glossa::Store
