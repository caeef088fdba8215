// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagcommand.h"

#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"
#include "model/notetags.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

namespace {

QString usage()
{
    return Cli::tr("Usage: glossa tag list [--json] [--library DIR]\n"
                   "       glossa tag add|remove ANNOTATION|ARTICLE TAG… [--json] [--library DIR]\n");
}

void print(const QJsonValue &value)
{
    out() << QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

int list(const QString &dir, bool json)
{
    Library library;
    if (!LibraryAccess::openReadOnly(library, dir)) {
        return ExitFailure;
    }
    const auto counts = library.readTagCounts();
    if (!counts) {
        err() << QStringLiteral("glossa tag: ") << counts.error().message << u'\n';
        return ExitFailure;
    }
    QJsonArray rows;
    for (const Store::TagStore::Count &c : *counts) {
        if (json) {
            rows.append(QJsonObject {{QStringLiteral("tag"), c.name}, {QStringLiteral("articles"), c.articles},
                {QStringLiteral("annotations"), c.annotations}});
        } else {
            out() << Cli::tr("#%1\t%2 article(s), %3 annotation(s)\n").arg(c.name).arg(c.articles).arg(c.annotations);
        }
    }
    if (json) {
        print(rows);
    } else if (counts->isEmpty()) {
        out() << Cli::tr("No tags yet: write #tag in a note, or run 'glossa tag add'.\n");
    }
    return ExitOk;
}

} // namespace

int runTag(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    bool json = false;
    QStringList words;
    for (const QString &a : std::as_const(args)) {
        if (a == u"--json") {
            json = true;
        } else if (a.startsWith(u"--")) {
            err() << Cli::tr("glossa tag: unknown option '%1'.\n").arg(a) << usage();
            return ExitUsage;
        } else {
            words << a;
        }
    }
    const QString verb = words.value(0);
    if (verb == u"list" && words.size() == 1) {
        return list(dir, json);
    }
    if ((verb != u"add" && verb != u"remove") || words.size() < 3) {
        err() << Cli::tr("glossa tag: say list, add or remove, and for add and remove what to tag and the tags.\n")
              << usage();
        return ExitUsage;
    }
    const bool adding = verb == u"add";
    QStringList tags;
    for (const QString &typed : words.mid(2)) {
        const QString tag = Model::NoteTags::cleaned(typed);
        if (tag.isEmpty()) {
            err() << Cli::tr("glossa tag: '%1' cannot be a tag: a tag is one word (letters, digits, - _ /).\n")
                         .arg(typed);
            return ExitUsage;
        }
        tags << tag;
    }
    Library library;
    if (!LibraryAccess::openWritable(library, dir, QStringLiteral("tag"))) {
        return ExitFailure;
    }
    const QString &target = words[1];
    const auto annotation = library.readAnnotation(target);
    if (!annotation) {
        err() << QStringLiteral("glossa tag: ") << annotation.error().message << u'\n';
        return ExitFailure;
    }
    QStringList result;
    QJsonObject shown;
    Store::Status status;
    if (*annotation) {
        result = (*annotation)->tags;
        for (const QString &tag : std::as_const(tags)) {
            result = adding ? Model::NoteTags::withTag(result, tag) : Model::NoteTags::withoutTag(result, tag);
        }
        status = library.setAnnotationTags((*annotation)->id, result);
        shown = {{QStringLiteral("annotation"), (*annotation)->id}};
    } else {
        const auto articles = library.readArticles();
        if (!articles) {
            err() << QStringLiteral("glossa tag: ") << articles.error().message << u'\n';
            return ExitFailure;
        }
        const std::optional<Model::Article> article
            = LibraryAccess::findArticle(*articles, target, QStringLiteral("tag"));
        if (!article) {
            return ExitFailure;
        }
        Model::Article after = *article;
        for (const QString &tag : std::as_const(tags)) {
            after.tags
                = adding ? Model::NoteTags::withTag(after.tags, tag) : Model::NoteTags::withoutTag(after.tags, tag);
        }
        result = after.tags;
        status = library.setArticleProperties(after);
        shown = {{QStringLiteral("article"), article->id}};
    }
    if (!status) {
        err() << QStringLiteral("glossa tag: ") << status.error().message << u'\n';
        return ExitFailure;
    }
    if (json) {
        shown.insert(QStringLiteral("tags"), QJsonArray::fromStringList(result));
        print(shown);
    } else {
        out() << Cli::tr("Tags: %1\n").arg(result.isEmpty() ? Cli::tr("(none)") : result.join(QStringLiteral(", ")));
    }
    return ExitOk;
}

} // namespace Glossa::Cli
