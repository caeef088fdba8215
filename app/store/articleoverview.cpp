// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleoverview.h"

#include "rowcodec.h"
#include "settingsrepository.h"

namespace Glossa::Store::ArticleOverview {

namespace {
// settings rows "article.lastRead/<article id>"; '/' + 1 is '0', which bounds the range scan.
const QString kLastReadPrefix = QStringLiteral("article.lastRead/");
const QString kLastReadEnd = QStringLiteral("article.lastRead0");
} // namespace

Result<QHash<QString, Counts>> counts(Database &db)
{
    // Each table grouped once; a link's ends each count for their article, once per article.
    auto q = db.prepare(QStringLiteral(
        "SELECT a.id, coalesce(n.highlights, 0), coalesce(n.notes, 0), coalesce(c.comments, 0), "
        "coalesce(l.links, 0), coalesce(n.annotations, 0) FROM articles a "
        "LEFT JOIN (SELECT article_id, sum(kind = 'highlight') AS highlights, sum(note <> '') AS notes, "
        "                  sum(kind IN ('highlight', 'note')) AS annotations "
        "           FROM annotations GROUP BY article_id) n ON n.article_id = a.id "
        "LEFT JOIN (SELECT article_id, count(*) AS comments FROM comments WHERE deleted = 0 "
        "           GROUP BY article_id) c ON c.article_id = a.id "
        "LEFT JOIN (SELECT article_id, count(*) AS links FROM "
        "             (SELECT id, from_article_id AS article_id FROM links "
        "              UNION SELECT id, to_article_id FROM links) GROUP BY article_id) l ON l.article_id = a.id "
        "WHERE n.article_id IS NOT NULL OR c.article_id IS NOT NULL OR l.article_id IS NOT NULL"));
    if (!q) {
        return q.error();
    }
    QHash<QString, Counts> out;
    const Status s = (*q)->forEach([&](const Statement &r) {
        out.insert(r.text(0), Counts {r.integer(1), r.integer(2), r.integer(3), r.integer(4), r.integer(5)});
    });
    if (!s) {
        return s.error();
    }
    return out;
}

Result<Counts> countsOf(Database &db, const QString &articleId)
{
    auto q
        = db.prepare(QStringLiteral("SELECT coalesce(sum(kind = 'highlight'), 0), coalesce(sum(note <> ''), 0), "
                                    "  (SELECT count(*) FROM comments WHERE article_id = ?1 AND deleted = 0), "
                                    "  (SELECT count(*) FROM (SELECT id FROM links WHERE from_article_id = ?1 "
                                    "                         UNION SELECT id FROM links WHERE to_article_id = ?1)), "
                                    "  coalesce(sum(kind IN ('highlight', 'note')), 0) "
                                    "FROM annotations WHERE article_id = ?1"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, articleId);
    Counts out;
    const Status s = (*q)->forEach([&](const Statement &r) {
        out = Counts {r.integer(0), r.integer(1), r.integer(2), r.integer(3), r.integer(4)};
    });
    if (!s) {
        return s.error();
    }
    return out;
}

Result<QHash<QString, QDateTime>> lastRead(Database &db)
{
    auto q = db.prepare(QStringLiteral("SELECT key, value FROM settings WHERE key >= ?1 AND key < ?2"));
    if (!q) {
        return q.error();
    }
    (*q)->bind(1, kLastReadPrefix);
    (*q)->bind(2, kLastReadEnd);
    QHash<QString, QDateTime> out;
    const Status s = (*q)->forEach([&](const Statement &r) {
        const QDateTime when = Codec::timestampFrom(r.text(1));
        if (when.isValid()) {
            out.insert(r.text(0).mid(kLastReadPrefix.size()), when);
        }
    });
    if (!s) {
        return s.error();
    }
    return out;
}

Status setLastRead(Database &db, const QString &articleId, const QDateTime &when)
{
    return SettingsRepository(db).setValue(kLastReadPrefix + articleId, Codec::timestamp(when));
}

} // namespace Glossa::Store::ArticleOverview
