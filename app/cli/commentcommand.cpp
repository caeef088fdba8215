// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentcommand.h"

#include "anchor/placement.h"
#include "cli.h"
#include "command.h"
#include "jsonview.h"
#include "library/library.h"
#include "librarycommands.h"
#include "model/elide.h"
#include "quotedpassage.h"

#include <QJsonDocument>

namespace Glossa::Cli {

namespace {

QString commentUsage()
{
    return Cli::tr("Usage: glossa comment ARTICLE --body TEXT [--quote TEXT | --on ANNOTATION] [--reply-to COMMENT] "
                   "[--author NAME] [--json] [--library DIR]\n")
        + Cli::wikiLinkHelp();
}

struct CommentRequest {
    QString article;
    QString body;
    QString quote;
    QString on;
    QString replyTo;
    QString author;
    bool json = false;
};

// Fills `request` from args; returns an error sentence, empty when they are right.
QString parse(const QStringList &args, CommentRequest &request)
{
    bool hasBody = false;
    bool hasQuote = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString &into) {
            if (i + 1 >= args.size()) {
                return false;
            }
            into = args[++i];
            return true;
        };
        if (a == u"--body") {
            if (!value(request.body)) {
                return Cli::tr("glossa comment: --body needs the comment's text (Markdown).\n");
            }
            hasBody = true;
        } else if (a == u"--quote") {
            if (!value(request.quote) || request.quote.isEmpty()) {
                return Cli::tr("glossa comment: --quote needs the words of the passage, as they read in the "
                               "article.\n");
            }
            hasQuote = true;
        } else if (a == u"--on") {
            if (!value(request.on) || request.on.isEmpty()) {
                return Cli::tr("glossa comment: --on needs an annotation's id ('glossa annotations' lists them).\n");
            }
        } else if (a == u"--reply-to") {
            if (!value(request.replyTo) || request.replyTo.isEmpty()) {
                return Cli::tr("glossa comment: --reply-to needs the id of the comment you answer ('glossa thread' "
                               "lists them).\n");
            }
        } else if (a == u"--author") {
            if (!value(request.author) || request.author.trimmed().isEmpty()) {
                return Cli::tr("glossa comment: --author needs a name.\n");
            }
            request.author = request.author.trimmed();
        } else if (a == u"--json") {
            request.json = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return Cli::tr("glossa comment: unknown option '%1'.\n").arg(a);
        } else if (request.article.isEmpty()) {
            request.article = a;
        } else {
            return Cli::tr("glossa comment: name one article, not '%1' and '%2'.\n").arg(request.article, a);
        }
    }
    if (request.article.isEmpty()) {
        return Cli::tr("glossa comment: which article? Name one (its id or title).\n");
    }
    if (!hasBody || request.body.trimmed().isEmpty()) {
        return Cli::tr("glossa comment: what do you want to say? Give --body with the comment's text.\n");
    }
    if (hasQuote && !request.on.isEmpty()) {
        return Cli::tr("glossa comment: give either --quote (a passage to mark) or --on (an annotation), not "
                       "both.\n");
    }
    return {};
}

} // namespace

int runComment(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    CommentRequest request;
    if (const QString error = parse(args, request); !error.isEmpty()) {
        err() << error << commentUsage();
        return ExitUsage;
    }
    Library library;
    const auto article = LibraryAccess::openArticle(
        library, dir, request.article, QStringLiteral("comment"), LibraryAccess::Access::ReadWrite);
    if (!article) {
        return ExitFailure;
    }
    Model::Comment comment;
    comment.articleId = article->id;
    comment.body = request.body;
    comment.author = request.author; // empty: the library's local author
    comment.parentId = request.replyTo;
    comment.annotationId = request.on;
    std::optional<Model::Annotation> anchor;
    if (!request.quote.isEmpty()) {
        // The first place the passage occurs, as `glossa annotate` marks it.
        anchor = quotedPassage(library, *article, request.quote, 1, QStringLiteral("comment"));
        if (!anchor) {
            return ExitFailure;
        }
        anchor->author = comment.author.isEmpty() ? library.localAuthorName() : comment.author;
    }
    const Store::Result<QString> added = library.addComment(comment, anchor);
    if (!added) {
        err() << QStringLiteral("glossa comment: ") << added.error().message << u'\n';
        return ExitFailure;
    }
    if (!request.json) {
        out() << *added << u'\n';
        return ExitOk;
    }
    const auto stored = library.readComment(*added);
    if (!stored || !*stored) {
        err() << QStringLiteral("glossa comment: ")
              << (stored ? Cli::tr("the new comment %1 could not be read back.").arg(*added) : stored.error().message)
              << u'\n';
        return ExitFailure;
    }
    QJsonObject o = JsonView::comment(**stored);
    if (anchor) {
        o.insert(u"quote", anchor->selector.exact);
    }
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace Glossa::Cli
