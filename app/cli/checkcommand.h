// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa check [--repair] [--json]`: SQLite's integrity check, the foreign keys and the search
// index of a library, even a damaged one (read through a read-only connection, never changed);
// `--repair` rebuilds the search index, the one thing the library can rebuild from itself, after
// taking a backup. `glossa restore [BACKUP | --latest] [--json]`: lists the library's backups with
// their dates and sizes, or puts one in place, keeping the file it replaces beside it.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runCheck(const QStringList &args, const Context &context);
int runRestore(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
