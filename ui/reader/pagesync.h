// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the reader page painted from the library: the palette (removed colours that highlights still
// use get a neutral shade), the theme, the text size, the page's translated words, and the open
// article's annotations — the whole list when an article loads, then only what changed, batched
// once control returns to the event loop.
#pragma once

#include "model/palette.h"
#include "render/pageitems.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class ReaderBridge;

class PageSync final : public QObject
{
    Q_OBJECT

public:
    PageSync(Library *library, ReaderBridge *bridge, QObject *parent = nullptr);

    // Forgets what was cached for the previous article.
    void setArticle(const QString &articleId);

    void pushTheme();
    // The page's settings as messages (font size, theme, its words), as pushPalette sends them
    // and as the page is served with them (SchemeHandler::setPageMessages).
    static QJsonArray settingsMessages(qreal fontScale, const QJsonObject &labels);
    // The palette, text size, theme and the page's own words ({more, less, noteOn, …}, translated).
    void pushPalette(const Model::Palette &palette, qreal fontScale, const QJsonObject &labels);
    // Every annotation of the article (an article was loaded, or the palette changed).
    void pushAnnotations();
    // The page has loaded the article with the list served in it at `pageSerial` (-1: none): the
    // whole list again only if something changed since.
    void pageLoaded(qint64 pageSerial);
    // One annotation was added, changed or removed: it goes to the page with the others changed
    // before the event loop runs again.
    void queueUpdate(const QString &annotationId);

private:
    void flushUpdates();

    Library *m_library;
    ReaderBridge *m_bridge;
    QString m_articleId;
    Render::PageItems::NoteCache m_noteHtml;
    QSet<QString> m_pendingUpdates;
};

} // namespace Glossa::Ui
