// SPDX-License-Identifier: GPL-3.0-or-later
// The library the application works on: a folder holding the SQLite store. Views read articles,
// revisions, annotations, links and comments from it and refresh on its change signals; every user
// action that changes it is an UndoCommand pushed on its one undo stack (see librarycommands.h),
// and each is one transaction.
//
// Errors follow Glossa's one convention (model/result.h):
// - A change returns a Store::Status, or a Store::Result<QString> carrying the new id. A refused
//   change leaves the library and the undo stack as they were; its Error's message is the sentence
//   for the user (the store's own message, "The library is busy…", "There is no annotation …").
// - A read comes in two forms. readX() returns a Store::Result: an Error means the library could
//   not be read (or is not open), and the value says what is there: a list, possibly empty, or
//   std::nullopt for "absent". x() is the views' convenience: the same value, or an empty one when
//   the read failed, after logging the failure to glossa.store (a view shows what it can and reads
//   again on the next change signal). Code that must tell "absent" from "unreadable" (the CLI,
//   imports, the changes here) uses readX().
#pragma once

#include "links/wikilinks.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/comment.h"
#include "model/link.h"
#include "model/palette.h"
#include "model/revision.h"
#include "store/articleoverview.h"
#include "store/librarystore.h"
#include "store/tagstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Glossa::Store {
struct StoredLink;
struct CommentEdit;
} // namespace Glossa::Store
namespace Glossa::Thread {
struct ThreadFile;
struct Entry;
} // namespace Glossa::Thread

namespace Glossa {

class LibraryCommand;
struct MentionChange;
class UndoStack;

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
    // Open for reading only (Store::OpenOptions::readOnly): every change is refused. The window
    // then says why (Store::LibraryStore::readOnlyCause) and disables what writes.
    bool isReadOnly() const { return m_store && m_store->isReadOnly(); }

    // Fills the library with the bundled sample articles (first run of the GUI on a new folder).
    void addSampleArticles();
    // Highlights and notes on the sample articles, showing a new reader what Glossa does; not
    // undo steps (the library starts with them). Quotes not found in their article are skipped.
    void addSampleAnnotations();

    // --- reading (see the top of this file: readX() is checked, x() logs and returns empty) -----
    Store::Result<QList<Model::Article>> readArticles() const;
    Store::Result<std::optional<Model::Article>> readArticle(const QString &id) const;
    Store::Result<std::optional<Model::Revision>> readCurrentRevision(const QString &articleId) const;
    Store::Result<QList<Model::Annotation>> readAnnotations(const QString &articleId) const;
    Store::Result<std::optional<Model::Annotation>> readAnnotation(const QString &id) const;
    Store::Result<QList<Store::StoredLink>> readLinks(const QString &articleId) const;
    Store::Result<QList<Model::Comment>> readComments(const QString &articleId) const;
    Store::Result<std::optional<Model::Comment>> readComment(const QString &id) const;
    Store::Result<QList<Store::CommentEdit>> readCommentEdits(const QString &commentId) const;
    // The local user's name, for new notes and comments (SettingsRepository::localAuthor).
    Store::Result<QString> readLocalAuthorName() const;
    // How many annotations use each colour name, across the library.
    Store::Result<QHash<QString, int>> readColorUsage() const;

    QList<Model::Article> articles() const;
    std::optional<Model::Article> article(const QString &id) const;
    std::optional<Model::Revision> currentRevision(const QString &articleId) const;
    QList<Model::Annotation> annotations(const QString &articleId) const;
    std::optional<Model::Annotation> annotation(const QString &id) const;
    QList<Store::StoredLink> links(const QString &articleId) const;
    QList<Model::Comment> comments(const QString &articleId) const;
    std::optional<Model::Comment> comment(const QString &id) const;
    QList<Store::CommentEdit> commentEdits(const QString &commentId) const;
    QString localAuthorName() const;
    QHash<QString, int> colorUsage() const;

