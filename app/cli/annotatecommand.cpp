// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotatecommand.h"

#include "anchor/placement.h"
#include "cli.h"
#include "colorname.h"
#include "command.h"
#include "jsonview.h"
#include "library/library.h"
#include "librarycommands.h"
#include "model/elide.h"
#include "quotedpassage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Glossa::Cli {

namespace {

QString annotateUsage()
{
    return Cli::tr("Usage: glossa annotate ARTICLE --quote TEXT [--occurrence N] [--color NAME] "
                   "[--style fill|underline] [--note TEXT] [--tag TAG]… [--private] [--json] [--library DIR]\n")
        + Cli::wikiLinkHelp();
}

struct AnnotateRequest {
    QString article;
    QString quote;
    int occurrence = 1;
    QString color; // empty: the palette's first colour
    Model::HighlightStyle style = Model::HighlightStyle::Fill;
    QString note;
    QStringList tags;
    bool isPrivate = false;
    bool json = false;
};

// Fills `request` from args; returns an error sentence, empty when they are right.
QString parse(const QStringList &args, AnnotateRequest &request)
{
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
        if (a == u"--quote") {
            if (!value(request.quote)) {
                return Cli::tr("glossa annotate: --quote needs the words to mark, as they read in the article.\n");
            }
            hasQuote = true;
        } else if (a == u"--occurrence") {
            QString n;
            bool ok = false;
            if (value(n)) {
                request.occurrence = n.toInt(&ok);
            }
            if (!ok || request.occurrence < 1) {
                return Cli::tr("glossa annotate: --occurrence needs a number from 1 (the first place the quote "
                               "occurs), not '%1'.\n")
                    .arg(n);
            }
        } else if (a == u"--color" || a == u"--colour") {
            if (!value(request.color) || request.color.isEmpty()) {
                return Cli::tr("glossa annotate: --color needs a colour's name, such as important.\n");
            }
        } else if (a == u"--style") {
            QString style;
            if (!value(style) || (style != u"fill" && style != u"underline")) {
                return Cli::tr("glossa annotate: --style is fill or underline, not '%1'.\n").arg(style);
            }
            request.style = Model::highlightStyleFromName(style);
        } else if (a == u"--note") {
            if (!value(request.note)) {
                return Cli::tr("glossa annotate: --note needs the note's text (Markdown).\n");
            }
        } else if (a == u"--tag") {
            QString tag;
            if (!value(tag) || tag.trimmed().isEmpty()) {
                return Cli::tr("glossa annotate: --tag needs a tag, as in --tag evidence.\n");
            }
            tag = tag.trimmed();
            if (tag.startsWith(u'#')) {
                tag.remove(0, 1);
            }
            if (!request.tags.contains(tag)) {
                request.tags << tag;
            }
        } else if (a == u"--private") {
            request.isPrivate = true;
        } else if (a == u"--json") {
            request.json = true;
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return Cli::tr("glossa annotate: unknown option '%1'.\n").arg(a);
        } else if (request.article.isEmpty()) {
            request.article = a;
        } else {
            return Cli::tr("glossa annotate: name one article, not '%1' and '%2'.\n").arg(request.article, a);
        }
    }
    if (request.article.isEmpty()) {
        return Cli::tr("glossa annotate: which article? Name one (its id or title).\n");
    }
    if (!hasQuote || request.quote.isEmpty()) {
        return Cli::tr("glossa annotate: which passage? Give --quote with its words.\n");
    }
    return {};
}

// The palette colour `wanted` names (its name, or what it means, in any case); the first colour
// when `wanted` is empty, as the window's N key does. Nullopt, after saying which names there are,
// when it names none.
std::optional<QString> colorName(const Model::Palette &palette, const QString &wanted)
{
    if (wanted.isEmpty()) {
        if (const auto first = palette.forKey(1)) {
            return first->name;
        }
        if (!palette.colors().isEmpty()) {
            return palette.colors().first().name;
        }
        return QStringLiteral("important");
    }
    if (const auto name = paletteColorNamed(palette, wanted)) {
        return name;
    }
    err() << Cli::tr("glossa annotate: '%1' is not a colour of this library's palette; use one of: %2.\n")
                 .arg(wanted, paletteColorChoices(palette));
    return std::nullopt;
}

} // namespace

