// SPDX-License-Identifier: GPL-3.0-or-later
// The links an export carries (Markdown's "Links" section, the W3C "linking" annotations, the PDF's
// "Links" appendix): an article's outgoing links and backlinks with both ends looked up
// (Links::LinkReader), each once, and for the other end its article and current revision, so an
// export can name it (title, W3C source) and point into its text (selectors). Read once from the
// library; each format lays it out.
#pragma once

#include "links/linkstatus.h"
#include "model/article.h"
#include "model/result.h"
#include "model/revision.h"

#include <QList>
#include <QString>

#include <optional>

namespace Glossa {
class Library;
}

namespace Glossa::Export {

struct ExportLink {
    Links::LinkView view;
    bool outgoing = true; // from this article (a link within the article is listed once, as outgoing)
    // The other end's article and its current revision, when the library still has them.
    std::optional<Model::Article> otherArticle;
    std::optional<Model::Revision> otherRevision;

    // This article's end and the other one, as the export writes them.
    const Links::LinkEndState &here() const { return outgoing ? view.from : view.to; }
    const Links::LinkEndState &other() const { return outgoing ? view.to : view.from; }
    // The other end's article title as it reads now, or, when that article is gone, its id.
    QString otherTitle() const;
};

struct ExportLinks {
    QList<ExportLink> links; // outgoing links first (oldest first), then backlinks

    bool isEmpty() const { return links.isEmpty(); }

    // The article's links, or an Error when the library cannot be read.
    static Result<ExportLinks> read(const Library &library, const QString &articleId);
};

} // namespace Glossa::Export
