// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadexportcommand.h"

#include "cli.h"
#include "command.h"
#include "export/savefile.h"
#include "library/library.h"
#include "library/threadmergesummary.h"
#include "librarycommands.h"
#include "thread/threadfile.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Glossa::Cli {

int runThreadExport(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    QString key;
    QString path;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"-o" || a == u"--output") {
            path = i + 1 < args.size() ? args[++i] : QString();
        } else if (a.startsWith(u'-') && a.size() > 1) {
            err() << Cli::tr("glossa thread-export: unknown option '%1'.\n").arg(a);
            return ExitUsage;
        } else if (key.isEmpty()) {
            key = a;
        } else {
            err() << Cli::tr("glossa thread-export: name one article, not '%1' and '%2'.\n").arg(key, a);
            return ExitUsage;
        }
    }
    if (key.isEmpty() || path.isEmpty()) {
        err() << Cli::tr("glossa thread-export: name an article and the file to write. Usage: glossa thread-export "
                         "ARTICLE -o FILE [--library DIR]\n");
        return ExitUsage;
    }
    Library library;
    const auto article = LibraryAccess::openArticle(
        library, dir, key, QStringLiteral("thread-export"), LibraryAccess::Access::ReadOnly);
    if (!article) {
        return ExitFailure;
    }
    const auto file = library.readThreadFile(article->id);
    if (!file) {
        err() << QStringLiteral("glossa thread-export: ") << file.error().message << u'\n';
        return ExitFailure;
    }
    if (const auto s = Export::SaveFile::write(path, Thread::ThreadFileFormat::write(*file)); !s) {
        err() << QStringLiteral("glossa thread-export: ") << s.error().message << u'\n';
        return ExitFailure;
    }
    return ExitOk;
}

int runThreadMerge(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    for (const QString &a : std::as_const(args)) {
        if (a.startsWith(u'-') && a.size() > 1) {
            err() << Cli::tr("glossa thread-merge: unknown option '%1'.\n").arg(a);
            return ExitUsage;
        }
    }
    if (args.isEmpty()) {
        err() << Cli::tr("glossa thread-merge: which thread files? Usage: glossa thread-merge FILE… [--json] "
                         "[--library DIR]\n");
        return ExitUsage;
    }
    // Every file is read and its article found before anything is stored.
    QList<Thread::ThreadFile> files;
    for (const QString &path : std::as_const(args)) {
        QString why;
        const auto file = Thread::ThreadFileFormat::readFile(path, &why);
        if (!file) {
            err() << Cli::tr("glossa thread-merge: %1 was not merged: %2 Nothing was stored.\n").arg(path, why);
            return ExitFailure;
        }
        files.append(*file);
    }
    Library library;
    if (!LibraryAccess::openWritable(library, dir, QStringLiteral("thread-merge"))) {
        return ExitFailure;
    }
    QList<QString> order; // article ids, in the order of the files
    QHash<QString, Thread::ThreadFile> byArticle;
    QHash<QString, QString> titles;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const auto article = library.readThreadArticle(files[i]);
        if (!article) {
            err() << QStringLiteral("glossa thread-merge: ") << article.error().message << u'\n';
            return ExitFailure;
        }
        if (!*article) {
            err() << Cli::tr("glossa thread-merge: %1 is the discussion of “%2”, which this library does not have "
                             "(import the article first). Nothing was stored.\n")
                         .arg(args[i], files[i].title);
            return ExitFailure;
        }
        const QString id = (*article)->id;
        titles.insert(id, (*article)->title);
        if (!byArticle.contains(id)) {
            order.append(id);
            byArticle.insert(id, files[i]);
        } else {
            Thread::combine(byArticle[id], files[i]);
        }
    }
    QJsonArray results;
    for (const QString &id : std::as_const(order)) {
        const auto merged = library.mergeThread(id, byArticle.value(id));
        if (!merged) {
            err() << QStringLiteral("glossa thread-merge: ") << merged.error().message << u'\n';
            return ExitFailure;
        }
        if (json) {
            results.append(QJsonObject {{u"article"_s, id}, {u"title"_s, titles.value(id)}, {u"added"_s, merged->added},
                {u"edits"_s, merged->edits}, {u"votes"_s, merged->votes}, {u"otherChanges"_s, merged->otherChanges},
                {u"passagesNotFound"_s, merged->passagesNotFound}, {u"unread"_s, merged->unread}});
            continue;
        }
        out() << titles.value(id) << QStringLiteral(": ") << ThreadMergeSummary::text(*merged) << u'\n';
    }
    if (json) {
        out() << QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented));
    }
    return ExitOk;
}

} // namespace Glossa::Cli
