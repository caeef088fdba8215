// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarycheck.h"

#include "schemastemming_p.h"

#include <QCoreApplication>

namespace Glossa::Store {

namespace {

// Each full-text table with the table whose rows it indexes, and what a row of it is to a user.
struct IndexedTable {
    const char *fts;
    const char *rows;
    const char *what; // translated in the context "Glossa::Store::LibraryCheck"
};
constexpr IndexedTable kIndexed[] = {
    {"fts_articles", "articles", QT_TRANSLATE_NOOP("Glossa::Store::LibraryCheck", "article titles")},
    {"fts_revisions", "revisions", QT_TRANSLATE_NOOP("Glossa::Store::LibraryCheck", "article texts")},
    {"fts_passages", "passages", QT_TRANSLATE_NOOP("Glossa::Store::LibraryCheck", "passages")},
    {"fts_annotations", "annotations", QT_TRANSLATE_NOOP("Glossa::Store::LibraryCheck", "annotations")},
    {"fts_comments", "comments", QT_TRANSLATE_NOOP("Glossa::Store::LibraryCheck", "comments")},
};

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Glossa::Store::LibraryCheck", text, nullptr, n);
}

// Whether a line of PRAGMA integrity_check is about a full-text table (its own check, run through
// FTS5's xIntegrity, names the table), which a rebuild mends.
bool aboutSearchIndex(const QString &line)
{
    for (const IndexedTable &t : kIndexed) {
        if (line.contains(QLatin1StringView(t.fts))) {
            return true;
        }
    }
    return false;
}

} // namespace

QString CheckFinding::areaName(Area area)
{
    switch (area) {
    case Area::Pages:
        return QStringLiteral("pages");
    case Area::ForeignKeys:
        return QStringLiteral("foreign-keys");
    case Area::SearchIndex:
        return QStringLiteral("search-index");
    }
    return {};
}

Result<QList<CheckFinding>> LibraryCheck::run(Database &db)
{
    QList<CheckFinding> findings;
    // At most 100 lines: a badly damaged file would otherwise list every page.
    auto pages = db.prepareUncached(QStringLiteral("PRAGMA integrity_check(100)"));
    if (!pages) {
        return pages.error();
    }
    Status st = (*pages)->forEach([&](const Statement &r) {
        const QString line = r.text(0);
        if (line != u"ok") {
            findings.append({aboutSearchIndex(line) ? CheckFinding::Area::SearchIndex : CheckFinding::Area::Pages,
                line});
        }
    });
    if (!st) {
        if (!st.error().isCorrupt()) {
            return st.error();
        }
        findings.append({CheckFinding::Area::Pages, st.error().message});
        return findings; // the tables cannot be read reliably: nothing more to learn from them
    }
    auto fk = db.prepareUncached(QStringLiteral("PRAGMA foreign_key_check"));
    if (!fk) {
        return fk.error();
    }
    st = (*fk)->forEach([&](const Statement &r) {
        findings.append({CheckFinding::Area::ForeignKeys,
            tr("row %1 of %2 refers to a missing row of %3").arg(r.int64(1)).arg(r.text(0), r.text(2))});
    });
    if (!st) {
        return st.error();
    }
    // The rows each index holds (its docsize table, one row per indexed row) against the rows it is
    // built from.
    for (const IndexedTable &t : kIndexed) {
        const QString fts = QLatin1StringView(t.fts);
        const QString rows = QLatin1StringView(t.rows);
        auto missing = db.scalar(
            QStringLiteral("SELECT count(*) FROM %1 WHERE seq NOT IN (SELECT id FROM %2_docsize)").arg(rows, fts));
        auto stale = db.scalar(
            QStringLiteral("SELECT count(*) FROM %2_docsize WHERE id NOT IN (SELECT seq FROM %1)").arg(rows, fts));
        if (!missing || !stale) {
            return !missing ? missing.error() : stale.error();
        }
        const QString what = tr(t.what);
        if (*missing > 0) {
            findings.append({CheckFinding::Area::SearchIndex,
                tr("the search index misses %n of the %1 (search does not find them)", int(*missing)).arg(what)});
        }
        if (*stale > 0) {
            findings.append({CheckFinding::Area::SearchIndex,
                tr("the search index holds %n entries for %1 that are no longer in the library", int(*stale))
                    .arg(what)});
        }
    }
    return findings;
}

bool LibraryCheck::repairable(const QList<CheckFinding> &findings)
{
    return std::all_of(findings.begin(), findings.end(),
        [](const CheckFinding &f) { return f.area == CheckFinding::Area::SearchIndex; });
}

Status LibraryCheck::rebuildSearchIndex(Database &db, const Schema::Progress &progress)
{
    Transaction tx(db);
    if (!tx.began()) {
        return tx.began();
    }
    for (const IndexedTable &t : kIndexed) {
        const QString fts = QLatin1StringView(t.fts);
        if (Status s = db.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('delete-all')").arg(fts)); !s) {
            return s;
        }
    }
    if (Status s = SchemaStemming::reindex(db, progress); !s) {
        return s;
    }
    return tx.commit();
}

} // namespace Glossa::Store
