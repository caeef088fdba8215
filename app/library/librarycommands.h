// SPDX-License-Identifier: GPL-3.0-or-later
// The undoable user actions on a library. Each command captures everything it needs to go both
// ways (the full before/after values, ids included), so undo and redo are exact: the same UUIDs,
// times and edit history come back. Each redo and undo is one store transaction and emits the
// library's change signals.
#pragma once

#include "library.h"
#include "store/articlerepository.h"
#include "store/commentrepository.h"
#include "undostack.h"

#include <QCoreApplication>

namespace Glossa {

// What a change to notes' and comments' text does to the links their `[[ ]]` make (relation
// "mentions", see librarymentions.cpp), and for a rename the texts it rewrites: written in the
// command's own transaction, after its own change, and undone with it.
struct MentionChange {
    QList<Model::Link> added;
    QList<Model::Link> removed;
    QList<std::pair<Model::Annotation, Model::Annotation>> notes; // before, after
    QList<std::pair<Model::Comment, Model::Comment>> comments; // before, after (the body changes)

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && notes.isEmpty() && comments.isEmpty(); }
};

class LibraryCommand : public UndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::LibraryCommand)

public:
    LibraryCommand(Library *library, const QString &text);

    // A command whose first redo fails marks itself obsolete, so UndoStack::push drops it.
    void redo() final;
    void undo() final;
    // Where the next redo() writes how it went: UndoStack::push deletes a command that failed, so
    // Library::push cannot ask it afterwards.
    void reportRedoTo(Store::Status *status) { m_report = status; }
    // The mention links (and rewritten texts) this command's redo writes with its own change; its
    // undo writes them back.
    void setMentions(MentionChange mentions) { m_mentions = std::move(mentions); }
    // The change is in the library already (written through another connection, see
    // Library::adoptRevision): the first redo only announces it, the undo and later redos write.
    void markWritten() { m_written = true; }

protected:
    virtual Store::Status apply() = 0;
    virtual Store::Status revert() = 0;
    // Tells the views about the change apply() made, when it was written elsewhere (markWritten()).
    virtual void announce() { }
    // Runs `change` in one transaction, with the mention changes (forward in a redo, backward in an
    // undo); a command calls it once per apply() or revert().
    Store::Status write(const std::function<Store::Status(Store::Database &)> &change);
    Library *library() const { return m_library; }

private:
    Store::Status writeMentions(Store::Database &db) const;
    void emitMentions() const;

    Library *m_library;
    Store::Status *m_report = nullptr;
    MentionChange m_mentions;
    bool m_forward = true;
    bool m_written = false;
};

class AddAnnotationCommand final : public LibraryCommand
{
public:
    AddAnnotationCommand(Library *library, Model::Annotation annotation);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    Model::Annotation m_annotation;
};

// Replaces an annotation's fields: editing, changing the colour, editing the note.
class EditAnnotationCommand final : public LibraryCommand
{
public:
    EditAnnotationCommand(Library *library, Model::Annotation before, Model::Annotation after, const QString &text);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    Model::Annotation m_before;
    Model::Annotation m_after;
};

class RemoveAnnotationCommand final : public LibraryCommand
{
public:
    // `inlineComments`: ids of comments anchored on it, re-anchored on undo.
    RemoveAnnotationCommand(Library *library, Model::Annotation annotation, QStringList inlineComments);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    Model::Annotation m_annotation;
    QStringList m_inlineComments;
};

class AddCommentCommand final : public LibraryCommand
{
public:
    // With `anchor`, the passage's CommentAnchor annotation is stored (and removed) with the comment.
    AddCommentCommand(Library *library, Model::Comment comment, std::optional<Model::Annotation> anchor = {});

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    Model::Comment m_comment;
    std::optional<Model::Annotation> m_anchor;
};

class EditCommentCommand final : public LibraryCommand
{
public:
    EditCommentCommand(Library *library, Model::Comment before, QString body, QDateTime when);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    Model::Comment m_before;
    QString m_body;
    QDateTime m_when;
};

// Votes and the resolved flag: a before/after pair of one comment's counters.
class CommentStateCommand final : public LibraryCommand
{
public:
    CommentStateCommand(Library *library, Model::Comment before, Model::Comment after, const QString &text);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    Store::Status set(const Model::Comment &state);
    Model::Comment m_before;
    Model::Comment m_after;
};

// Replaces an article's properties (title, byline, site, source, published date, language, note,
// tags): renaming, the properties dialog, the article note, the tags.
class EditArticleCommand final : public LibraryCommand
{
public:
    EditArticleCommand(Library *library, Model::Article before, Model::Article after, const QString &text);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    Store::Status set(const Model::Article &article);
    Model::Article m_before;
    Model::Article m_after;
};

// Deletes articles with their revisions, annotations and comments, in one step; undo restores all
// of them.
class DeleteArticleCommand final : public LibraryCommand
{
public:
    DeleteArticleCommand(Library *library, QList<Store::ArticleSnapshot> snapshots);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    QList<Store::ArticleSnapshot> m_snapshots;
};

} // namespace Glossa
