// SPDX-License-Identifier: GPL-3.0-or-later
// Merging a thread file into an article's discussion, and which new comments it marks unread.
#include "anchor/anchorer.h"
#include "anchor/placement.h"
#include "library.h"
#include "library_p.h"
#include "store/annotationrepository.h"
#include "store/watchrepository.h"
#include "thread/threadfile.h"
#include "threadchangecommand.h"

#include <QHash>
#include <QSet>

#include <algorithm>

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

// `incoming` ordered so that each comment comes after its parent when the parent is among them or
// `present`; the replies whose parent is in neither come last (in the file's order), each before
// its own replies.
QList<Thread::Entry> parentsFirst(QList<Thread::Entry> incoming, QSet<QString> present)
{
    QHash<QString, QList<qsizetype>> waiting; // parent id → the replies waiting for it
    QList<qsizetype> ready;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const QString &parent = incoming[i].comment.parentId;
        if (parent.isEmpty() || present.contains(parent)) {
            ready.append(i);
        } else {
            waiting[parent].append(i);
        }
    }
    QList<Thread::Entry> out;
    QList<bool> done(incoming.size(), false);
    auto drain = [&] {
        while (!ready.isEmpty()) {
            const qsizetype i = ready.takeLast();
            if (done[i]) {
                continue;
            }
            done[i] = true;
            present.insert(incoming[i].comment.id);
            const QList<qsizetype> replies = waiting.take(incoming[i].comment.id);
            for (auto it = replies.crbegin(); it != replies.crend(); ++it) {
                ready.append(*it);
            }
            out.append(std::move(incoming[i]));
        }
    };
    std::reverse(ready.begin(), ready.end()); // takeLast: the file's order
    drain();
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (!done[i]) {
            ready.append(i); // its parent is missing (or it is in a loop of parents)
            drain();
        }
    }
    return out;
}

} // namespace

// The comments of `added` that a merge marks unread: those inside something watched (the article's
// thread, or below a watched comment), unless the local author wrote them.
Store::Result<QList<QString>> Library::newInWatched(
    const QString &articleId, const QHash<QString, Thread::Entry> &mine, const QList<Thread::Entry> &added) const
{
    const auto wholeThread = isWatchingArticleThread(articleId);
    if (!wholeThread) {
        return wholeThread.error();
    }
    const auto watched = read(Store::WatchRepository(m_store->db()).watchedComments(articleId));
    if (!watched) {
        return watched.error();
    }
    QList<QString> out;
    if (!*wholeThread && watched->isEmpty()) {
        return out;
    }
    QHash<QString, QString> parents;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        parents.insert(it.key(), it->comment.parentId);
    }
    for (const Thread::Entry &e : added) {
        parents.insert(e.comment.id, e.comment.parentId);
    }
    const QString me = localAuthorName();
    for (const Thread::Entry &e : added) {
        if (e.comment.deleted || e.comment.author == me) {
            continue;
        }
        bool inWatched = *wholeThread;
        QString up = e.comment.parentId;
        // At most as many steps as comments: a loop of parents ends the walk.
        for (qsizetype steps = 0; !inWatched && !up.isEmpty() && steps <= parents.size(); ++steps) {
            inWatched = watched->contains(up);
            up = parents.value(up);
        }
        if (inWatched) {
            out.append(e.comment.id);
        }
    }
    return out;
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

    // New comments go in parents first. A reply whose parent neither side has is kept all the same
    // (after the others), waiting for its parent: a later merge that brings it links them.
    QList<Thread::Entry> added = parentsFirst(std::move(incoming), QSet<QString>(mine.keyBegin(), mine.keyEnd()));

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
    const auto unread = newInWatched(articleId, mine, added);
    if (!unread) {
        return refusal(unread.error());
    }
    summary.unread = int(unread->size());
    // The [[ ]] of the comments the merge brings or changes become links as if written here.
    QList<MentionText> bodies;
    for (const Thread::Entry &e : std::as_const(added)) {
        bodies.append({e.comment.id, {articleId, e.comment.annotationId, {}}, e.comment.body});
    }
    for (const ThreadChangeCommand::Change &c : std::as_const(changed)) {
        bodies.append({c.after.comment.id, {articleId, c.after.comment.annotationId, {}}, c.after.comment.body});
    }
    if (Status s
        = push(new ThreadChangeCommand(this, tr("Merge discussion"), articleId, anchors, added, changed, *unread),
            mentionChanges(bodies));
        !s) {
        return s.error();
    }
    return summary;
}

} // namespace Glossa
