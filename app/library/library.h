// SPDX-License-Identifier: GPL-3.0-or-later
// The library the application works on: a folder holding the SQLite store. Views read articles,
// revisions, annotations, links and comments from it and refresh on its change signals; every user
// action that changes it is a QUndoCommand pushed on its one undo stack (see librarycommands.h),
// and each is one transaction.
#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/comment.h"
#include "model/link.h"
#include "model/palette.h"
#include "model/revision.h"
#include "store/librarystore.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace Glossa::Store {
struct SearchHit;
struct StoredLink;
struct CommentEdit;
} // namespace Glossa::Store

namespace Glossa {

class LibraryCommand;

class Library final : public QObject
{
    Q_OBJECT

public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    // The user's default library folder: <AppDataLocation>/library.
    static QString defaultDirectory();

    // Opens (or with options.create, creates) the library in `dir`. On failure the library stays
    // closed and the failure says why (corrupt, newer version, locked…), with the newest backup.
    Store::OpenFailure open(const QString &dir, const Store::OpenOptions &options = {});
    void close();
    bool isOpen() const { return bool(m_store); }
    QString directory() const;
    Store::LibraryStore *store() const { return m_store.get(); }

    // Fills the library with the bundled sample articles (first run of the GUI on a new folder).
    void addSampleArticles();
    // Highlights and notes on the sample articles, showing a new reader what Glossa does; not
    // undo steps (the library starts with them). Quotes not found in their article are skipped.
    void addSampleAnnotations();

    // --- reading -------------------------------------------------------------------------------
    QList<Model::Article> articles() const;
    std::optional<Model::Article> article(const QString &id) const;
    std::optional<Model::Revision> currentRevision(const QString &articleId) const;
    QList<Model::Annotation> annotations(const QString &articleId) const;
    std::optional<Model::Annotation> annotation(const QString &id) const;
    QList<Store::StoredLink> links(const QString &articleId) const;
    QList<Model::Comment> comments(const QString &articleId) const;
    std::optional<Model::Comment> comment(const QString &id) const;
    QList<Store::CommentEdit> commentEdits(const QString &commentId) const;
    QList<Store::SearchHit> search(const QString &text, int limit = 50) const;
    QString localAuthorName() const;
    // The library's highlight palette (stored in the library, so the meaning of its colour names
    // travels with it); the defaults when none was saved or the stored value is unreadable.
    Model::Palette palette() const { return m_palette; }
    // How many annotations use each colour name, across the library.
    QHash<QString, int> colorUsage() const;
    // Grows with every change to the annotations or the palette, and when a library is opened: a
    // reader page served at one serial knows its embedded annotations are stale at another.
    quint64 annotationSerial() const { return m_pageSerial; }

    // --- changing ------------------------------------------------------------------------------
    // Imports an article with its first revision (not an undoable action: importing is undone by
    // deleting). Fills missing ids and times. Returns false (see lastError()) on failure.
    bool addArticle(const Model::Article &article, const Model::Revision &revision);

    // Undoable user actions: each pushes one command on undoStack(). They return false, leave the
    // stack unchanged and set lastError() when the store refused the change.
    QString addAnnotation(Model::Annotation annotation); // returns the id (filled in when empty)
    bool editAnnotation(const Model::Annotation &annotation);
    bool setAnnotationColor(const QString &annotationId, const QString &color);
    bool setAnnotationNote(const QString &annotationId, const QString &note);
    bool setAnnotationStyle(const QString &annotationId, Model::HighlightStyle style);
    bool removeAnnotation(const QString &annotationId);
    QString addLink(Model::Link link);
    bool removeLink(const QString &linkId);
    QString addComment(Model::Comment comment);
    bool editComment(const QString &commentId, const QString &body);
    bool deleteComment(const QString &commentId);
    bool voteComment(const QString &commentId, int delta);
    bool setCommentResolved(const QString &commentId, bool resolved);
    // Replaces the palette (undoable). Annotations keep their colour names either way.
    bool setPalette(const Model::Palette &palette);
    bool renameArticle(const QString &articleId, const QString &title);
    bool deleteArticle(const QString &articleId);
    // Updates an article to a new revision (undoable): stores `revision`, makes it current, writes
    // `article`'s metadata and the annotations' re-anchored selectors (`reanchored`, every annotation
    // of the article), in one transaction. See LibraryImport, which computes them.
    bool reviseArticle(
        const Model::Article &article, const Model::Revision &revision, const QList<Model::Annotation> &reanchored);

    QUndoStack *undoStack() const { return m_undoStack; }
    // The last failure of a change or a read (empty when the last change succeeded).
    QString lastError() const { return m_lastError; }
    void clearError() { m_lastError.clear(); }

Q_SIGNALS:
    void opened();
    void articleAdded(const QString &id);
    void articleChanged(const QString &id);
    void articleRemoved(const QString &id);
    void annotationAdded(const QString &id, const QString &articleId);
    void annotationChanged(const QString &id, const QString &articleId);
    void annotationRemoved(const QString &id, const QString &articleId);
    void linkAdded(const QString &id);
    void linkRemoved(const QString &id);
    void commentAdded(const QString &id, const QString &articleId);
    void commentChanged(const QString &id, const QString &articleId);
    void commentRemoved(const QString &id, const QString &articleId);
    void paletteChanged();
    // A change (an action, or an undo or redo of one) could not be written; nothing changed.
    void writeFailed(const QString &message);

private:
    friend class LibraryCommand;
    friend class PaletteCommand;

    void loadPalette();

    // Runs `change` in one transaction; on failure records the error and returns false.
    bool write(const std::function<Store::Status(Store::Database &)> &change);
    bool push(LibraryCommand *command);
    void fail(const QString &message);
    void failWrite(const QString &message);
    template<typename T> T valueOr(Store::Result<T> result) const;

    std::unique_ptr<Store::LibraryStore> m_store;
    QUndoStack *m_undoStack;
    Model::Palette m_palette = Model::Palette::defaults();
    mutable QString m_lastError;
    quint64 m_pageSerial = 0;
};

} // namespace Glossa
