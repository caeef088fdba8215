// SPDX-License-Identifier: GPL-3.0-or-later
// The sub-commands that read the library (`glossa list`, `glossa show`) and what they share:
// the --library option and turning an open failure into a sentence the user can act on.
#pragma once

#include "model/article.h"
#include "store/librarystore.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Glossa {
class Library;
}

namespace Glossa::Cli {

struct Context;

int runList(const QStringList &args, const Context &context);
int runShow(const QStringList &args, const Context &context);

class LibraryAccess
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Cli::LibraryAccess)

public:
    // Removes `--library DIR` from args; returns the folder (the default one when absent), or a null
    // string after reporting a usage error.
    static QString takeLibraryOption(QStringList &args, bool *ok);
    // Opens read-only (sub-commands never create, migrate or lock). Reports failures on stderr.
    static bool openReadOnly(Library &library, const QString &dir);
    // Opens read-only and reads the articles; on failure says why on stderr, the sentence starting
    // with "glossa COMMAND: ", and returns nullopt.
    static std::optional<QList<Model::Article>> openArticles(
        Library &library, const QString &dir, const QString &command);
    // Opens read-write for a command that changes the library (`glossa annotate`, …); never creates
    // one. On failure says why on stderr, starting with "glossa COMMAND: ".
    static bool openWritable(Library &library, const QString &dir, const QString &command);
    // The one article ARTICLE names: its id, a unique id prefix (4 characters or more, as `glossa
    // list` prints it), its title, or a unique title prefix (case-insensitive). When none or several
    // match, says so on stderr ("glossa COMMAND: …") and returns nullopt.
    static std::optional<Model::Article> findArticle(
        const QList<Model::Article> &articles, const QString &key, const QString &command);
    // The one article a command works on: opens the library (read-only, or read-write for a command
    // that changes it), reads its articles and finds ARTICLE as findArticle() does. On any failure
    // says why on stderr ("glossa COMMAND: …") and returns nullopt.
    enum class Access { ReadOnly, ReadWrite };
    static std::optional<Model::Article> openArticle(
        Library &library, const QString &dir, const QString &key, const QString &command, Access access);
    // The article's title as commands print it ("Untitled article" when it has none).
    static QString titleOf(const Model::Article &article);
    // The message for an open failure, shared with the GUI's dialog.
    static QString describe(const Store::OpenFailure &failure, const QString &dir);
    // Why a library open read-only may not be written, as a clause for "This library is read-only:
    // …" (the window's banner): from Store::LibraryStore::readOnlyCause.
    static QString readOnlyReason(const Store::OpenFailure &cause);
    // Options for a read-write open by a command: an upgrade that takes a while (a large library's
    // search index rebuilt) says how far it is on stderr; a quick one says nothing.
    static Store::OpenOptions writableOptions();
};

} // namespace Glossa::Cli
