// SPDX-License-Identifier: GPL-3.0-or-later
// A link as the views show it: both ends with their article's title, their quote and whether they
// still hold (ok), read differently since an update (changed) or are gone (dangling), and an
// article's links split into outgoing links and backlinks. GUI-free: the Links pane, the reader's
// markers and `glossa links` read the same thing.
#pragma once

#include "model/annotation.h"
#include "model/link.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

namespace Glossa {
class Library;
}

namespace Glossa::Links {

enum class LinkStatus { Ok, Changed, Dangling };

// The status's name where it is stored or sent (JSON): "ok", "changed", "dangling".
QString linkStatusName(LinkStatus status);
// What a user reads for it, translated.
QString linkStatusLabel(LinkStatus status);

// One end of a link, looked up.
struct LinkEndState {
    Model::LinkEnd end; // as the link stores it (end.quote: what it said when linked)
    bool articleExists = false;
    QString articleTitle; // empty when the article is gone
    std::optional<Model::Annotation> annotation; // the passage now, when it still exists
    LinkStatus status = LinkStatus::Dangling;

    bool isWholeArticle() const { return end.annotationId.isEmpty(); }
    // The passage's words: as it reads now, or, for a passage that is gone, what it said when linked;
    // empty for a whole article.
    QString quote() const;
};

// An end's status: dangling when its article or annotation is gone or its passage is an orphan,
// changed when the passage reads differently since an update (Annotation::textChanged), else ok.
LinkStatus endStatus(bool articleExists, bool wholeArticle, const std::optional<Model::Annotation> &annotation);

struct LinkView {
    Model::Link link;
    LinkEndState from;
    LinkEndState to;
    LinkStatus status = LinkStatus::Ok; // the worse of the two ends'
};

struct ArticleLinks {
    QList<LinkView> outgoing; // links from the article (or a passage of it), oldest first
    QList<LinkView> incoming; // backlinks: links to it from anywhere (within the article too)
};

class LinkReader
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Links::LinkReader)

public:
    // The article's links and backlinks with both ends looked up, ready to show.
    static Result<ArticleLinks> read(const Library &library, const QString &articleId);
    // Calls `changed` (in `context`) on every library change that may change what read() gives: a
    // link made or taken away, a passage added, moved or deleted (an update, an undo), an article
    // added, renamed or deleted, here or at a link's other end.
    static void onChange(const Library *library, QObject *context, const std::function<void()> &changed);
};

} // namespace Glossa::Links
