// SPDX-License-Identifier: GPL-3.0-or-later
#include "fts5api.h"

#include <sqlite3.h>

namespace Glossa::Store {

Result<fts5_api *> fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
        rc = sqlite3_finalize(stmt);
    }
    if (rc != SQLITE_OK || !api) {
        return Error {rc == SQLITE_OK ? SQLITE_ERROR : rc & 0xff,
            QStringLiteral("this SQLite has no full-text search (FTS5): %1")
                .arg(QString::fromUtf8(sqlite3_errmsg(db)))};
    }
    return api;
}

} // namespace Glossa::Store
