// SPDX-License-Identifier: GPL-3.0-or-later
// The names of the files an export of several articles writes into one folder (`glossa export
// --all`). The scheme: "TITLE (ID8).EXT", where TITLE is the article's title made safe for every
// file system and cut at a word to at most 60 characters, and ID8 the first 8 characters of the
// article's id (the prefix `glossa list` shows and every command accepts). So:
// - the same article gets the same name on every export (as long as its title stays the same);
// - two articles with the same title never share a name (their ids differ); in the unlikely case
//   that two articles of the export share the 8-character prefix, both get their full id instead;
// - names hold no "/ \ : * ? " < > |", no control character, and none of "# ^ [ ]", which
//   break Obsidian's [[links]]; they never start with a dot, never end with a dot or a space,
//   are in Unicode NFC, and stay well under the 255-byte limit of common file systems.
#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace Glossa::Export {

class ExportFileName
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Export::ExportFileName)

public:
    static constexpr qsizetype MaxTitleLength = 60; // UTF-16 code units, before " (ID8).EXT"
    static constexpr qsizetype IdPrefixLength = 8;

    // Each article's file name (article id → name), unique among `articles` even where the file
    // system ignores case. `extension` has no dot ("md").
    static QHash<QString, QString> forArticles(const QList<Model::Article> &articles, const QString &extension);

    // `title` with what a file name cannot hold replaced by spaces, runs of spaces collapsed, no
    // leading dot or space, no trailing dot or space, cut at a word to MaxTitleLength; "Untitled"
    // (translated) when nothing is left.
    static QString safeTitle(const QString &title);
};

} // namespace Glossa::Export
