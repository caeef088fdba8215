// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a reader does with annotations on the open article: the selection toolbar, keys 1–6,
// N, C, Delete, J/K, clicks on highlights, notes and inline comments' markers, the note editor,
// re-attaching orphans. It turns them into the library's undoable commands and keeps the page
// painted from the library (inline comments' passages: readercomments.cpp).
#pragma once

#include "model/annotation.h"
#include "model/palette.h"
#include "model/result.h"
#include "model/revision.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;
class QWidget;
class QPoint;
class QRect;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class CommentSync;
class NoteEditor;
class PageSync;
class ReaderActions;
class ReaderBridge;
class SchemeHandler;
class ReaderView;
class SelectionToolbar;

class ReaderController final : public QObject
{
    Q_OBJECT

public:
    ReaderController(Library *library, ReaderView *view, NoteEditor *editor, QObject *parent = nullptr);
    ~ReaderController() override;

    void setArticle(const QString &articleId);
    QString articleId() const { return m_articleId; }

    // The library's palette (followed through Library::paletteChanged).
    const Model::Palette &palette() const { return m_palette; }
    void setPalette(const Model::Palette &palette);
    // The style new highlights get (a per-user preference, see Settings::defaultStyle()).
    Model::HighlightStyle defaultStyle() const { return m_defaultStyle; }
    void setDefaultStyle(Model::HighlightStyle style);
    // Tells the page the current light or dark theme (see Theme::isDark).
    void pushTheme();

    // The article's text size, as a factor of the default (kept between sessions).
    qreal fontScale() const { return m_fontScale; }
    void setFontScale(qreal scale);

    // The actions the reader answers (added to the view, active while it has focus); the window
    // also lists them in its menus.
    QList<QAction *> actions() const;

    bool hasSelection() const { return m_selection.has_value(); }
    // The reader's selection: [start, end) of the article's current text.
    std::optional<std::pair<qsizetype, qsizetype>> selection() const { return m_selection; }
    // The selection as a passage to mark (selectors, exact anchor, author; no id, not stored).
    std::optional<Model::Annotation> selectionPassage() const;
    // Another feature's action on the selection or the focused annotation ("Link to…"): on the
    // reader's keys, in actions(), on the selection toolbar and in an annotation's menu.
    void addAction(QAction *action);
    QString focusedAnnotation() const { return m_focused; }

    // Highlights the selection in a palette colour, or recolours the focused annotation.
    void highlight(const QString &colorName);
    // Opens the note of the focused annotation, or highlights the selection and opens its note.
    void editNote();
    void removeFocused();
    // Switches the focused highlight between fill and underline (undoable).
    void toggleFocusedStyle();
    // Makes the focused annotation private (left out of exports), or not (undoable).
    void toggleFocusedPrivate();
    // Focuses the annotation and returns its context menu (Edit Note, Private, Underline/Fill, Copy
    // Quote, Remove), which the caller owns; null when the annotation is not on this article.
    QMenu *annotationMenu(const QString &annotationId, QWidget *parent);
    // Opens that menu at `globalPos` (a right click on a highlight, a note or a row of the
    // Annotations pane).
    void showAnnotationMenu(const QString &annotationId, const QPoint &globalPos);
    void copyQuote();
    void focusAnnotation(const QString &id, bool scroll);
    // J / K, Tab / Shift+Tab: the next or previous anchored annotation in text order.
    void focusNeighbour(int direction);
    // Escape: no annotation has the focus (the note being typed is saved first).
    void clearFocus();
    // Moves an orphan (or any annotation) onto the current selection.
    bool reattachToSelection(const QString &annotationId);

