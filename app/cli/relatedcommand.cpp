// SPDX-License-Identifier: GPL-3.0-or-later
#include "relatedcommand.h"

#include "cli.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"
#include "links/related.h"
#include "quotedpassage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Glossa::Cli {

namespace {

QString relatedUsage()
{
    return Cli::tr("Usage: glossa related ARTICLE [--annotation ID | --quote TEXT] [--limit N] [--json] "
                   "[--library DIR]\n");
}

struct RelatedRequest {
    QString article;
    QString annotation;
    QString quote;
    bool hasQuote = false;
    int limit = Links::Related::kDefaultLimit;
    bool json = false;
};

// Fills `request` from args; returns an error sentence, empty when they are right.
QString parse(const QStringList &args, RelatedRequest &request)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString &into) {
            if (i + 1 >= args.size()) {
                return false;
            }
            into = args[++i];
            return true;
        };
        if (a == u"--annotation") {
            if (!value(request.annotation) || request.annotation.isEmpty()) {
                return Cli::tr("glossa related: --annotation needs an annotation's id ('glossa annotations "
                               "ARTICLE' lists them).\n");
            }
        } else if (a == u"--quote") {
            if (!value(request.quote) || request.quote.isEmpty()) {
                return Cli::tr("glossa related: --quote needs words of the article, as they read in it.\n");
            }
            request.hasQuote = true;
        } else if (a == u"--limit") {
            QString n;
            bool ok = false;
            if (value(n)) {
                request.limit = n.toInt(&ok);
            }
            if (!ok || request.limit < 1) {
                return Cli::tr("glossa related: --limit needs a positive number of passages, not '%1'.\n").arg(n);
            }
        } else if (a == u"--json") {
            request.json = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return Cli::tr("glossa related: unknown option '%1'.\n").arg(a);
        } else if (request.article.isEmpty()) {
            request.article = a;
        } else {
            return Cli::tr("glossa related: name one article, not '%1' and '%2'.\n").arg(request.article, a);
        }
    }
    if (request.article.isEmpty()) {
        return Cli::tr("glossa related: which article? Name one (its id or title).\n");
    }
    if (request.hasQuote && !request.annotation.isEmpty()) {
        return Cli::tr("glossa related: give --annotation or --quote, not both.\n");
    }
    return {};
}

QJsonArray toJson(const QList<Links::RelatedPassage> &passages)
{
    QJsonArray out;
    for (const Links::RelatedPassage &p : passages) {
        out.append(QJsonObject {
            {QStringLiteral("articleId"), p.articleId},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("start"), qint64(p.start)},
            {QStringLiteral("end"), qint64(p.end)},
            {QStringLiteral("snippet"), p.snippet},
            {QStringLiteral("shared"), QJsonArray::fromStringList(p.shared)},
            {QStringLiteral("score"), p.score},
        });
    }
    return out;
}

} // namespace

int runRelated(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    RelatedRequest request;
    if (const QString error = parse(args, request); !error.isEmpty()) {
        err() << error << relatedUsage();
        return ExitUsage;
    }
    Library library;
    const auto article = LibraryAccess::openArticle(
        library, dir, request.article, QStringLiteral("related"), LibraryAccess::Access::ReadOnly);
    if (!article) {
        return ExitFailure;
    }
    const QString title = LibraryAccess::titleOf(*article);

    // The passage: an annotation's quote and note, words of the article, or (neither) the article.
    QString text;
    if (!request.annotation.isEmpty()) {
        const auto annotation = library.readAnnotation(request.annotation);
        if (!annotation) {
            err() << QStringLiteral("glossa related: ") << annotation.error().message << u'\n';
            return ExitFailure;
        }
        if (!*annotation || (*annotation)->articleId != article->id) {
            err() << Cli::tr("glossa related: “%1” has no annotation %2; 'glossa annotations ARTICLE' lists its "
                             "annotations with their ids.\n")
                         .arg(title, request.annotation);
            return ExitFailure;
        }
        text = (*annotation)->selector.exact + u'\n' + (*annotation)->note;
    } else if (request.hasQuote) {
        // The words must be the article's, as for annotate, comment and link (one check, one message).
        if (!quotedPassage(library, *article, request.quote, 1, QStringLiteral("related"))) {
            return ExitFailure;
        }
        text = request.quote;
    }

    Links::Related related(library.store()->db());
    const auto found = text.isEmpty() ? related.forArticle(article->id, request.limit)
                                      : related.forText(article->id, text, request.limit);
    if (!found) {
        err() << QStringLiteral("glossa related: ") << found.error().message << u'\n';
        return ExitFailure;
    }
    if (request.json) {
        out() << QString::fromUtf8(QJsonDocument(toJson(*found)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    if (found->isEmpty()) {
        out() << Cli::tr("No passage of another article shares this one's distinctive words.") << u'\n';
        return ExitOk;
    }
    for (const Links::RelatedPassage &p : *found) {
        out() << p.title << QStringLiteral(" (") << p.articleId << QStringLiteral(", ") << p.start << u'-' << p.end
              << QStringLiteral(")\n  ") << p.snippet << QStringLiteral("\n  ")
              << Cli::tr("shared: %1").arg(p.shared.join(QStringLiteral(", "))) << u'\n';
    }
    return ExitOk;
}

} // namespace Glossa::Cli
