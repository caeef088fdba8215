// SPDX-License-Identifier: GPL-3.0-or-later
// The discussion thread's actions: comments (on the article or on a passage), replies, edits,
// deletions, one vote per author, resolving. Each is one transaction and one undo step.
#include "library.h"
#include "library_p.h"
#include "librarycommands.h"
#include "store/rowcodec.h"
#include "threadchangecommand.h"

namespace Glossa {

using namespace LibraryPrivate;

using Store::Status;

Store::Result<QString> Library::addComment(
    Model::Comment comment, std::optional<Model::Annotation> anchor, const MentionChoices &choices)
{
    if (!m_store) {
        return refusal(notOpen());
    }
    if (comment.id.isEmpty()) {
        comment.id = Store::Codec::newId();
    }
    if (!comment.created.isValid()) {
        comment.created = QDateTime::currentDateTimeUtc();
    }
    if (comment.author.isEmpty()) {
        comment.author = localAuthorName();
    }
    if (comment.body.trimmed().isEmpty()) {
        return refusal(tr("A comment needs some text."));
    }
    if (!comment.parentId.isEmpty()) {
        const auto parent
            = existing(readComment(comment.parentId), tr("There is no comment %1 to reply to.").arg(comment.parentId));
        if (!parent) {
            return parent.error();
        }
        if (parent->articleId != comment.articleId) {
            return refusal(tr("Comment %1 is on another article; a reply goes on the same article as the comment "
                              "it answers.")
                    .arg(comment.parentId));
        }
    }
    if (anchor) {
        if (anchor->id.isEmpty()) {
            anchor->id = Store::Codec::newId();
        }
        anchor->articleId = comment.articleId;
        anchor->kind = Model::AnnotationKind::CommentAnchor;
        comment.annotationId = anchor->id;
    } else if (!comment.annotationId.isEmpty()) {
        const auto on = existing(
            readAnnotation(comment.annotationId), tr("There is no annotation %1.").arg(comment.annotationId));
        if (!on) {
            return on.error();
        }
        if (on->articleId != comment.articleId) {
            return refusal(tr("Annotation %1 is on another article.").arg(comment.annotationId));
        }
    }
    const QString id = comment.id;
    const QString quote = anchor ? anchor->selector.exact : QString();
    auto mentions = mentionChange(id, {comment.articleId, comment.annotationId, quote}, comment.body, choices);
    if (Status s = push(new AddCommentCommand(this, std::move(comment), std::move(anchor)), std::move(mentions)); !s) {
        return s.error();
    }
    return id;
}

Status Library::editComment(const QString &commentId, const QString &body, const MentionChoices &choices)
{
    const auto before = existing(readComment(commentId), tr("There is no comment %1.").arg(commentId));
    if (!before) {
        return before.status();
    }
    if (before->deleted) {
        return refusal(tr("Comment %1 was deleted; its text cannot be edited.").arg(commentId));
    }
    if (body.trimmed().isEmpty()) {
        return refusal(tr("A comment needs some text."));
    }
    return push(new EditCommentCommand(this, *before, body, QDateTime::currentDateTimeUtc()),
        mentionChange(commentId, {before->articleId, before->annotationId, {}}, body, choices));
}

Status Library::deleteComment(const QString &commentId)
{
    const auto before = existing(readComment(commentId), tr("There is no comment %1.").arg(commentId));
    if (!before) {
        return before.status();
    }
    if (before->deleted) {
        return refusal(tr("Comment %1 is already deleted.").arg(commentId));
    }
    const auto edits = readCommentEdits(commentId);
    if (!edits) {
        return refusal(edits.error());
    }
    // A tombstone: the text and its history go, the id stays, so replies keep their place and a
    // thread file from before the deletion does not bring the comment back.
    Thread::Entry after {*before, {}};
    after.comment.deleted = true;
    after.comment.body.clear();
    return push(new ThreadChangeCommand(
                    this, tr("Delete comment"), before->articleId, {}, {}, {{Thread::Entry {*before, *edits}, after}}),
        mentionChange(commentId, {before->articleId, {}, {}}, {}, {}));
}

Store::Result<int> Library::voteComment(const QString &commentId, const QString &voter, CommentVote vote)
{
    const auto before = existing(readComment(commentId), tr("There is no comment %1.").arg(commentId));
    if (!before) {
        return before.error();
    }
    if (voter.trimmed().isEmpty()) {
        return refusal(tr("A vote needs the name of who casts it."));
    }
    const int old = before->ballots.value(voter, 0);
    const int asked = vote == CommentVote::Up ? 1 : vote == CommentVote::Down ? -1 : 0;
    // Voting the way one already voted takes the vote back, as a second click on the arrow does.
    const int now = asked == old ? 0 : asked;
    if (now == old) {
        return now; // nothing to take back: no step
    }
    Model::Comment after = *before;
    after.votes += now - old;
    if (now == 0) {
        after.ballots.remove(voter);
    } else {
        after.ballots.insert(voter, now);
    }
    const QString text = now == 0 ? tr("Take back vote") : now > 0 ? tr("Vote up") : tr("Vote down");
    if (Status s = push(new CommentStateCommand(this, *before, after, text)); !s) {
        return s.error();
    }
    return now;
}

Status Library::setCommentResolved(const QString &commentId, bool resolved)
{
    const auto before = existing(readComment(commentId), tr("There is no comment %1.").arg(commentId));
    if (!before) {
        return before.status();
    }
    Model::Comment after = *before;
    after.resolved = resolved;
    return push(new CommentStateCommand(this, *before, after, resolved ? tr("Resolve") : tr("Reopen")));
}

} // namespace Glossa
