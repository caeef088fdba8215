// SPDX-License-Identifier: GPL-3.0-or-later
// What the library list shows of every article beside its metadata, read for the whole library at
// once (one grouped query, never one per row): how many highlights, notes, comments and links each
// has, and when it was last read (kept in the settings table, one row per article read, so no
// schema step is needed).
#pragma once

#include "database.h"

#include <QDateTime>
#include <QHash>

namespace Glossa::Store::ArticleOverview {

struct Counts {
    int highlights = 0; // highlight annotations (not link or comment anchors, not note-only ones)
    int notes = 0; // annotations with a note
    int comments = 0; // comments in its discussion, deleted ones (tombstones) left out
    int links = 0; // links with an end in it (a link between two of its passages counts once)
    int annotations = 0; // highlights and note-only annotations (what the list sorts by)
    friend bool operator==(const Counts &, const Counts &) = default;
};

// Every article's counts, by article id; articles with none are absent.
Result<QHash<QString, Counts>> counts(Database &db);

// One article's counts (its indexes only: cheap however large the library), for a change to it.
Result<Counts> countsOf(Database &db, const QString &articleId);

// When each article was last read (opened in the reader), by article id; never read: absent.
Result<QHash<QString, QDateTime>> lastRead(Database &db);
Status setLastRead(Database &db, const QString &articleId, const QDateTime &when);

} // namespace Glossa::Store::ArticleOverview
