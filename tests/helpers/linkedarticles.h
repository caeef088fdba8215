// SPDX-License-Identifier: GPL-3.0-or-later
// Links between the window fixture's sample articles, for the link markers' and the Links pane's
// tests: passages taken from an article's own text (a block's first words), and links between them
// made through the library as the picker would.
#pragma once

#include "anchor/placement.h"
#include "library/library.h"
#include "library/undostack.h"
#include "store/linkrepository.h"

#include <QStringList>

namespace Glossa::Test {

struct Passage {
    QString articleId;
    qsizetype start = -1;
    qsizetype end = -1;
    QString quote;
    Model::Annotation annotation; // the passage as a new link end (not stored)
};

// The first `words` words of block `block` of the article's current text (-1 start when it has no
// such block).
inline Passage passageOf(const Library &library, const QString &articleId, int block, int words = 6)
{
    Passage p;
    p.articleId = articleId;
    const auto revision = library.currentRevision(articleId);
    if (!revision || block >= revision->blocks().size()) {
        return p;
    }
    const Model::Block &b = revision->blocks().at(block);
    const QString text = revision->canonicalText().mid(b.start, b.end - b.start);
    const QStringList parts = text.split(u' ');
    p.quote = parts.mid(0, words).join(u' ');
    p.start = b.start;
    p.end = b.start + p.quote.size();
    p.annotation = Anchor::exactHighlight(*revision, p.start, p.end);
    p.annotation.articleId = articleId;
    return p;
}

// The sample articles other than `shown`, in the library's order.
inline QStringList otherArticles(const Library &library, const QString &shown)
{
    QStringList ids;
    for (const Model::Article &a : library.articles()) {
        if (a.id != shown) {
            ids << a.id;
        }
    }
    return ids;
}

// Links two passages (each stored as a new link anchor); the link's id, empty when refused.
inline QString link(Library &library, const Passage &from, const Passage &to, const QString &relation)
{
    return library
        .addLink(
            Library::LinkTarget::newPassage(from.annotation), Library::LinkTarget::newPassage(to.annotation), relation)
        .valueOr({});
}

} // namespace Glossa::Test
