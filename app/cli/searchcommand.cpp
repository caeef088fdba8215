// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "cli.h"
#include "colorname.h"
#include "command.h"
#include "library/library.h"
#include "librarycommands.h"
#include "search/librarysearch.h"
#include "search/searchfacets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Glossa::Cli {

namespace {

// Articles listed at most, and hits under each, unless --limit says otherwise.
constexpr int kDefaultLimit = 20;
constexpr int kHitsPerArticle = 5;

QString searchUsage()
{
    return Cli::tr("Usage: glossa search QUERY [--color NAME] [--tag T] [--author A] [--kind text,note,comment] "
                   "[--lang L] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--limit N] [--json] [--library DIR]\n");
}

struct SearchRequest {
    QStringList words;
    QStringList colors; // as typed: names or meanings, checked against the palette once it is open
    Search::Filters filters;
    int limit = kDefaultLimit;
    bool json = false;
};

QString parseDate(const QString &option, const QString &value, QDate &into)
{
    into = QDate::fromString(value, Qt::ISODate);
    if (!into.isValid()) {
        return Cli::tr("glossa search: %1 needs a date written YYYY-MM-DD, such as 2026-03-31, not '%2'.\n")
            .arg(option, value);
    }
    return {};
}

// Fills `request` from args; returns an error sentence, empty when they are right.
QString parse(const QStringList &args, SearchRequest &request)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        QString v;
        auto value = [&]() {
            if (i + 1 >= args.size() || args[i + 1].isEmpty()) {
                return false;
            }
            v = args[++i];
            return true;
        };
        if (a == u"--color" || a == u"--colour") {
            if (!value()) {
                return Cli::tr("glossa search: --color needs a colour's name or meaning, such as question.\n");
            }
            request.colors << v;
        } else if (a == u"--tag") {
            if (!value()) {
                return Cli::tr("glossa search: --tag needs a tag's name.\n");
            }
            request.filters.tags << (v.startsWith(u'#') ? v.mid(1) : v);
        } else if (a == u"--author") {
            if (!value()) {
                return Cli::tr("glossa search: --author needs a name, as the article's byline or the note's author "
                               "reads.\n");
            }
            request.filters.authors << v;
        } else if (a == u"--kind") {
            if (!value()) {
                return Cli::tr("glossa search: --kind needs text, note or comment (several: text,note).\n");
            }
            for (const QString &k : v.split(u',', Qt::SkipEmptyParts)) {
                const auto kind = Search::kindFromValue(k.trimmed());
                if (!kind) {
                    return Cli::tr("glossa search: '%1' is not a kind of hit; use text, note or comment.\n").arg(k);
                }
                request.filters.kinds << *kind;
            }
        } else if (a == u"--lang") {
            if (!value()) {
                return Cli::tr("glossa search: --lang needs a language code, such as it or en.\n");
            }
            request.filters.languages << v.split(u',', Qt::SkipEmptyParts);
        } else if (a == u"--since" || a == u"--until") {
            if (!value()) {
                return Cli::tr("glossa search: %1 needs a date written YYYY-MM-DD.\n").arg(a);
            }
            if (QString e = parseDate(a, v, a == u"--since" ? request.filters.since : request.filters.until);
                !e.isEmpty()) {
                return e;
            }
        } else if (a == u"--limit") {
            bool ok = false;
            if (value()) {
                request.limit = v.toInt(&ok);
            }
            if (!ok || request.limit < 1) {
                return Cli::tr("glossa search: --limit needs a positive number of articles, not '%1'.\n").arg(v);
            }
        } else if (a == u"--json") {
            request.json = true;
        } else if (a.startsWith(u"--")) {
            return Cli::tr("glossa search: unknown option '%1'.\n").arg(a);
        } else {
            request.words << a; // a query may be one argument or several words (and -excluded ones)
        }
    }
    if (request.words.join(u' ').trimmed().isEmpty()) {
        return Cli::tr("glossa search: what should it look for? Give words, as in glossa search \"deterrenza "
                       "nucleare\".\n");
    }
    const Search::Filters &f = request.filters;
    if (f.since.isValid() && f.until.isValid() && f.since > f.until) {
        return Cli::tr("glossa search: --since %1 is after --until %2: no date is in that range.\n")
            .arg(f.since.toString(Qt::ISODate), f.until.toString(Qt::ISODate));
    }
    return {};
}

// The palette names of the colours asked for; an error sentence (listing the palette) when one is
// not in it.
QString resolveColors(const Model::Palette &palette, const QStringList &wanted, QStringList &names)
{
    for (const QString &w : wanted) {
        const auto name = paletteColorNamed(palette, w);
        if (!name) {
            return Cli::tr("glossa search: '%1' is not a colour of this library's palette; use one of: %2.\n")
                .arg(w, paletteColorChoices(palette));
        }
        names << *name;
    }
    return {};
}

