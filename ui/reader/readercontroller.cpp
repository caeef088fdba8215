// SPDX-License-Identifier: GPL-3.0-or-later
// ReaderController: its wiring, the selection toolbar, highlights, notes and settings pushed to the
// page (the focus and J / K navigation are in readerfocus.cpp).
#include "readercontroller.h"

#include "anchor/placement.h"
#include "annotations/annotationtags.h"
#include "annotations/noteeditor.h"
#include "commentsync.h"
#include "library/library.h"
#include "links/wikilinkchooser.h"
#include "model/elide.h"
#include "pagesync.h"
#include "preferences/settings.h"
#include "readeractions.h"
#include "readerbridge.h"
#include "readerpage.h"
#include "readerview.h"
#include "render/hovertext.h"
#include "render/notehtml.h"
#include "selectiontoolbar.h"
#include "web/readerprofile.h"
#include "web/schemehandler.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMenu>
#include <QStyleHints>
#include <QToolTip>
#include <QUrl>

#include <memory>
#include <utility>

namespace Glossa::Ui {

ReaderController::ReaderController(Library *library, ReaderView *view, NoteEditor *editor, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_view(view)
    , m_bridge(view->readerPage()->bridge())
    , m_editor(editor)
    , m_toolbar(new SelectionToolbar(view))
    , m_sync(new PageSync(library, m_bridge, this))
    , m_comments(new CommentSync(library, m_bridge, this))
    , m_actions(new ReaderActions(this, view))
{
    connectBridge();
    connect(m_toolbar, &SelectionToolbar::colorChosen, this, &ReaderController::highlight);
    connect(m_toolbar, &SelectionToolbar::noteRequested, this, &ReaderController::editNote);
    connect(m_toolbar, &SelectionToolbar::copyRequested, this, &ReaderController::copyQuote);
    connect(m_toolbar, &SelectionToolbar::commentRequested, this, &ReaderController::commentOnSelection);
    connect(m_bridge, &ReaderBridge::commentActivated, this, &ReaderController::commentActivated);

    connect(m_editor, &NoteEditor::noteEdited, this, [this](const QString &id, const QString &text) {
        report(m_library->setAnnotationNote(id, text, WikiLinkChooser::ask(*m_library, id, text, m_view)));
    });
    connect(m_editor, &NoteEditor::privateEdited, this, [this](const QString &id, bool isPrivate) {
        report(m_library->setAnnotationPrivate(id, isPrivate));
        if (const auto a = m_library->annotation(id)) {
            m_editor->refreshPrivate(id, a->isPrivate); // a refused change unticks the box again
        }
    });
    connect(this, &ReaderController::focusedAnnotationChanged, this, &ReaderController::syncPrivate);

    // One changed annotation goes to the page on its own; the whole list only when an article loads.
    auto changed = [this](const QString &id, const QString &articleId) {
        if (articleId != m_articleId) {
            return;
        }
        m_sync->queueUpdate(id);
        if (id == m_focused) {
            syncPrivate();
        }
        if (id == m_editor->annotationId()) {
            if (const auto a = m_library->annotation(id)) {
                m_editor->refresh(id, a->note);
                m_editor->refreshPrivate(id, a->isPrivate);
            } else {
                m_editor->clear();
            }
        }
    };
    connect(library, &Library::annotationAdded, this, changed);
    connect(library, &Library::annotationChanged, this, changed);
    connect(library, &Library::annotationRemoved, this, [this, changed](const QString &id, const QString &articleId) {
        if (id == m_focused) {
            m_focused.clear();
            m_bridge->setFocusRing({}, {});
            Q_EMIT focusedAnnotationChanged({});
        }
        changed(id, articleId);
    });
    // An update of the article shown, or its undo or redo, changed its text too: the page is served
    // again, with the annotations where they now are.
    connect(library, &Library::annotationsReanchored, this, [this](const QString &articleId) {
        if (articleId == m_articleId && m_view->articleId() == articleId) {
            m_view->showArticle(articleId);
        }
    });
    m_fontScale = Settings::fontScale();

    // Palette, default style and theme: the page, the toolbar and the key actions follow them.
    m_defaultStyle = Settings::defaultStyle();
    setPalette(library->palette());
    connect(library, &Library::paletteChanged, this, [this] { setPalette(m_library->palette()); });
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, &ReaderController::pushTheme);

    // Pages are served with their settings and reading position, so the first layout is the
    // right one: no flash of the other theme, no reflow for the font size, no jump to the place.
    m_scheme = view->readerProfile()->schemeHandler();
    if (m_scheme) {
        m_scheme->setPageMessages([this](const QString &articleId) { return pageMessages(articleId); });
    }
}

ReaderController::~ReaderController()
{
    if (m_scheme) {
        m_scheme->setPageMessages({});
    }
}

void ReaderController::connectBridge()
{
    // The page comes with its annotations, words and settings and paints them with the text; once it
    // listens to the channel it gets the settings again (they may have changed since it was served;
    // the same ones change nothing) and the list again only if it changed.
    connect(m_bridge, &ReaderBridge::loaded, this, [this](const QString &id, qint64 serial) {
        if (id != m_view->articleId()) {
            return; // a page that is being replaced
        }
        pushPalette();
        m_sync->pageLoaded(serial);
        m_comments->pushAll();
        // A page served without its settings still goes back to where the reader was.
        if (serial < 0 || !m_scheme) {
            if (const qsizetype offset = readingOffset(id); offset > 0) {
                m_bridge->scrollToOffset(offset);
            }
        }
    });
    connect(m_bridge, &ReaderBridge::scrolled, this, [](const QString &articleId, qsizetype offset) {
        if (!articleId.isEmpty()) {
            Settings::setReadingPosition(articleId, offset);
        }
    });
    connect(m_bridge, &ReaderBridge::annotationsHovered, this, &ReaderController::onHovered);
    connect(m_bridge, &ReaderBridge::notesLaidOut, this, [this](bool inMargin, int) {
        if (inMargin != m_notesInMargin) {
            m_notesInMargin = inMargin;
            Q_EMIT notesLayoutChanged(inMargin);
        }
    });
    connect(m_bridge, &ReaderBridge::selectionMade, this, &ReaderController::onSelection);
    connect(m_bridge, &ReaderBridge::selectionCleared, this, [this] {
        m_selection.reset();
        if (!m_toolbar->hasFocus() && !m_toolbar->isAncestorOf(QApplication::focusWidget())) {
            m_toolbar->hide();
        }
        Q_EMIT selectionChanged(false);
    });
    connect(m_bridge, &ReaderBridge::annotationsClicked, this, &ReaderController::onClicked);
    connect(m_bridge, &ReaderBridge::annotationContextMenu, this, [this](const QString &id, const QPoint &pos) {
        const qreal zoom = m_view->zoomFactor();
        showAnnotationMenu(id, m_view->mapToGlobal(QPoint(qRound(pos.x() * zoom), qRound(pos.y() * zoom))));
    });
    connect(m_bridge, &ReaderBridge::noteClicked, this, [this](const QString &id) {
        focusAnnotation(id, false);
        Q_EMIT noteEditorWanted();
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_bridge, &ReaderBridge::navigateRequested, this, &ReaderController::focusNeighbour);
    connect(m_bridge, &ReaderBridge::focusCleared, this, &ReaderController::clearFocus);
    connect(m_bridge, &ReaderBridge::linkClicked, this, [this](const QString &href) {
        if (Render::NoteHtml::parseArticleUrl(href)) {
            Q_EMIT articleLinkClicked(href); // a [[wiki link]]: the window opens the article
            return;
        }
        // Links in notes open in the user's browser, and only ordinary web or mail links.
        const QUrl url(href, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http" || url.scheme() == u"mailto")) {
            QDesktopServices::openUrl(url);
        }
    });
}

void ReaderController::setDefaultStyle(Model::HighlightStyle style)
{
    m_defaultStyle = style;
}

void ReaderController::pushTheme()
{
    m_sync->pushTheme();
}

QJsonObject ReaderController::pageLabels()
{
    return {{QStringLiteral("more"), tr("more")}, {QStringLiteral("less"), tr("less")},
        //: %1 is the start of the passage the note is about.
        {QStringLiteral("noteOn"), tr("Note on “%1”")},
        // The button and the sidebar holding the notes when the window is too narrow for a margin.
        {QStringLiteral("notes"), tr("Notes")}, {QStringLiteral("list"), tr("List of notes")},
        {QStringLiteral("close"), tr("Close")},
        // The lock beside a private annotation: its tooltip and what screen readers say.
        {QStringLiteral("private"), Model::privateLabel()}};
}

void ReaderController::pushPalette()
{
    m_sync->pushPalette(m_palette, m_fontScale, pageLabels());
}

QJsonArray ReaderController::pageMessages(const QString &articleId) const
{
    QJsonArray messages = PageSync::settingsMessages(m_fontScale, pageLabels());
    if (const qsizetype offset = readingOffset(articleId); offset > 0) {
        messages.append(ReaderBridge::scrollToOffsetMessage(offset));
    }
    return messages;
}

qsizetype ReaderController::readingOffset(const QString &articleId) const
{
    // A new article starts at the top; a changed one at most at the end of its new text.
    const auto revision = m_library->currentRevision(articleId);
    return std::min(Settings::readingPosition(articleId), revision ? revision->canonicalText().size() : 0);
}

void ReaderController::toggleFocusedStyle()
{
    const auto a = m_library->annotation(m_focused);
    if (!a) {
        Q_EMIT message(tr("Click a highlight (or move to one with J and K) to change its style."));
        return;
    }
    report(m_library->setAnnotationStyle(a->id,
        a->style == Model::HighlightStyle::Underline ? Model::HighlightStyle::Fill : Model::HighlightStyle::Underline));
}

void ReaderController::toggleFocusedPrivate()
{
    const auto a = m_library->annotation(m_focused);
    if (!a) {
        Q_EMIT message(tr("Click a highlight (or move to one with J and K) to make it private."));
    } else {
        report(m_library->setAnnotationPrivate(a->id, !a->isPrivate));
    }
    syncPrivate(); // triggering the action ticked or cleared it, whatever happened
}

void ReaderController::syncPrivate()
{
    const auto a = m_focused.isEmpty() ? std::nullopt : m_library->annotation(m_focused);
    m_actions->setFocusedPrivate(a && a->isPrivate);
}

QMenu *ReaderController::annotationMenu(const QString &annotationId, QWidget *parent)
{
    focusAnnotation(annotationId, false);
    if (m_focused != annotationId) {
        return nullptr;
    }
    auto *menu = new QMenu(parent);
    menu->addActions(m_actions->annotationActions());
    menu->addSeparator();
    menu->addMenu(annotationTagsMenu(m_library, annotationId, menu));
    return menu;
}

void ReaderController::showAnnotationMenu(const QString &annotationId, const QPoint &globalPos)
{
    const std::unique_ptr<QMenu> menu(annotationMenu(annotationId, m_view));
    if (menu) {
        menu->exec(globalPos);
    }
}

QList<QAction *> ReaderController::actions() const
{
    return m_actions->all();
}

void ReaderController::setArticle(const QString &articleId)
{
    m_editor->clear();
    m_sync->setArticle(articleId);
    m_comments->setArticle(articleId);
    m_articleId = articleId;
    m_revision = m_library->currentRevision(articleId).value_or(Model::Revision());
    m_selection.reset();
    m_focused.clear();
    m_toolbar->hide();
    QToolTip::hideText();
    Q_EMIT focusedAnnotationChanged({});
}

void ReaderController::setPalette(const Model::Palette &palette)
{
    m_palette = palette;
    m_actions->setPalette(palette);
    m_toolbar->setPalette(palette);
    pushPalette();
    m_sync->pushAnnotations();
}

void ReaderController::setFontScale(qreal scale)
{
    m_fontScale = Settings::setFontScale(scale);
    m_bridge->setFontScale(m_fontScale);
    Q_EMIT fontScaleChanged(m_fontScale);
}

void ReaderController::onSelection(qsizetype start, qsizetype end, const QRect &rect)
{
    if (end > m_revision.canonicalText().size()) {
        return; // the page is showing another revision than the one we know
    }
    m_selection = std::pair(start, end);
    const qreal zoom = m_view->zoomFactor();
    m_toolbar->showAt(QRect(
        qRound(rect.x() * zoom), qRound(rect.y() * zoom), qRound(rect.width() * zoom), qRound(rect.height() * zoom)));
    Q_EMIT selectionChanged(true);
}

void ReaderController::onClicked(const QStringList &ids, const QPoint &pos)
{
    if (ids.size() == 1) {
        focusAnnotation(ids.first(), false);
        return;
    }
    // Several highlights cover this place: let the reader pick one (innermost first).
    QMenu menu(m_view);
    for (const QString &id : ids) {
        const auto a = m_library->annotation(id);
        if (!a) {
            continue;
        }
        QAction *action = menu.addAction(QStringLiteral("%1 — \u201C%2\u201D")
                .arg(m_palette.labelFor(a->color), Model::elided(a->selector.exact.simplified(), 60)));
        connect(action, &QAction::triggered, this, [this, id] { focusAnnotation(id, false); });
    }
    const qreal zoom = m_view->zoomFactor();
    menu.exec(m_view->mapToGlobal(QPoint(qRound(pos.x() * zoom), qRound(pos.y() * zoom))));
}

QString ReaderController::createHighlight(const QString &colorName)
{
    if (!m_selection || m_articleId.isEmpty()) {
        return {};
    }
    Model::Annotation a = selectionAnnotation(Model::AnnotationKind::Highlight);
    a.color = colorName;
    a.style = m_defaultStyle;
    const Store::Result<QString> added = m_library->addAnnotation(a);
    report(added.status());
    const QString id = added.valueOr({});
    if (added) {
        selectionUsed();
        m_view->setFocus(Qt::OtherFocusReason);
        focusAnnotation(id, false);
    }
    return id;
}

void ReaderController::selectionUsed()
{
    m_selection.reset();
    m_toolbar->hide();
    m_bridge->clearSelection();
}

void ReaderController::highlight(const QString &colorName)
{
    if (m_selection) {
        createHighlight(colorName);
    } else if (!m_focused.isEmpty()) {
        report(m_library->setAnnotationColor(m_focused, colorName));
    } else {
        Q_EMIT message(tr("Select some text to highlight it."));
    }
}

void ReaderController::editNote()
{
    if (m_selection) {
        const auto first = m_palette.forKey(1);
        if (createHighlight(first ? first->name : QStringLiteral("important")).isEmpty()) {
            return;
        }
    }
    if (m_focused.isEmpty()) {
        Q_EMIT message(tr("Select some text or click a highlight to write a note."));
        return;
    }
    Q_EMIT noteEditorWanted();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ReaderController::removeFocused()
{
    if (!m_focused.isEmpty()) {
        report(m_library->removeAnnotation(m_focused));
    }
}

void ReaderController::copyQuote()
{
    QString text;
    if (m_selection) {
        text = m_revision.canonicalText().mid(m_selection->first, m_selection->second - m_selection->first);
    } else if (const auto a = m_library->annotation(m_focused)) {
        text = a->selector.exact;
    }
    if (!text.isEmpty()) {
        QGuiApplication::clipboard()->setText(text);
    }
}

bool ReaderController::reattachToSelection(const QString &annotationId)
{
    auto a = m_library->annotation(annotationId);
    if (!a || !m_selection) {
        Q_EMIT message(tr("Select the passage this annotation belongs to, then re-attach it."));
        return false;
    }
    const auto [start, end] = *m_selection;
    Anchor::placeExactly(*a, m_revision, start, end);
    a->originalQuote.clear(); // the reader chose the passage again: it is what they marked now
    const Store::Status status = m_library->editAnnotation(*a);
    report(status);
    if (status) {
        selectionUsed();
        focusAnnotation(annotationId, false);
    }
    return status.ok();
}

void ReaderController::onHovered(const QStringList &ids, const QPoint &pos)
{
    const QString text = m_selection ? QString() : hoverText(ids);
    if (text.isEmpty()) {
        QToolTip::hideText();
        Q_EMIT annotationHovered({});
        return;
    }
    const qreal zoom = m_view->zoomFactor();
    // A little below the pointer, so the tooltip does not cover the words being read.
    QToolTip::showText(m_view->mapToGlobal(QPoint(qRound(pos.x() * zoom), qRound(pos.y() * zoom) + 16)), text, m_view);
    Q_EMIT annotationHovered(ids.first());
}

QString ReaderController::hoverText(const QStringList &ids) const
{
    return Render::HoverText::build(*m_library, m_palette, m_articleId, ids);
}

void ReaderController::openNotesList()
{
    if (!m_notesInMargin) {
        m_bridge->openNotesList();
    }
}

void ReaderController::report(const Status &status)
{
    if (!status) {
        Q_EMIT message(tr("The library refused the change: %1").arg(status.error().message));
    }
}

} // namespace Glossa::Ui
