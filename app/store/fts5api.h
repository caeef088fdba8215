// SPDX-License-Identifier: GPL-3.0-or-later
// The FTS5 extension interface of one connection, through which Glossa adds its tokenizer
// (stemmingtokenizer.h) and its rank function (rankfunction.h).
#pragma once

#include "database.h"

struct fts5_api;

namespace Glossa::Store {

// The connection's FTS5 interface; an error when this SQLite was built without FTS5.
Result<fts5_api *> fts5Api(sqlite3 *db);

} // namespace Glossa::Store