    // The tooltip for the pointer resting on these annotations (innermost first), see HoverText.
    QString hoverText(const QStringList &ids) const;
    // Inline comments (readercomments.cpp). The Comment button and key are offered only once the
    // window has somewhere to write the comment (it connects commentRequested, then enables them).
    void setCommentingEnabled(bool enabled);
    bool commentingEnabled() const { return m_commenting; }
    // C, or the toolbar's Comment: asks for a comment on the selection (commentRequested).
    void commentOnSelection();
    // Scrolls to an inline comment's passage (or any annotation's) and flashes it.
    void showPassage(const QString &annotationId);
    // Scrolls to [start, end) of the open article's current text and flashes it (a search hit's
    // passage); false, with a message, when the range is not in the text.
    bool showRange(qsizetype start, qsizetype end);

    // Whether the page shows notes in its margin (false: in the narrow-window list).
    bool notesInMargin() const { return m_notesInMargin; }
    // Opens the page's list of notes (meaningful only while they are not in the margin).
    void openNotesList();

Q_SIGNALS:
    void focusedAnnotationChanged(const QString &id);
    // The article's text size changed (setFontScale).
    void fontScaleChanged(qreal scale);
    // The note editor is about to take the focus (N, a click on a margin note): the window shows
    // its pane if it was closed, so typing never goes into a hidden editor.
    void noteEditorWanted();
    void selectionChanged(bool hasSelection);
    // A message for the status bar (errors from the library, hints).
    void message(const QString &text);
    // A [[wiki link]] in a margin note was clicked: `href` is Render::NoteHtml::articleUrl's.
    void articleLinkClicked(const QString &href);
    // The pointer rests on this annotation (the innermost one), or left it (empty).
    void annotationHovered(const QString &id);
    // The page's notes moved into the margin (true) or into the narrow-window list (false).
    void notesLayoutChanged(bool inMargin);
    // The reader clicked an inline comment's marker or bubble: the first comment on that passage.
    void commentActivated(const QString &commentId);
    // The reader asked to comment on the selection: `anchor` is its passage (a CommentAnchor
    // annotation, not stored yet), for Library::addComment(comment, anchor).
    void commentRequested(const Model::Annotation &anchor);

private:
    void connectBridge();
    void pushPalette();
    static QJsonObject pageLabels();
    // What a page of `articleId` is served with besides its annotations (SchemeHandler).
    QJsonArray pageMessages(const QString &articleId) const;
    // Where the reader left `articleId`, within its current text (0: the top).
    qsizetype readingOffset(const QString &articleId) const;
    QString createHighlight(const QString &colorName);
    // The selection as a new annotation of `kind` (selectors, anchor, author), not stored.
    Model::Annotation selectionAnnotation(Model::AnnotationKind kind) const;
    // After the selection became an annotation: the toolbar goes, the page drops its selection.
    void selectionUsed();
    void onSelection(qsizetype start, qsizetype end, const QRect &rect);
    void onClicked(const QStringList &ids, const QPoint &pos);
    void onHovered(const QStringList &ids, const QPoint &pos);
    void report(const Status &status);
    // The Private action's check mark follows the focused annotation.
    void syncPrivate();
    QList<Model::Annotation> anchoredInTextOrder() const;
    // What a screen reader says when `a` gets the focus: its place, colour, passage, and whether
    // it has a note.
    QString announcement(const Model::Annotation &a) const;

    Library *m_library;
    ReaderView *m_view;
    ReaderBridge *m_bridge; // the view's page's, for the controller's lifetime
    NoteEditor *m_editor;
    SelectionToolbar *m_toolbar;
    PageSync *m_sync;
    CommentSync *m_comments;
    ReaderActions *m_actions;
    QPointer<SchemeHandler> m_scheme;
    Model::Palette m_palette = Model::Palette::defaults();
    Model::HighlightStyle m_defaultStyle = Model::HighlightStyle::Fill;
    QString m_articleId;
    Model::Revision m_revision;
    std::optional<std::pair<qsizetype, qsizetype>> m_selection;
    QString m_focused;
    qreal m_fontScale = 1.0;
    bool m_notesInMargin = true;
    bool m_commenting = false;
};

} // namespace Glossa::Ui
