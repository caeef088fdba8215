// SPDX-License-Identifier: GPL-3.0-or-later
// The library's schema and the ordered migrations that build it. The schema version lives in
// PRAGMA user_version; each step runs in its own transaction and sets the version it reaches.
#pragma once

#include "database.h"

#include <functional>

namespace Glossa::Store {

class Schema
{
public:
    // 'Glos' in PRAGMA application_id: tells a Glossa library from any other SQLite file.
    static constexpr qint64 ApplicationId = 0x476C6F73;

    // The version this build writes.
    static int latestVersion();

    // How far a long migration has come: `done` of `total` rows (version 9 indexes every text of the
    // library again). Called on the migrating thread, after each chunk; total may be 0.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // Applies every step above the file's version, up to `target` (latestVersion() by default; a
    // lower target is for tests that build an older library). Refuses a newer file. Each step is one
    // transaction: a step interrupted leaves the library as the step before left it.
    static Status migrate(Database &db, int target = -1, const Progress &progress = {});

    // Connection settings every read-write connection uses (WAL, foreign keys, synchronous).
    static Status configure(Database &db);
};

} // namespace Glossa::Store
