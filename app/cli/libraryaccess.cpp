// SPDX-License-Identifier: GPL-3.0-or-later
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <memory>

namespace Glossa::Cli {

QString LibraryAccess::takeLibraryOption(QStringList &args, bool *ok)
{
    *ok = true;
    QString dir;
    bool given = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--library" && i + 1 < args.size()) {
            dir = args[i + 1];
            given = true;
            args.remove(i, 2);
            --i;
        } else if (a == u"--library" || a.startsWith(u"--library=")) {
            dir = a.mid(10);
            given = true;
            args.remove(i);
            --i;
        }
    }
    if (!given) {
        return Library::defaultDirectory();
    }
    if (dir.trimmed().isEmpty()) {
        // Never the default library in its place: a script that lost its variable must not write there.
        err() << tr("glossa: --library needs a folder, as in --library ~/Notes/library.\n");
        *ok = false;
        return {};
    }
    // `--library=~/x` reaches us with the tilde unexpanded (the shell expands it only at a word's start).
    if (dir == u"~" || dir.startsWith(u"~/")) {
        dir = QDir::homePath() + dir.mid(1);
    }
    return dir;
}

QString LibraryAccess::describe(const Store::OpenFailure &failure, const QString &dir)
{
    using Kind = Store::OpenFailure::Kind;
    const QString path = QDir::toNativeSeparators(dir);
    QString text;
    switch (failure.kind) {
    case Kind::None:
        return {};
    case Kind::Missing:
        text = tr("There is no Glossa library in %1. Check the folder, or open Glossa once to create one.").arg(path);
        break;
    case Kind::Empty:
        text = tr("The library file in %1 is empty: it holds no library. If one was there, restore a backup from its "
                  "backups folder; otherwise open Glossa once to start a library there.")
                   .arg(path);
        break;
    case Kind::Locked:
        text = tr("The library in %1 is open in another Glossa (%2). Close it there first.").arg(path, failure.detail);
        break;
    case Kind::LockUnusable:
        text = tr("The library in %1 cannot be locked for writing: its lock file %2 is not a lock file (a folder, "
                  "or a file that cannot be read). No Glossa holds it; remove it and try again.")
                   .arg(path, QDir::toNativeSeparators(failure.detail));
        break;
    case Kind::ReadOnly:
        text = QFileInfo(failure.detail).isDir()
            ? tr("The library %1 is read-only (no permission to write in its folder).").arg(path)
            : tr("The library %1 is read-only (no permission to write its file %2).")
                  .arg(path, QDir::toNativeSeparators(failure.detail));
        text += u' ' + tr("Commands that only read it, such as list, show and search, still work.");
        break;
    case Kind::Corrupt:
        text = tr("The library in %1 is damaged (%2). It has not been changed.").arg(path, failure.detail);
        if (!failure.newestBackup.isEmpty()) {
            text += u' '
                + tr("The newest backup is %1; Glossa can restore it and keep the damaged file aside.")
                      .arg(QDir::toNativeSeparators(failure.newestBackup));
        } else {
            text += u' ' + tr("There is no backup of it.");
        }
        break;
    case Kind::NewerVersion:
        text = tr("The library in %1 was written by a newer Glossa (%2). Update Glossa to open it; it has not been "
                  "changed.")
                   .arg(path, failure.detail);
        break;
    case Kind::Foreign:
        text = tr("%1 holds an SQLite file that is not a Glossa library. It has not been changed.").arg(path);
        break;
    case Kind::NeedsUpgrade:
        text = tr("The library in %1 was written by an older Glossa. Open it once in Glossa to upgrade it.").arg(path);
        break;
    case Kind::Io:
        text = tr("Glossa could not open the library in %1: %2.").arg(path, failure.detail);
        break;
    }
    return text;
}

QString LibraryAccess::readOnlyReason(const Store::OpenFailure &cause)
{
    using Kind = Store::OpenFailure::Kind;
    const QString path = QDir::toNativeSeparators(cause.detail);
    switch (cause.kind) {
    case Kind::ReadOnly:
        return QFileInfo(cause.detail).isDir() ? tr("there is no permission to write in its folder %1").arg(path)
                                               : tr("there is no permission to write its file %1").arg(path);
    case Kind::Locked:
        return tr("another Glossa has it open for writing (%1)").arg(cause.detail);
    default:
        return tr("it was opened for reading only");
    }
}

