// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa list [--json] [--library DIR]`: the library's articles, one per line or as a JSON array.
#include "command.h"
#include "jsonview.h"
#include "library/library.h"
#include "librarycommands.h"
#include "store/annotationrepository.h"
#include "store/commentrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Glossa::Cli {

int runList(const QStringList &arguments, const Context &)
{
    QStringList args = arguments;
    bool ok = false;
    const QString dir = LibraryAccess::takeLibraryOption(args, &ok);
    if (!ok) {
        return ExitUsage;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    if (!args.isEmpty()) {
        err() << LibraryAccess::tr(
            "glossa list: unexpected argument '%1'. Usage: glossa list [--json] [--library DIR]\n")
                     .arg(args.first());
        return ExitUsage;
    }
    Library library;
    const auto read = LibraryAccess::openArticles(library, dir, QStringLiteral("list"));
    if (!read) {
        return ExitFailure;
    }
    const QList<Model::Article> &articles = *read;
    if (json) {
        const auto unread = library.unreadCounts();
        const auto comments = Store::CommentRepository(library.store()->db()).countPerArticle();
        if (!unread || !comments) {
            err() << LibraryAccess::tr("glossa list: could not read the library: %1\n")
                         .arg(!unread ? unread.error().message : comments.error().message);
            return ExitFailure;
        }
        QJsonArray array;
        for (const Model::Article &a : articles) {
            QJsonObject o = JsonView::article(a);
            o.insert(u"comments", comments->value(a.id));
            o.insert(u"unreadComments", unread->value(a.id));
            const auto count = Store::AnnotationRepository(library.store()->db()).countForArticle(a.id);
            if (!count) {
                err() << LibraryAccess::tr("glossa list: could not read the library: %1\n").arg(count.error().message);
                return ExitFailure;
            }
            o.insert(u"annotationCount", *count);
            array.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const Model::Article &a : articles) {
        const QString title = LibraryAccess::titleOf(a);
        out() << a.id << QStringLiteral("  ") << title;
        if (!a.byline.isEmpty()) {
            out() << QStringLiteral(" — ") << a.byline;
        }
        out() << u'\n';
    }
    return ExitOk;
}

} // namespace Glossa::Cli
