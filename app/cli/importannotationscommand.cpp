// SPDX-License-Identifier: GPL-3.0-or-later
#include "importannotationscommand.h"

#include "command.h"
#include "export/webannotationimport.h"
#include "library/library.h"
#include "librarycommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

namespace {

// The translation context of this command's messages.
class ImportAnnotationsCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Cli::ImportAnnotationsCommand)
};

QString usage()
{
    return ImportAnnotationsCommand::tr(
        "Usage: glossa import-annotations FILE --article ARTICLE [--json] [--library DIR]\n");
}

struct Options {
    QString file;
    QString article;
    bool json = false;
    QString error; // a usage error, ready to print
};

Options parse(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == u"--article") {
            if (i + 1 >= args.size()) {
                o.error = ImportAnnotationsCommand::tr(
                    "glossa import-annotations: --article needs the article to put the annotations on "
                    "(its id or title).\n");
                return o;
            }
            o.article = args[++i];
        } else if (a.startsWith(u"--article=")) {
            o.article = a.mid(10);
        } else if (a == u"--json") {
            o.json = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            o.error = ImportAnnotationsCommand::tr("glossa import-annotations: unknown option '%1'.\n").arg(a);
            return o;
        } else if (o.file.isEmpty()) {
            o.file = a;
        } else {
            o.error = ImportAnnotationsCommand::tr("glossa import-annotations: give one file, not '%1' and '%2'.\n")
                          .arg(o.file, a);
            return o;
        }
    }
    if (o.file.isEmpty()) {
        o.error = ImportAnnotationsCommand::tr(
            "glossa import-annotations: which file? Give the annotation file to read.\n");
    } else if (o.article.isEmpty()) {
        o.error = ImportAnnotationsCommand::tr(
            "glossa import-annotations: which article? Give --article with its id or title.\n");
    }
    return o;
}

QJsonObject toJson(const QString &file, const Model::Article &article, const Export::AnnotationImport &r)
{
    using Export::ImportOutcome;
    QJsonArray items;
    for (const Export::ImportedAnnotation &i : r.items) {
        items.append(QJsonObject {
            {QStringLiteral("id"), i.id},
            // A comment of the discussion is merged into the thread, or rejected.
            {QStringLiteral("status"),
                i.comment && i.outcome != ImportOutcome::Rejected ? QStringLiteral("merged")
                                                                  : Export::importOutcomeName(i.outcome)},
            {QStringLiteral("comment"), i.comment},
            {QStringLiteral("updated"), i.updated},
            {QStringLiteral("reason"), i.reason.isEmpty() ? QJsonValue() : QJsonValue(i.reason)},
        });
    }
    return QJsonObject {
        {QStringLiteral("file"), file},
        {QStringLiteral("article"), article.id},
        {QStringLiteral("format"), r.format},
        {QStringLiteral("exact"), r.count(ImportOutcome::Exact)},
        {QStringLiteral("changed"), r.count(ImportOutcome::Changed)},
        {QStringLiteral("orphans"), r.count(ImportOutcome::Orphan)},
        {QStringLiteral("rejected"), r.count(ImportOutcome::Rejected)},
        {QStringLiteral("comments"), r.thread.comments.size()},
        {QStringLiteral("annotations"), items},
    };
}

} // namespace

int runImportAnnotations(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = true;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const Options o = parse(args);
    if (!o.error.isEmpty()) {
        err() << o.error << usage();
        return ExitUsage;
    }
    const QString command = QStringLiteral("import-annotations");
    Library library;
    const std::optional<Model::Article> article
        = LibraryAccess::openArticle(library, dir, o.article, command, LibraryAccess::Access::ReadWrite);
    if (!article) {
        return ExitFailure;
    }
    const auto imported = Export::WebAnnotationImport::importFile(library, o.file, article->id);
    if (!imported) {
        err() << ImportAnnotationsCommand::tr("glossa import-annotations: %1 Nothing was stored.\n")
                     .arg(imported.error().message);
        return ExitFailure;
    }
    const Export::AnnotationImport &r = *imported;
    if (o.json) {
        out() << QString::fromUtf8(QJsonDocument(toJson(o.file, *article, r)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    using Export::ImportOutcome;
    out() << ImportAnnotationsCommand::tr("%1 onto \"%2\": %3\n")
                 .arg(QDir::toNativeSeparators(o.file), article->title, r.summary());
    for (qsizetype i = 0; i < r.items.size(); ++i) {
        if (r.items[i].outcome == ImportOutcome::Rejected) {
            err() << ImportAnnotationsCommand::tr("glossa import-annotations: annotation %1 was not imported: %2.\n")
                         .arg(i + 1)
                         .arg(r.items[i].reason);
        }
    }
    return ExitOk;
}

} // namespace Glossa::Cli
