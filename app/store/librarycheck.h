// SPDX-License-Identifier: GPL-3.0-or-later
// What `glossa check` finds wrong in a library file, and the one repair it can make on its own.
// It looks at three things: SQLite's integrity check (every page and index, and since SQLite 3.44
// each FTS5 table's own check), the foreign keys, and whether each full-text table indexes exactly
// the rows it is built from (an index out of step finds text that is gone, or misses text that is
// there). The full-text index is derived from the library's own rows, so it can be rebuilt; damaged
// pages cannot, and need a backup (`glossa restore`).
#pragma once

#include "database.h"
#include "schema.h"

#include <QList>

namespace Glossa::Store {

struct CheckFinding {
    enum class Area { Pages, ForeignKeys, SearchIndex };
    Area area = Area::Pages;
    QString message;

    // "pages", "foreign-keys", "search-index": the names used in JSON.
    static QString areaName(Area area);
};

class LibraryCheck
{
public:
    // Every problem found, none for a healthy library. An error only when the checks themselves
    // cannot run (the file is not a database at all, or cannot be read): the caller says so.
    static Result<QList<CheckFinding>> run(Database &db);

    // Whether every finding is one rebuildSearchIndex() mends.
    static bool repairable(const QList<CheckFinding> &findings);

    // Empties the full-text tables and indexes every row again, in one transaction, telling
    // `progress` how many rows are done.
    static Status rebuildSearchIndex(Database &db, const Schema::Progress &progress = {});
};

} // namespace Glossa::Store
