// SPDX-License-Identifier: GPL-3.0-or-later
// An article's discussion as a thread file, and the article of this library a thread file is on.
#include "library.h"
#include "library_p.h"
#include "thread/articlematch.h"
#include "thread/threadfile.h"

#include <QSet>

namespace Glossa {

using namespace LibraryPrivate;

Store::Result<Thread::ThreadFile> Library::readThreadFile(const QString &articleId) const
{
    const auto article = existing(readArticle(articleId), tr("There is no article %1.").arg(articleId));
    if (!article) {
        return article.error();
    }
    const auto revision = readCurrentRevision(articleId);
    const auto comments = readComments(articleId);
    const auto annotations = readAnnotations(articleId);
    if (!revision || !comments || !annotations) {
        return !revision ? revision.error() : !comments ? comments.error() : annotations.error();
    }
    Thread::ThreadFile file;
    file.articleId = article->id;
    file.title = article->title;
    file.source = article->source;
    file.contentHash = *revision ? (*revision)->contentHash : QString();
    file.textSketch = *revision ? Thread::sketch((*revision)->canonicalText()) : Thread::TextSketch();
    QSet<QString> onPassages;
    for (const Model::Comment &c : *comments) {
        const auto edits = readCommentEdits(c.id);
        if (!edits) {
            return edits.error();
        }
        file.comments.append({c, *edits});
        if (!c.annotationId.isEmpty()) {
            onPassages.insert(c.annotationId);
        }
    }
    for (const Model::Annotation &a : *annotations) {
        if (onPassages.contains(a.id)) {
            file.anchors.append(a);
        }
    }
    return file;
}

Store::Result<std::optional<Model::Article>> Library::readThreadArticle(const Thread::ThreadFile &file) const
{
    const auto byId = readArticle(file.articleId);
    if (!byId || *byId || (file.contentHash.isEmpty() && file.textSketch.isEmpty())) {
        return byId;
    }
    const auto articles = readArticles();
    if (!articles) {
        return articles.error();
    }
    // The same text, else the text that resembles the file's most, if it does closely enough.
    std::optional<Model::Article> closest;
    double best = 0;
    for (const Model::Article &a : *articles) {
        const auto revision = readCurrentRevision(a.id);
        if (!revision) {
            return revision.error();
        }
        if (!*revision) {
            continue;
        }
        if (!file.contentHash.isEmpty() && (*revision)->contentHash == file.contentHash) {
            return std::optional<Model::Article>(a);
        }
        double score = 0;
        if (!file.textSketch.isEmpty()
            && Thread::matches(
                file.source, file.textSketch, a.source, Thread::sketch((*revision)->canonicalText()), &score)
            && score > best) {
            best = score;
            closest = a;
        }
    }
    return closest;
}

} // namespace Glossa
