// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa show ARTICLE [--json] [--library DIR]`: one article with its current revision (blocks),
// annotations with their selectors, links from and to it (as `glossa links` shows them: outgoing and
// incoming, each end looked up, with its status), and its comment thread.
#include "command.h"
#include "jsonview.h"
#include "library/library.h"
#include "librarycommands.h"
#include "links/linkrelation.h"
#include "links/linkstatus.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Glossa::Cli {

namespace {

// Everything `show` prints about one article, read before anything is printed.
struct Shown {
    std::optional<Model::Revision> revision;
    QList<Model::Annotation> annotations;
    Links::ArticleLinks links;
    QList<Model::Comment> comments;
};

Result<Shown> read(const Library &library, const QString &articleId)
{
    Shown shown;
    auto revision = library.readCurrentRevision(articleId);
    if (!revision) {
        return revision.error();
    }
    shown.revision = std::move(*revision);
    auto annotations = library.readAnnotations(articleId);
    if (!annotations) {
        return annotations.error();
    }
    shown.annotations = std::move(*annotations);
    auto links = Links::LinkReader::read(library, articleId);
    if (!links) {
        return links.error();
    }
    shown.links = std::move(*links);
    auto comments = library.readComments(articleId);
    if (!comments) {
        return comments.error();
    }
    shown.comments = std::move(*comments);
    return shown;
}

void printText(const Model::Article &a, const Shown &shown)
{
    const std::optional<Model::Revision> &revision = shown.revision;
    QTextStream &o = out();
    o << LibraryAccess::titleOf(a) << u'\n';
    if (!a.byline.isEmpty()) {
        o << a.byline << u'\n';
    }
    o << LibraryAccess::tr("id: %1").arg(a.id) << u'\n';
    if (!a.source.isEmpty()) {
        o << LibraryAccess::tr("source: %1").arg(a.source) << u'\n';
    }
    if (revision) {
        o << LibraryAccess::tr("revision: %1 (%n block(s))", nullptr, int(revision->blocks().size())).arg(revision->id)
          << QStringLiteral("\n\n") << revision->canonicalText() << QStringLiteral("\n");
    }
    const QList<Model::Annotation> &annotations = shown.annotations;
    o << u'\n' << LibraryAccess::tr("%n annotation(s)", nullptr, int(annotations.size())) << u'\n';
    for (const Model::Annotation &an : annotations) {
        o << QStringLiteral("- [") << an.color << QStringLiteral("] \u201c") << an.selector.exact
          << QStringLiteral("\u201d");
        if (an.selector.hasPosition()) {
            o << QStringLiteral(" @") << an.selector.start << u'-' << an.selector.end;
        }
        o << u'\n';
        if (!an.note.isEmpty()) {
            o << QStringLiteral("  ") << an.note << u'\n';
        }
    }
    const Links::ArticleLinks &links = shown.links;
    o << u'\n' << LibraryAccess::tr("%n link(s)", nullptr, int(links.outgoing.size() + links.incoming.size())) << u'\n';
    const auto printLinks = [&o](const QList<Links::LinkView> &views, bool outgoing) {
        for (const Links::LinkView &v : views) {
            const Links::LinkEndState &other = outgoing ? v.to : v.from;
            const QString title = other.articleExists ? other.articleTitle : LibraryAccess::tr("a deleted article");
            o << QStringLiteral("- ") << v.link.id << u' '
              << (outgoing ? LibraryAccess::tr("%1 → %2") : LibraryAccess::tr("%1 ← %2"))
                     .arg(Links::LinkRelation::label(v.link.relation), title);
            if (v.status != Links::LinkStatus::Ok) {
                o << QStringLiteral(" [") << Links::linkStatusLabel(v.status) << u']';
            }
            o << u'\n';
        }
    };
    printLinks(links.outgoing, true);
    printLinks(links.incoming, false);
    const QList<Model::Comment> &comments = shown.comments;
    o << u'\n' << LibraryAccess::tr("%n comment(s)", nullptr, int(comments.size())) << u'\n';
    for (const Model::Comment &c : comments) {
        o << (c.parentId.isEmpty() ? QStringLiteral("- ") : QStringLiteral("  > ")) << c.author << QStringLiteral(": ")
          << c.body << u'\n';
    }
}

} // namespace

int runShow(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (args.size() != 1) {
        err() << LibraryAccess::tr("glossa show: name one article (its id or title). "
                                   "Usage: glossa show ARTICLE [--json] [--library DIR]\n");
        return ExitUsage;
    }
    Library library;
    const std::optional<Model::Article> found = LibraryAccess::openArticle(
        library, dir, args.first(), QStringLiteral("show"), LibraryAccess::Access::ReadOnly);
    if (!found) {
        return ExitFailure;
    }
    const Model::Article &a = *found;
    const Result<Shown> shown = read(library, a.id);
    if (!shown) {
        err() << QStringLiteral("glossa show: ") << shown.error().message << u'\n';
        return ExitFailure;
    }
    if (!json) {
        printText(a, *shown);
        return ExitOk;
    }
    QJsonObject o = JsonView::article(a);
    o.insert(u"revision", shown->revision ? QJsonValue(JsonView::revision(*shown->revision)) : QJsonValue());
    QJsonArray annotations, comments;
    for (const Model::Annotation &an : shown->annotations) {
        annotations.append(JsonView::annotation(an));
    }
    QJsonArray outgoing, incoming;
    for (const Links::LinkView &v : shown->links.outgoing) {
        outgoing.append(JsonView::linkView(v));
    }
    for (const Links::LinkView &v : shown->links.incoming) {
        incoming.append(JsonView::linkView(v));
    }
    for (const Model::Comment &c : shown->comments) {
        comments.append(JsonView::comment(c));
    }
    o.insert(u"annotations", annotations);
    o.insert(u"links", QJsonObject {{QStringLiteral("outgoing"), outgoing}, {QStringLiteral("incoming"), incoming}});
    o.insert(u"comments", comments);
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace Glossa::Cli
