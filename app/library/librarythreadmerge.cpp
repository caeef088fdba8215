// SPDX-License-Identifier: GPL-3.0-or-later
// Exchanging discussion threads: an article's thread as a file, and a file merged back in.
#include "anchor/anchorer.h"
#include "anchor/placement.h"
#include "library.h"
#include "library_p.h"
#include "store/annotationrepository.h"
#include "thread/threadfile.h"
#include "threadchangecommand.h"

#include <QHash>
#include <QSet>

namespace Glossa {

using namespace LibraryPrivate;

using Store::Status;

namespace {

int newVotes(const Model::Comment &before, const Model::Comment &after)
{
    int n = 0;
    for (auto it = after.ballots.cbegin(); it != after.ballots.cend(); ++it) {
        n += before.ballots.value(it.key()) != it.value() ? 1 : 0;
    }
    return n;
}

} // namespace

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
    if (!byId || *byId || file.contentHash.isEmpty()) {
        return byId;
    }
    const auto articles = readArticles();
    if (!articles) {
        return articles.error();
    }
    for (const Model::Article &a : *articles) {
        const auto revision = readCurrentRevision(a.id);
        if (!revision) {
            return revision.error();
        }
        if (*revision && (*revision)->contentHash == file.contentHash) {
            return std::optional<Model::Article>(a);
        }
    }
    return std::optional<Model::Article>();
}

Store::Result<Library::ThreadMerge> Library::mergeThread(const QString &articleId, const Thread::ThreadFile &file)
{
    if (!m_store) {
        return refusal(notOpen());
    }
    const auto revision = readCurrentRevision(articleId);
    const auto local = readComments(articleId);
    if (!revision || !local) {
        return refusal(!revision ? revision.error() : local.error());
    }
    QHash<QString, Thread::Entry> mine;
    for (const Model::Comment &c : *local) {
        const auto edits = readCommentEdits(c.id);
        if (!edits) {
            return refusal(edits.error());
        }
        mine.insert(c.id, {c, *edits});
    }
    QHash<QString, Model::Annotation> anchorsInFile;
    for (const Model::Annotation &a : file.anchors) {
        anchorsInFile.insert(a.id, a);
    }

    ThreadMerge summary;
    QList<Thread::Entry> incoming; // new to this library, in the file's order
    QList<ThreadChangeCommand::Change> changed;
    for (Thread::Entry e : file.comments) {
        e.comment.articleId = articleId;
        const auto it = mine.constFind(e.comment.id);
        if (it == mine.cend()) {
            const auto elsewhere = readComment(e.comment.id);
            if (!elsewhere) {
                return refusal(elsewhere.error());
            }
            if (*elsewhere) {
                return refusal(tr("Comment %1 of the file is on another article of this library.").arg(e.comment.id));
            }
            summary.votes += int(e.comment.ballots.size());
            incoming.append(std::move(e));
            continue;
        }
        Thread::Entry after = Thread::merge(*it, e);
        // Where a comment sits is this library's: its passage may have been removed here.
        after.comment.annotationId = it->comment.annotationId;
        after.comment.parentId = it->comment.parentId;
        if (Thread::same(after, *it)) {
            continue;
        }
        const bool textChanged = after.comment.body != it->comment.body || after.history.size() != it->history.size();
        const int votes = newVotes(it->comment, after.comment);
        summary.edits += textChanged ? 1 : 0;
        summary.votes += votes;
        summary.otherChanges += !textChanged && votes == 0 ? 1 : 0;
        changed.append({*it, after});
    }

    // New comments go in parents first; a reply whose parent neither side has cannot be stored.
    QList<Thread::Entry> added;
    QSet<QString> present(mine.keyBegin(), mine.keyEnd());
    while (!incoming.isEmpty()) {
        const qsizetype before = incoming.size();
        for (qsizetype i = 0; i < incoming.size();) {
            const Model::Comment &c = incoming[i].comment;
            if (c.parentId.isEmpty() || present.contains(c.parentId)) {
                present.insert(c.id);
                added.append(incoming.takeAt(i));
            } else {
                ++i;
            }
        }
        if (incoming.size() == before) {
            return refusal(tr("Comment %1 of the file answers comment %2, which neither the file nor this library "
                              "has; nothing was merged.")
                    .arg(incoming.first().comment.id, incoming.first().comment.parentId));
        }
    }

    // The passages new inline comments are on, anchored on this library's text of the article.
    QList<Model::Annotation> anchors;
    QSet<QString> anchored;
    Store::AnnotationRepository annotations(m_store->db());
    std::optional<Anchor::Anchorer> anchorer;
    for (Thread::Entry &e : added) {
        QString &on = e.comment.annotationId;
        if (on.isEmpty() || anchored.contains(on)) {
            continue;
        }
        const auto here = read(annotations.find(on));
        if (!here) {
            return refusal(here.error());
        }
        if (*here) {
            if ((*here)->articleId != articleId) {
                return refusal(tr("The passage %1 of the file is on another article of this library.").arg(on));
            }
            continue;
        }
        if (!anchorsInFile.contains(on) || !*revision) {
            ++summary.passagesNotFound;
            on.clear(); // in the thread, without its passage
            continue;
        }
        Model::Annotation a = anchorsInFile.value(on);
        const Model::Revision &text = **revision;
        if (!anchorer) {
            anchorer.emplace(text.canonicalText());
        }
        const Model::Anchor where = anchorer->anchor(a.selector);
        a.articleId = articleId;
        a.kind = Model::AnnotationKind::CommentAnchor;
        a.revisionId = text.id;
        if (where.isAnchored()) {
            const QString quote = a.selector.exact;
            Anchor::placeExactly(a, text, where.start, where.end);
            a.anchor = where;
            a.originalQuote = a.selector.exact == quote ? QString() : quote;
        } else {
            a.anchor = Model::Anchor();
            ++summary.passagesNotFound;
        }
        if (!a.created.isValid()) {
            a.created = QDateTime::currentDateTimeUtc();
        }
        a.updated = a.created;
        anchored.insert(on);
        anchors.append(a);
    }
    summary.added = int(added.size());
    if (added.isEmpty() && changed.isEmpty()) {
        return summary;
    }
    if (Status s = push(new ThreadChangeCommand(this, tr("Merge discussion"), articleId, anchors, added, changed));
        !s) {
        return s.error();
    }
    return summary;
}

} // namespace Glossa