int runAnnotate(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    AnnotateRequest request;
    if (const QString error = parse(args, request); !error.isEmpty()) {
        err() << error << annotateUsage();
        return ExitUsage;
    }
    Library library;
    const auto article = LibraryAccess::openArticle(
        library, dir, request.article, QStringLiteral("annotate"), LibraryAccess::Access::ReadWrite);
    if (!article) {
        return ExitFailure;
    }
    const std::optional<QString> color = colorName(library.palette(), request.color);
    if (!color) {
        return ExitUsage;
    }
    const std::optional<Model::Annotation> passage
        = quotedPassage(library, *article, request.quote, request.occurrence, QStringLiteral("annotate"));
    if (!passage) {
        return ExitFailure;
    }
    Model::Annotation a = *passage;
    a.color = *color;
    a.style = request.style;
    a.note = request.note;
    a.tags = request.tags;
    a.isPrivate = request.isPrivate;
    const auto author = library.readLocalAuthorName();
    if (!author) {
        err() << QStringLiteral("glossa annotate: ") << author.error().message << u'\n';
        return ExitFailure;
    }
    a.author = *author;
    const Store::Result<QString> added = library.addAnnotation(a);
    if (!added) {
        err() << QStringLiteral("glossa annotate: ") << added.error().message << u'\n';
        return ExitFailure;
    }
    if (!request.json) {
        out() << *added << u'\n';
        return ExitOk;
    }
    const auto stored = library.readAnnotation(*added);
    if (!stored || !*stored) {
        err() << QStringLiteral("glossa annotate: ")
              << (stored ? Cli::tr("the new annotation %1 could not be read back.").arg(*added)
                         : stored.error().message)
              << u'\n';
        return ExitFailure;
    }
    out() << QString::fromUtf8(QJsonDocument(JsonView::annotation(**stored)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int runAnnotations(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (args.size() != 1 || args.first().startsWith(u'-')) {
        err() << Cli::tr("glossa annotations: name one article (its id or title). "
                         "Usage: glossa annotations ARTICLE [--json] [--library DIR]\n");
        return ExitUsage;
    }
    Library library;
    const auto article = LibraryAccess::openArticle(
        library, dir, args.first(), QStringLiteral("annotations"), LibraryAccess::Access::ReadOnly);
    if (!article) {
        return ExitFailure;
    }
    auto annotations = library.readAnnotations(article->id);
    if (!annotations) {
        err() << QStringLiteral("glossa annotations: ") << annotations.error().message << u'\n';
        return ExitFailure;
    }
    Model::sortInTextOrder(*annotations);
    if (json) {
        QJsonArray list;
        for (const Model::Annotation &a : std::as_const(*annotations)) {
            list.append(JsonView::annotation(a));
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    const Model::Palette palette = library.palette();
    QTextStream &o = out();
    o << LibraryAccess::titleOf(*article) << u'\n'
      << LibraryAccess::tr("%n annotation(s)", nullptr, int(annotations->size())) << u'\n';
    for (const Model::Annotation &a : std::as_const(*annotations)) {
        QStringList traits {palette.labelFor(a.color), Model::highlightStyleName(a.style)};
        if (a.isPrivate) {
            traits << Cli::tr("private");
        }
        if (!a.anchor.isAnchored()) {
            traits << Cli::tr("orphan");
        } else if (a.textChanged()) {
            traits << Cli::tr("text changed");
        }
        o << u'\n' << QStringLiteral("- \u201c") << a.selector.exact.simplified() << QStringLiteral("\u201d\n  ")
          << traits.join(QStringLiteral(", "));
        for (const QString &tag : a.tags) {
            o << QStringLiteral(" #") << tag;
        }
        o << u'\n';
        if (!a.note.trimmed().isEmpty()) {
            for (const QString &line : a.note.trimmed().split(u'\n')) {
                o << QStringLiteral("  | ") << line << u'\n';
            }
        }
        o << QStringLiteral("  id: ") << a.id << u'\n';
    }
    return ExitOk;
}

} // namespace Glossa::Cli