    // --- the library list's figures (libraryoverview.cpp) -----------------------------------------
    // Every article's highlights, notes, comments and links (one query for the whole library; an
    // article with none is absent), and when each was last read (never: absent).
    Store::Result<QHash<QString, Store::ArticleOverview::Counts>> readArticleCounts() const;
    Store::Result<QHash<QString, QDateTime>> readLastRead() const;
    // Records that the article was opened for reading now (view state, not an undo step);
    // articleRead() tells the views.
    Store::Status markArticleRead(const QString &articleId, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // --- the library's own settings (librarysettings.cpp) --------------------------------------
    // How this library is viewed and who writes in it, kept in the library rather than per user
    // (the thread's sort, the author profile). Not undo steps: each is one transaction.
    // A stored value, or nullopt when none was stored or it could not be read (logged).
    std::optional<QString> setting(const QString &key) const;
    Store::Status setSetting(const QString &key, const QString &value);
    // The person writing comments here: the local author's name, an optional e-mail, and whether
    // they were asked for them yet (the window asks before the first comment).
    struct AuthorProfile {
        QString name;
        QString email;
        bool asked = false;
    };
    AuthorProfile authorProfile() const;
    // Stores the name (which new comments and votes carry from now on) and e-mail, and that the
    // person was asked. A blank name is refused.
    Store::Status setAuthorProfile(const QString &name, const QString &email);

    // The library's highlight palette (stored in the library, so the meaning of its colour names
    // travels with it); the defaults when none was saved or the stored value is unreadable.
    Model::Palette palette() const { return m_palette; }
    // Grows with every change to the annotations or the palette, and when a library is opened: a
    // reader page served at one serial knows its embedded annotations are stale at another.
    quint64 annotationSerial() const { return m_pageSerial; }

    // --- changing (see the top of this file: a refused change returns its Error) -----------------
    // Imports an article with its first revision (not an undoable action: importing is undone by
    // deleting). Fills missing ids and times.
    Store::Status addArticle(const Model::Article &article, const Model::Revision &revision);

    // --- [[wiki links]] in notes and comments (librarymentions.cpp) --------------------------------
    // A note's or comment's `[[Title]]` (Links::WikiLinks) is kept as a link with relation "mentions"
    // (Model::Link::sourceId: the annotation or comment), from the note's annotation, or the
    // comment's passage or else its article, to the whole article mentioned. Saving the text adds and
    // removes them in the same undo step; removing the note or comment removes them; renaming an
    // article rewrites the `[[Old title…]]` of the texts mentioning it. A title matches an article's
    // exactly (WikiLinks::titleKey). When two articles have the title, the text must say which:
    // `choices` (titleKey → article id; the window asks), `[[id:ARTICLE|shown]]`, or a mention link
    // the text already made; otherwise the change is refused naming the articles. Imported notes and
    // merged comments make theirs too, an ambiguous title none (an import cannot ask).
    using MentionChoices = QHash<QString, QString>;
    struct Mention {
        Links::WikiLink link;
        QString articleId; // the article it opens; empty when none has the title, or several and none chosen
        QStringList candidates; // several articles have the title and none was chosen: their ids
    };
    // Each `[[ ]]` of `text` (the note or comment `sourceId`'s, or a new one's when empty), resolved.
    Store::Result<QList<Mention>> readMentions(
        const QString &sourceId, const QString &text, const MentionChoices &choices = {}) const;
    // Where `[[Title#heading]]` opens the article (Links::WikiLinks::headingOffset on its current
    // revision): nullopt for its top.
    Store::Result<std::optional<qsizetype>> readHeadingOffset(const QString &articleId, const QString &heading) const;

    // Undoable user actions: each pushes one command on undoStack(); a refused one leaves the stack
    // unchanged. The add… actions return the new id (filled in when empty). A note's or comment's
    // `choices` say which article an ambiguous `[[Title]]` means (see above).
    Store::Result<QString> addAnnotation(Model::Annotation annotation, const MentionChoices &choices = {});
    Store::Status editAnnotation(const Model::Annotation &annotation, const MentionChoices &choices = {});
    Store::Status setAnnotationColor(const QString &annotationId, const QString &color);
    Store::Status setAnnotationNote(
        const QString &annotationId, const QString &note, const MentionChoices &choices = {});
    Store::Status setAnnotationStyle(const QString &annotationId, Model::HighlightStyle style);
    // Marks an annotation private (left out of exports unless asked) or not; no step when unchanged.
    Store::Status setAnnotationPrivate(const QString &annotationId, bool isPrivate);
    Store::Status removeAnnotation(const QString &annotationId);
    // --- links (librarylinks.cpp) ------------------------------------------------------------------
    // One end of a link to make: an existing annotation (a highlight or note is used as it is), a
    // whole article, or a new passage of an article (its selectors and anchor, as Anchor::
    // exactHighlight or the reader's selection make them), stored as a LinkAnchor annotation with
    // the link and taken away with it.
    struct LinkTarget {
        QString articleId; // the article; for an existing annotation, optional (checked when given)
        QString annotationId; // an existing annotation
        std::optional<Model::Annotation> passage; // a new passage on articleId

        static LinkTarget wholeArticle(const QString &articleId) { return {articleId, {}, {}}; }
        static LinkTarget annotation(const QString &annotationId) { return {{}, annotationId, {}}; }
        static LinkTarget newPassage(Model::Annotation passage)
        {
            QString article = passage.articleId;
            return {std::move(article), {}, std::move(passage)};
        }
    };
    enum class LinkSide { From, To };
    // Links `from` to `to` (Links::LinkRelation says what a relation may be; the note is Markdown):
    // one transaction and one undo step with the anchors of new passages; returns the link's id.
    // Refused, storing nothing: an end that does not exist, a link from something to itself (the
    // same annotation or passage, or an article whole to itself), an empty or overlong relation.
    Store::Result<QString> addLink(
        const LinkTarget &from, const LinkTarget &to, const QString &relation, const QString &note = {});
    // The same for a link whose ends are existing annotations or whole articles (`link.id` and
    // `link.created` are kept when given).
    Store::Result<QString> addLink(Model::Link link);
    // Removes a link, and the link anchors no other link uses, in one undo step.
    Store::Status removeLink(const QString &linkId);
    // Points one end of a link somewhere else (a dangling link's new passage, say) in one undo step,
    // storing a new passage's anchor and taking away the old end's anchor when no other link uses
    // it. Views hear linkRemoved then linkAdded for the link. Nothing changes, and no step, when the
    // end is already that.
    Store::Status retargetLink(const QString &linkId, LinkSide side, const LinkTarget &end);
    // A comment, a reply (parentId: a comment of the same article) or an inline comment: on an
    // existing annotation (annotationId), or on a passage marked for it (`anchor`, stored as a
    // CommentAnchor annotation in the same step). The author defaults to the local one.
    Store::Result<QString> addComment(
        Model::Comment comment, std::optional<Model::Annotation> anchor = {}, const MentionChoices &choices = {});
    Store::Status editComment(const QString &commentId, const QString &body, const MentionChoices &choices = {});
    // Deletes a comment's text and history, keeping it as a tombstone ("deleted") so its replies keep
    // their place and an older thread file does not bring it back.
    Store::Status deleteComment(const QString &commentId);
    // `voter`'s one vote on a comment; voting as one already voted takes it back (no step when
    // nothing changes). Returns the voter's vote now: +1, -1 or 0.
    enum class CommentVote { Up, Down, Clear };
    Store::Result<int> voteComment(const QString &commentId, const QString &voter, CommentVote vote);
    // The article's discussion as a thread file, to give to others (with the passages it is on).
    Store::Result<Thread::ThreadFile> readThreadFile(const QString &articleId) const;
    // The article a thread file is on: the same id, else the same text (content hash), else the
    // article whose text resembles the file's text sketch closely enough (Thread::matches: less
    // closely with the same source), the closest; nullopt when none does.
    Store::Result<std::optional<Model::Article>> readThreadArticle(const Thread::ThreadFile &file) const;
    // Merges a thread file into the article's discussion (Thread::merge's rules): one transaction and
    // one undo step, none when nothing changes. Refused, storing nothing, when a comment of the file
    // belongs to another article. A reply whose parent neither side has is kept, shown "in reply to
    // a comment you don't have" (Thread::Node::parentMissing) until a later merge brings the parent.
    // New comments inside something watched are marked unread (see watchArticleThread).
    struct ThreadMerge {
        int added = 0; // new comments
        int edits = 0; // comments whose text or history changed
        int votes = 0; // votes new to this library
        int otherChanges = 0; // comments resolved or deleted by the merge, or with other votes
        int passagesNotFound = 0; // inline comments whose passage this article's text lacks
        int unread = 0; // new comments in something watched, marked unread
    };
    Store::Result<ThreadMerge> mergeThread(const QString &articleId, const Thread::ThreadFile &file);
    Store::Status setCommentResolved(const QString &commentId, bool resolved);

    // Watching ("Notify me", offline): an article's whole thread, or one comment and its replies.
    // A merge marks the comments it adds inside something watched as unread (not those whose author
    // is the local one); comments added here never are. Watching and reading are view state, not
    // undo steps; undoing a merge takes away the unread marks it made. Commenting does not watch by
    // itself: the window may offer "Notify me" next to the editor and call watchComment.
    Store::Status watchArticleThread(const QString &articleId, bool watch);
    Store::Status watchComment(const QString &commentId, bool watch);
    Store::Result<bool> isWatchingArticleThread(const QString &articleId) const;
    Store::Result<bool> isWatchingComment(const QString &commentId) const;
    Store::Result<QSet<QString>> watchedComments(const QString &articleId) const; // its watched comments
    Store::Result<QSet<QString>> unreadComments(const QString &articleId) const; // tombstones left out
    Store::Result<int> unreadCount(const QString &articleId) const;
    Store::Result<QHash<QString, int>> unreadCounts() const; // per article, those that have some
    Store::Status markThreadRead(const QString &articleId);

    // Replaces the palette (undoable). Annotations keep their colour names either way.
    Store::Status setPalette(const Model::Palette &palette);
    // Stores annotations read from a file on the article `articleId` as one undoable step
    // ("Import annotations"): an id the library holds is updated in place (it must be on this
    // article), a new one is added. Each annotation carries its article, revision, selectors and
    // anchor already (Export::WebAnnotationImport anchors them). Nothing to store is no step.
    Store::Status importAnnotations(const QString &articleId, const QList<Model::Annotation> &annotations);
    Store::Status renameArticle(const QString &articleId, const QString &title);

    // --- tags and an article's properties (libraryproperties.cpp) -----------------------------------
    // A note's `#tags` are the annotation's tags (Model::NoteTags: added and removed with the text,
    // in the same step as the note; tags added by hand stay). An article's note makes its tags the
    // same way.
    // Every tag in use with how many articles and annotations have it, by name.
    Store::Result<QList<Store::TagStore::Count>> readTagCounts() const;
    // The tags of each article's annotations, by article id (the library list's tag filter).
    Store::Result<QHash<QString, QStringList>> readAnnotationTagsByArticle() const;
    // Replaces an annotation's tags (undoable, "Edit tags"); blank names are dropped, a name twice
    // (without case) is kept once; no step when unchanged. A name with a space is refused.
    Store::Status setAnnotationTags(const QString &annotationId, const QStringList &tags);
    // Replaces an article's properties: title, byline, site, source, published date, language, tags
    // and note, from `article` (its id says which; created, updated and revision are kept). One
    // undo step ("Edit properties"), none when nothing changed; a new title rewrites the
    // `[[Old title]]` of the notes mentioning it, as renameArticle does. Refused with a sentence: a
    // published date that is not ISO 8601 (2024-06-19, or with a time), a language that is not a
    // BCP 47 tag ("it", "en-GB"), a tag with a space.
    Store::Status setArticleProperties(const Model::Article &article);
    // The note on the whole article (undoable, "Edit article note"); its `#tags` become the
    // article's tags as a note's do.
    Store::Status setArticleNote(const QString &articleId, const QString &note);
    Store::Status deleteArticle(const QString &articleId);
    // Deletes the articles with their revisions, annotations and comments as one undo step ("Delete
    // 3 articles"); undo brings all of them back with the same ids. Refused, deleting nothing, when
    // one of them is not in the library. An empty list is no step.
    Store::Status deleteArticles(const QStringList &articleIds);
    // What an import wrote in a transaction of its own (LibraryImport::store, on any connection to
    // this library), told to the views: a new article; or an update to a new revision, which goes on
    // the undo stack as written (its undo brings back `before`'s revision and the annotations as
    // they were; `annotationsBefore` and `annotationsAfter` hold the same annotations in the same order).
    void adoptArticle(const QString &articleId);
    void adoptRevision(Model::Article before, Model::Article after, Model::Revision revision,
        QList<Model::Annotation> annotationsBefore, QList<Model::Annotation> annotationsAfter);

    UndoStack *undoStack() const { return m_undoStack; }

Q_SIGNALS:
    void opened();
    void articleAdded(const QString &id);
    void articleChanged(const QString &id);
    void articleRemoved(const QString &id);
    void annotationAdded(const QString &id, const QString &articleId);
    void annotationChanged(const QString &id, const QString &articleId);
    void annotationRemoved(const QString &id, const QString &articleId);
    // Every annotation of the article may have moved at once (an update to a new revision, its undo
    // or redo): one signal for all of them, which views answer by reading the article's annotations
    // again (thousands of annotationChanged() signals would each make them do it).
    void annotationsReanchored(const QString &articleId);
    void linkAdded(const QString &id);
    void linkRemoved(const QString &id);
    void commentAdded(const QString &id, const QString &articleId);
    void commentChanged(const QString &id, const QString &articleId);
    void commentRemoved(const QString &id, const QString &articleId);
    // The article was opened for reading (markArticleRead).
    void articleRead(const QString &articleId);
    // The article's unread comments changed (a merge, its undo or redo, or reading them).
    void unreadChanged(const QString &articleId);
    // What is watched on the article changed.
    void watchChanged(const QString &articleId);
    void paletteChanged();
    // A change (an action, or an undo or redo of one) could not be written; nothing changed.
    void writeFailed(const QString &message);

private:
    friend class LibraryCommand;
    friend class PaletteCommand;

    void loadPalette();
    // The stored end `target` names, checked; a new passage's anchor is appended to `anchors`.
    Store::Result<Model::LinkEnd> linkEnd(const LinkTarget &target, QList<Model::Annotation> &anchors) const;
    Store::Result<QString> addLink(Model::Link link, const LinkTarget &from, const LinkTarget &to);
    // The link anchors among `link`'s ends that no other link uses (removed with it), but `keep`.
    Store::Result<QList<Model::Annotation>> anchorsOnlyUsedBy(const Model::Link &link, const QString &keep = {}) const;
    Store::Result<QList<QString>> newInWatched(
        const QString &articleId, const QHash<QString, Thread::Entry> &mine, const QList<Thread::Entry> &added) const;

    // Runs `change` in one transaction; a failure is logged, signalled (writeFailed) and returned.
    Store::Status write(const std::function<Store::Status(Store::Database &)> &change);
    Store::Status push(LibraryCommand *command);
    // Pushes `command` with the mention links (and texts) that go with it; a failed `mentions` is
    // returned and the command dropped.
    Store::Status push(LibraryCommand *command, Store::Result<MentionChange> mentions);
    // The mention links to add and remove for `sourceId`'s text `text` (empty: it is going), whose
    // links start at `from`; refused when a title is ambiguous and unchosen.
    // An import or a merge (`lenient`) is not refused: a title it cannot tell apart makes no link
    // (the text still opens an article when one is chosen later).
    Store::Result<MentionChange> mentionChange(const QString &sourceId, const Model::LinkEnd &from, const QString &text,
        const MentionChoices &choices, bool lenient = false) const;
    // The same for several texts at once (the annotations of an import, the comments of a merge).
    struct MentionText {
        QString sourceId;
        Model::LinkEnd from;
        QString text;
    };
    Store::Result<MentionChange> mentionChanges(const QList<MentionText> &texts) const;
    // The texts to rewrite, and nothing else, when `article` is renamed `title`.
    Store::Result<MentionChange> renameChange(const Model::Article &article, const QString &title) const;
    Store::Status failWrite(Store::Error error);
    static QString defaultAuthorName();

    std::unique_ptr<Store::LibraryStore> m_store;
    UndoStack *m_undoStack;
    Model::Palette m_palette = Model::Palette::defaults();
    quint64 m_pageSerial = 0;
};

} // namespace Glossa