bool LibraryAccess::openReadOnly(Library &library, const QString &dir)
{
    Store::OpenOptions options;
    options.readOnly = true;
    const Store::OpenFailure failure = library.open(dir, options);
    if (failure.failed()) {
        err() << QStringLiteral("glossa: ") << describe(failure, dir) << u'\n';
        return false;
    }
    return true;
}

std::optional<QList<Model::Article>> LibraryAccess::openArticles(
    Library &library, const QString &dir, const QString &command)
{
    if (!openReadOnly(library, dir)) {
        return std::nullopt;
    }
    auto read = library.readArticles();
    if (!read) {
        err() << QStringLiteral("glossa %1: ").arg(command) << read.error().message << u'\n';
        return std::nullopt;
    }
    return std::move(*read);
}

Store::OpenOptions LibraryAccess::writableOptions()
{
    // Quiet for the first second (a small library is done by then), then a line rewritten in place
    // at most twice a second, ended when the upgrade is.
    struct State {
        QElapsedTimer started;
        qint64 lastShown = -1;
        bool printed = false;
    };
    auto state = std::make_shared<State>();
    state->started.start();
    Store::OpenOptions options;
    options.migrationProgress = [state](qint64 done, qint64 total) {
        const qint64 elapsed = state->started.elapsed();
        const bool finished = done >= total;
        if (elapsed < 1000 || (!finished && state->lastShown >= 0 && elapsed - state->lastShown < 500)) {
            return;
        }
        state->lastShown = elapsed;
        state->printed = true;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        err() << u'\r' << tr("glossa: updating the search index for inflections… %1%").arg(percent);
        if (finished) {
            err() << u'\n';
        }
        err().flush();
    };
    return options;
}

bool LibraryAccess::openWritable(Library &library, const QString &dir, const QString &command)
{
    const Store::OpenFailure failure = library.open(dir, writableOptions());
    if (failure.failed()) {
        err() << QStringLiteral("glossa %1: ").arg(command) << describe(failure, dir) << u'\n';
        return false;
    }
    return true;
}

std::optional<Model::Article> LibraryAccess::openArticle(
    Library &library, const QString &dir, const QString &key, const QString &command, Access access)
{
    if (access == Access::ReadWrite ? !openWritable(library, dir, command) : !openReadOnly(library, dir)) {
        return std::nullopt;
    }
    auto articles = library.readArticles();
    if (!articles) {
        err() << QStringLiteral("glossa %1: ").arg(command) << articles.error().message << u'\n';
        return std::nullopt;
    }
    return findArticle(*articles, key, command);
}

QString LibraryAccess::titleOf(const Model::Article &article)
{
    return article.title.isEmpty() ? tr("Untitled article") : article.title;
}

std::optional<Model::Article> LibraryAccess::findArticle(
    const QList<Model::Article> &articles, const QString &key, const QString &command)
{
    // From the most to the least precise: a name that matches one way is never ambiguous because a
    // looser way matches more.
    QList<Model::Article> byIdPrefix, byTitle, byTitlePrefix;
    for (const Model::Article &a : articles) {
        if (a.id.compare(key, Qt::CaseInsensitive) == 0) {
            return a;
        }
        if (key.size() >= 4 && a.id.startsWith(key, Qt::CaseInsensitive)) {
            byIdPrefix << a;
        }
        if (a.title.compare(key, Qt::CaseInsensitive) == 0) {
            byTitle << a;
        } else if (!key.isEmpty() && a.title.startsWith(key, Qt::CaseInsensitive)) {
            byTitlePrefix << a;
        }
    }
    for (const QList<Model::Article> *found : {&byIdPrefix, &byTitle, &byTitlePrefix}) {
        if (found->size() == 1) {
            return found->first();
        }
        if (found->size() > 1) {
            QStringList names;
            for (const Model::Article &a : *found) {
                names << QStringLiteral("%1 \"%2\"").arg(a.id.left(8), a.title);
            }
            err() << tr("glossa %1: '%2' matches %3 articles (%4); give more of the id or the title.\n")
                         .arg(command, key)
                         .arg(found->size())
                         .arg(names.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    err() << tr("glossa %1: no article matches '%2'. Run 'glossa list' to see the articles.\n").arg(command, key);
    return std::nullopt;
}

} // namespace Glossa::Cli
