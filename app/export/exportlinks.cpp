// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlinks.h"

#include "library/library.h"

#include <QHash>
#include <QSet>

namespace Glossa::Export {

QString ExportLink::otherTitle() const
{
    const Links::LinkEndState &end = other();
    return end.articleExists ? end.articleTitle : end.end.articleId;
}

Result<ExportLinks> ExportLinks::read(const Library &library, const QString &articleId)
{
    const auto read = Links::LinkReader::read(library, articleId);
    if (!read) {
        return read.error();
    }
    // Many links often go to the same few articles: each is read once.
    struct Other {
        std::optional<Model::Article> article;
        std::optional<Model::Revision> revision;
    };
    QHash<QString, Other> others;
    auto lookUp = [&](const QString &id) -> Result<Other> {
        if (const auto it = others.constFind(id); it != others.cend()) {
            return *it;
        }
        Other o;
        const auto article = library.readArticle(id);
        if (!article) {
            return article.error();
        }
        o.article = *article;
        if (o.article) {
            const auto revision = library.readCurrentRevision(id);
            if (!revision) {
                return revision.error();
            }
            o.revision = *revision;
        }
        others.insert(id, o);
        return o;
    };

    ExportLinks out;
    QSet<QString> listed;
    auto add = [&](const Links::LinkView &view, bool outgoing) -> Status {
        if (listed.contains(view.link.id)) {
            return {};
        }
        listed.insert(view.link.id);
        ExportLink link {.view = view, .outgoing = outgoing};
        const auto other = lookUp(link.other().end.articleId);
        if (!other) {
            return other.error();
        }
        link.otherArticle = other->article;
        link.otherRevision = other->revision;
        out.links.append(std::move(link));
        return {};
    };
    for (const Links::LinkView &view : read->outgoing) {
        if (const Status s = add(view, true); !s) {
            return s.error();
        }
    }
    for (const Links::LinkView &view : read->incoming) {
        if (const Status s = add(view, false); !s) {
            return s.error();
        }
    }
    return out;
}

} // namespace Glossa::Export
