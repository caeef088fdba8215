// SPDX-License-Identifier: GPL-3.0-or-later
#include "propertiescommand.h"

#include "cli.h"
#include "command.h"
#include "jsonview.h"
#include "library/library.h"
#include "librarycommands.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Glossa::Cli {

namespace {

QString usage()
{
    return Cli::tr("Usage: glossa properties ARTICLE [--title T] [--byline B] [--site S] [--source URL] "
                   "[--published DATE] [--language L] [--tags \"a, b\"] [--note TEXT] [--json] [--library DIR]\n");
}

// The option's field of the article, or null for an unknown option.
QString *field(Model::Article &a, const QString &option)
{
    static const QList<std::pair<QLatin1StringView, QString Model::Article::*>> fields = {
        {QLatin1StringView("--title"), &Model::Article::title},
        {QLatin1StringView("--byline"), &Model::Article::byline},
        {QLatin1StringView("--site"), &Model::Article::site},
        {QLatin1StringView("--source"), &Model::Article::source},
        {QLatin1StringView("--published"), &Model::Article::published},
        {QLatin1StringView("--language"), &Model::Article::language},
        {QLatin1StringView("--note"), &Model::Article::note},
    };
    for (const auto &[name, member] : fields) {
        if (option == name) {
            return &(a.*member);
        }
    }
    return nullptr;
}

void show(const Model::Article &a, bool json)
{
    if (json) {
        out() << QString::fromUtf8(QJsonDocument(JsonView::article(a)).toJson(QJsonDocument::Indented));
        return;
    }
    const QList<std::pair<QString, QString>> rows = {
        {Cli::tr("Title"), a.title},
        {Cli::tr("Byline"), a.byline},
        {Cli::tr("Site"), a.site},
        {Cli::tr("Source"), a.source},
        {Cli::tr("Published"), a.published},
        {Cli::tr("Language"), a.language},
        {Cli::tr("Tags"), a.tags.join(QStringLiteral(", "))},
        {Cli::tr("Note"), a.note},
    };
    out() << a.id << u'\n';
    for (const auto &[label, value] : rows) {
        out() << label << QStringLiteral(": ") << value << u'\n';
    }
}

} // namespace

int runProperties(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    bool json = false;
    QString key;
    QList<std::pair<QString, QString>> changes; // option, value
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        Model::Article probe;
        if (a == u"--json") {
            json = true;
        } else if (a == u"--tags" || field(probe, a)) {
            if (i + 1 >= args.size()) {
                err() << Cli::tr("glossa properties: %1 needs a value.\n").arg(a) << usage();
                return ExitUsage;
            }
            changes.append({a, args[++i]});
        } else if (a.startsWith(u"--")) {
            err() << Cli::tr("glossa properties: unknown option '%1'.\n").arg(a) << usage();
            return ExitUsage;
        } else if (key.isEmpty()) {
            key = a;
        } else {
            err() << Cli::tr("glossa properties: name one article.\n") << usage();
            return ExitUsage;
        }
    }
    if (key.isEmpty()) {
        err() << Cli::tr("glossa properties: which article? ('glossa list' shows them)\n") << usage();
        return ExitUsage;
    }
    Library library;
    const auto access = changes.isEmpty() ? LibraryAccess::Access::ReadOnly : LibraryAccess::Access::ReadWrite;
    const std::optional<Model::Article> article
        = LibraryAccess::openArticle(library, dir, key, QStringLiteral("properties"), access);
    if (!article) {
        return ExitFailure;
    }
    if (changes.isEmpty()) {
        show(*article, json);
        return ExitOk;
    }
    Model::Article after = *article;
    for (const auto &[option, value] : std::as_const(changes)) {
        if (option == u"--tags") {
            static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
            after.tags = value.split(separators, Qt::SkipEmptyParts);
        } else {
            *field(after, option) = value;
        }
    }
    if (const Store::Status s = library.setArticleProperties(after); !s) {
        err() << QStringLiteral("glossa properties: ") << s.error().message << Cli::tr(" Nothing was changed.")
              << u'\n';
        return ExitFailure;
    }
    const auto stored = library.readArticle(article->id);
    if (!stored || !*stored) {
        err() << QStringLiteral("glossa properties: ")
              << (stored ? Cli::tr("the article is gone.") : stored.error().message) << u'\n';
        return ExitFailure;
    }
    show(**stored, json);
    return ExitOk;
}

} // namespace Glossa::Cli
