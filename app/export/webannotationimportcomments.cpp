// SPDX-License-Identifier: GPL-3.0-or-later
// The discussion's comments in an imported W3C file: what the thread merge is given.
#include "library/library.h"
#include "webannotationimport.h"
#include "webannotationimport_p.h"
#include "webannotationparse_p.h"

#include <QHash>
#include <QSet>

namespace Glossa::Export {

Thread::Entry WebAnnotationImportPrivate::commentEntry(const ParsedItem &p, const Model::Article &article)
{
    Thread::Entry e;
    Model::Comment &c = e.comment;
    c.id = p.id;
    c.articleId = article.id;
    c.parentId = p.comment->parentId;
    c.annotationId = p.comment->passageId;
    c.author = p.author;
    c.deleted = p.comment->deleted;
    c.body = c.deleted ? QString() : p.note;
    c.created = p.created.isValid() ? p.created : QDateTime::currentDateTimeUtc();
    c.edited = p.updated.isValid() && p.updated != c.created ? p.updated : QDateTime();
    c.ballots = p.comment->ballots;
    c.votes = p.comment->votes;
    c.resolved = p.comment->resolved;
    return e;
}

Status WebAnnotationImportPrivate::settleComments(const Library &library, AnnotationImport &import)
{
    Thread::ThreadFile &thread = import.thread;
    const QString &articleId = thread.articleId;
    QHash<QString, std::optional<Model::Comment>> stored;
    for (const Thread::Entry &e : std::as_const(thread.comments)) {
        for (const QString &id : {e.comment.id, e.comment.parentId}) {
            if (!id.isEmpty() && !stored.contains(id)) {
                const auto read = library.readComment(id);
                if (!read) {
                    return Error {.code = read.error().code,
                        .message
                        = WebAnnotationImport::tr("The library could not be read: %1").arg(read.error().message)};
                }
                stored.insert(id, *read);
            }
        }
    }
    auto reject = [&](qsizetype k, const QString &reason) {
        ImportedAnnotation &item = import.items[import.commentItems[k]];
        item.outcome = ImportOutcome::Rejected;
        item.reason = reason;
        thread.comments.removeAt(k);
        import.commentItems.removeAt(k);
    };
    for (qsizetype k = thread.comments.size() - 1; k >= 0; --k) {
        const std::optional<Model::Comment> &same = stored.value(thread.comments[k].comment.id);
        if (same && same->articleId != articleId) {
            reject(k, WebAnnotationImport::tr("a comment with this id is already on another article"));
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        QSet<QString> inFile;
        for (const Thread::Entry &e : std::as_const(thread.comments)) {
            inFile.insert(e.comment.id);
        }
        for (qsizetype k = thread.comments.size() - 1; k >= 0; --k) {
            const QString &parent = thread.comments[k].comment.parentId;
            const std::optional<Model::Comment> &here = stored.value(parent);
            if (!parent.isEmpty() && !inFile.contains(parent) && !(here && here->articleId == articleId)) {
                reject(k, WebAnnotationImport::tr("it answers a comment that neither the file nor this article has"));
                changed = true;
            }
        }
    }
    return {};
}

} // namespace Glossa::Export