QString kindName(Search::HitKind kind)
{
    switch (kind) {
    case Search::HitKind::Title:
        return QStringLiteral("title");
    case Search::HitKind::Text:
        return QStringLiteral("text");
    case Search::HitKind::Note:
        return QStringLiteral("note");
    case Search::HitKind::Comment:
        return QStringLiteral("comment");
    }
    return {};
}

QJsonArray facetJson(const QList<Search::FacetValue> &values)
{
    QJsonArray out;
    for (const Search::FacetValue &v : values) {
        out.append(QJsonObject {{u"value"_s, v.value}, {u"label"_s, v.label}, {u"count"_s, v.count}});
    }
    return out;
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const QString &query, const Search::Results &results)
{
    QJsonArray hits;
    for (const Search::ArticleHits &a : results.articles) {
        for (const Search::Hit &h : a.hits) {
            QJsonObject o {{u"articleId"_s, h.articleId}, {u"articleTitle"_s, h.articleTitle},
                {u"kind"_s, kindName(h.kind)}, {u"snippet"_s, h.snippet.text}, {u"score"_s, -h.rank}};
            if (!h.annotationId.isEmpty()) {
                o.insert(u"annotationId"_s, h.annotationId);
            }
            if (!h.commentId.isEmpty()) {
                o.insert(u"commentId"_s, h.commentId);
            }
            if (!h.color.isEmpty()) {
                o.insert(u"color"_s, h.color);
            }
            if (h.start >= 0) {
                o.insert(u"start"_s, qint64(h.start));
                o.insert(u"end"_s, qint64(h.end));
            }
            QJsonArray marks;
            for (const Search::Mark &m : h.snippet.marks) {
                marks.append(QJsonArray {qint64(m.start), qint64(m.end)});
            }
            if (!marks.isEmpty()) {
                o.insert(u"marks"_s, marks);
            }
            hits.append(o);
        }
    }
    const Search::Facets &f = results.facets;
    return QJsonObject {
        {u"query"_s, query},
        {u"readAsPlainWords"_s, results.readAsPlainWords},
        {u"totalHits"_s, results.totalHits},
        {u"capped"_s, results.capped},
        {u"hits"_s, hits},
        {u"facets"_s,
            QJsonObject {{u"colors"_s, facetJson(f.colors)}, {u"tags"_s, facetJson(f.tags)},
                {u"authors"_s, facetJson(f.authors)}, {u"kinds"_s, facetJson(f.kinds)},
                {u"languages"_s, facetJson(f.languages)},
                {u"dates"_s, QJsonObject {{u"first"_s, dateJson(f.first)}, {u"last"_s, dateJson(f.last)}}}}},
    };
}

void printText(const Search::Results &results, const Model::Palette &palette)
{
    int shown = 0;
    for (const Search::ArticleHits &a : results.articles) {
        out() << (a.title.isEmpty() ? Cli::tr("Untitled article") : a.title) << QStringLiteral(" (") << a.articleId
              << QStringLiteral(")\n");
        for (const Search::Hit &h : a.hits) {
            QString kind = kindName(h.kind);
            if (h.kind == Search::HitKind::Note && !h.color.isEmpty()) {
                kind += QStringLiteral(" [%1]").arg(palette.labelFor(h.color));
            }
            out() << QStringLiteral("  ") << kind << QStringLiteral(": ")
                  << h.snippet.marked(QStringLiteral("["), QStringLiteral("]"), [](const QString &t) { return t; })
                  << u'\n';
            ++shown;
        }
    }
    if (results.totalHits == 0) {
        out() << Cli::tr("Nothing in the library matches.") << u'\n';
        return;
    }
    out() << (results.capped ? Cli::tr("%1 shown of more than %2 matching") : Cli::tr("%1 shown of %2 matching"))
                 .arg(shown)
                 .arg(results.totalHits)
          << u'\n';
}

} // namespace

int runSearch(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    SearchRequest request;
    if (const QString error = parse(args, request); !error.isEmpty()) {
        err() << error << searchUsage();
        return ExitUsage;
    }
    Library library;
    if (!LibraryAccess::openReadOnly(library, dir)) {
        return ExitFailure;
    }
    if (const QString error = resolveColors(library.palette(), request.colors, request.filters.colors);
        !error.isEmpty()) {
        err() << error;
        return ExitUsage;
    }
    Search::Query query;
    query.text = request.words.join(u' ');
    query.limit = request.limit;
    query.hitsPerArticle = kHitsPerArticle;
    query.filters = request.filters;
    const auto found = Search::LibrarySearch(library.store()->db()).find(query);
    if (!found) {
        err() << QStringLiteral("glossa search: ") << found.error().message << u'\n';
        return ExitFailure;
    }
    if (found->readAsPlainWords) {
        err() << Cli::tr("glossa search: the query could not be read as search syntax (a lone quote, an operator "
                         "such as AND, a very long query…), so it was searched as plain words.\n");
    }
    if (request.json) {
        out() << QString::fromUtf8(QJsonDocument(toJson(query.text, *found)).toJson(QJsonDocument::Indented));
    } else {
        printText(*found, library.palette());
    }
    return ExitOk;
}

} // namespace Glossa::Cli
