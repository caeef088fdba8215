// SPDX-License-Identifier: GPL-3.0-or-later
// The one object the reader page can reach through the web channel. The page sends typed JSON
// messages ({"type": "ready", …}) to post(); C++ sends JSON to the page through push().
// User text only ever travels as JSON data, never as JavaScript source.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPoint>
#include <QRect>

namespace Glossa::Ui {

class ReaderBridge final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Called by the page.
    Q_INVOKABLE void post(const QString &json);

    // Sends a message to the page.
    void send(const QJsonObject &message);

    // The named colours highlights use: [{name, color: "#rrggbb"}].
    void setPalette(const QJsonArray &colors);
    // The annotations to paint: [{id, start, end, color, style: fill|underline, status: exact|fuzzy|orphan,
    // noteHtml?, private?}]; those with noteHtml (from Render::NoteHtml) get a margin note.
    void setAnnotations(const QJsonArray &items);
    // One annotation added or changed (same shape as an item of setAnnotations), or removed: the
    // page repaints only that one.
    void upsertAnnotation(const QJsonObject &item);
    void removeAnnotation(const QString &annotationId);
    // The passages inline comments are on, to mark: Render::PageItems::commentItems's list (all of
    // them), or one added or changed, or one removed (by its anchor's id).
    void setComments(const QJsonArray &items);
    void upsertComment(const QJsonObject &item);
    void removeComment(const QString &anchorId);
    // The page's own words, translated: {more, less}.
    void setLabels(const QJsonObject &labels);
    static QJsonObject labelsMessage(const QJsonObject &labels);
    // Scrolls an annotation into view, optionally flashing it.
    void scrollTo(const QString &annotationId, bool flash);
    // Scrolls [start, end) of the canonical text into view and flashes it (a search hit's passage).
    void flashRange(qsizetype start, qsizetype end);
    // Marks the keyboard focus on an annotation with a lasting ring (none if `annotationId` is
    // empty) and has screen readers announce `announcement` through the page's live region.
    void setFocusRing(const QString &annotationId, const QString &announcement);
    // Scrolls so the text at this canonical offset is at the top (clamped to the text).
    void scrollToOffset(qsizetype offset);
    static QJsonObject scrollToOffsetMessage(qsizetype offset);
    // Opens the page's notes list (only while the window is too narrow for a margin).
    void openNotesList();
    // The article's text size, as a factor of the default.
    void setFontScale(qreal scale);
    static QJsonObject fontScaleMessage(qreal scale);
    // The page's colours: "light" or "dark" (see Theme::pageTheme()).
    void setTheme(const QString &pageTheme);
    static QJsonObject themeMessage(const QString &pageTheme);
    // Drops the page's text selection (it became a highlight, or was re-attached).
    void clearSelection();

Q_SIGNALS:
    // To the page (connected by reader.js).
    void push(const QString &json);

    // From the page: the article with this many blocks is laid out and painted.
    void ready(const QString &articleId, int blockCount);
    // From the page: the article's text is in the page and indexed (its DOM is ready; it may not be
    // painted yet). `serial` is that of the annotation list embedded in the page, which it has
    // painted (see Library::annotationSerial), or -1 if it has none.
    void loaded(const QString &articleId, qint64 serial);
    // From the page: the full list of annotations sent with setAnnotations is painted (highlights,
    // margin laid out, two frames shown). `timing` holds the page's performance.now() marks in ms:
    // loadEnd, readySent, received, highlighted, applied, frame, painted.
    void annotationsPainted(const QJsonObject &timing);
    // The user selected [start, end) of the canonical text; `rect` is where, in page coordinates.
    void selectionMade(qsizetype start, qsizetype end, const QRect &rect);
    void selectionCleared();
    // The user clicked a place covered by these annotations (innermost first).
    void annotationsClicked(const QStringList &ids, const QPoint &pos);
    // The user right-clicked this annotation (its highlight, the innermost one, or its margin note)
    // at `pos`, in page coordinates.
    void annotationContextMenu(const QString &annotationId, const QPoint &pos);
    // The user clicked (or pressed Enter on) the margin note of this annotation.
    void noteClicked(const QString &annotationId);
    // The user clicked (or pressed Enter on) an inline comment's marker or bubble: the first
    // comment on that passage.
    void commentActivated(const QString &commentId);
    // The user clicked (or pressed Enter on) a link marker or an entry of its popover: follow link
    // `linkId` to its end `side` ("from" or "to"), the one away from the passage marked.
    void linkFollowRequested(const QString &linkId, const QString &side);
    // The user clicked a link inside a note; the page never follows it itself.
    void linkClicked(const QString &href);
    // Tab (+1) or Shift+Tab (-1) in the article: move the focus to the next or previous highlight.
    void navigateRequested(int direction);
    // Escape in the article: no highlight has the focus any more.
    void focusCleared();
    // The pointer rests on these annotations (innermost first) at `pos`, in page coordinates;
    // empty when it left them (or a selection began).
    void annotationsHovered(const QStringList &ids, const QPoint &pos);
    // The reader stopped scrolling article `articleId` with the text at `offset` at the top.
    void scrolled(const QString &articleId, qsizetype offset);
    // The notes moved between the margin and the narrow-window list, or a note changed height.
    void notesLaidOut(bool inMargin, int notes);
};

} // namespace Glossa::Ui
