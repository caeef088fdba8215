// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa search QUERY [--color NAME] [--tag T] [--author A] [--kind text,note,comment] [--lang L]
// [--since DATE] [--until DATE] [--limit N] [--json]`: the library search (Search::LibrarySearch::find)
// from a script. Text output groups the hits by article, one line each with its kind and its snippet
// (matched words in [ ]); --json gives the hits with their ids, ranges and scores, and the facets'
// counts. A query that cannot be read as search syntax is searched as plain words and stderr says so.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runSearch(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
