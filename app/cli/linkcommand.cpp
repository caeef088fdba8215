// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkcommand.h"

#include "cli.h"
#include "command.h"
#include "jsonview.h"
#include "library/library.h"
#include "librarycommands.h"
#include "links/linkstatus.h"
#include "quotedpassage.h"

#include <QJsonDocument>

namespace Glossa::Cli {

namespace {

QString linkUsage()
{
    return Cli::tr("Usage: glossa link FROM TO --relation R [--note TEXT] [--from-quote TEXT] [--to-quote TEXT] "
                   "[--json] [--library DIR]\n"
                   "FROM and TO are annotation ids, or articles (id or title) for the whole article or, with "
                   "--from-quote/--to-quote, for the passage that reads TEXT.\n"
                   "R: supports, contradicts, elaborates, cites, same-topic, or your own words.\n");
}

struct LinkRequest {
    QString from;
    QString to;
    QString relation;
    QString note;
    QString fromQuote;
    QString toQuote;
    bool hasRelation = false;
    bool json = false;
};

QString parse(const QStringList &args, LinkRequest &request)
{
    QStringList ends;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&](QString &into) {
            if (i + 1 >= args.size()) {
                return false;
            }
            into = args.at(++i);
            return true;
        };
        if (a == u"--relation") {
            if (!value(request.relation)) {
                return Cli::tr("glossa link: --relation needs how the ends relate (supports, contradicts, "
                               "elaborates, cites, same-topic, or your own words).\n");
            }
            request.hasRelation = true;
        } else if (a == u"--note") {
            if (!value(request.note)) {
                return Cli::tr("glossa link: --note needs the note's text.\n");
            }
        } else if (a == u"--from-quote" || a == u"--to-quote") {
            QString &quote = a == u"--from-quote" ? request.fromQuote : request.toQuote;
            if (!value(quote) || quote.isEmpty()) {
                return Cli::tr("glossa link: %1 needs the passage's words, as they read in the article.\n").arg(a);
            }
        } else if (a == u"--json") {
            request.json = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return Cli::tr("glossa link: unknown option '%1'.\n").arg(a);
        } else {
            ends << a;
        }
    }
    if (ends.size() != 2) {
        return Cli::tr("glossa link: name the two ends, FROM and TO.\n");
    }
    request.from = ends.at(0);
    request.to = ends.at(1);
    if (!request.hasRelation) {
        return Cli::tr("glossa link: say how the ends relate with --relation.\n");
    }
    return {};
}

// The end KEY names: an annotation by its id, else an article (the whole of it, or with `quote`
// the passage reading it). Says why on stderr and returns nullopt when it names nothing.
std::optional<Library::LinkTarget> target(
    const Library &library, const QList<Model::Article> &articles, const QString &key, const QString &quote)
{
    if (quote.isEmpty()) {
        const auto annotation = library.readAnnotation(key);
        if (!annotation) {
            err() << QStringLiteral("glossa link: ") << annotation.error().message << u'\n';
            return std::nullopt;
        }
        if (*annotation) {
            return Library::LinkTarget::annotation(key);
        }
    }
    const std::optional<Model::Article> article = LibraryAccess::findArticle(articles, key, QStringLiteral("link"));
    if (!article) {
        return std::nullopt;
    }
    if (quote.isEmpty()) {
        return Library::LinkTarget::wholeArticle(article->id);
    }
    std::optional<Model::Annotation> passage = quotedPassage(library, *article, quote, 1, QStringLiteral("link"));
    if (!passage) {
        return std::nullopt;
    }
    return Library::LinkTarget::newPassage(std::move(*passage));
}

} // namespace

int runLink(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    LinkRequest request;
    if (const QString error = parse(args, request); !error.isEmpty()) {
        err() << error << linkUsage();
        return ExitUsage;
    }
    Library library;
    if (!LibraryAccess::openWritable(library, dir, QStringLiteral("link"))) {
        return ExitFailure;
    }
    const auto articles = library.readArticles();
    if (!articles) {
        err() << QStringLiteral("glossa link: ") << articles.error().message << u'\n';
        return ExitFailure;
    }
    const auto from = target(library, *articles, request.from, request.fromQuote);
    if (!from) {
        return ExitFailure;
    }
    const auto to = target(library, *articles, request.to, request.toQuote);
    if (!to) {
        return ExitFailure;
    }
    const Store::Result<QString> added = library.addLink(*from, *to, request.relation, request.note);
    if (!added) {
        err() << QStringLiteral("glossa link: ") << added.error().message << u'\n';
        return ExitFailure;
    }
    if (!request.json) {
        out() << *added << u'\n';
        return ExitOk;
    }
    // The link is listed among its FROM article's outgoing links.
    const QString fromArticle = from->annotationId.isEmpty()
        ? from->articleId
        : library.annotation(from->annotationId).value_or(Model::Annotation {}).articleId;
    const auto links = Links::LinkReader::read(library, fromArticle);
    if (!links) {
        err() << QStringLiteral("glossa link: ") << links.error().message << u'\n';
        return ExitFailure;
    }
    for (const Links::LinkView &view : links->outgoing) {
        if (view.link.id == *added) {
            out() << QString::fromUtf8(QJsonDocument(JsonView::linkView(view)).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
    }
    err() << Cli::tr("glossa link: the new link %1 could not be read back.\n").arg(*added);
    return ExitFailure;
}

} // namespace Glossa::Cli
