// SPDX-License-Identifier: GPL-3.0-or-later
// LinkMarkers keeps the reader page's link markers (links.js) in step with the library: every
// passage of the open article that is an end of a link (outgoing or a backlink), and the whole
// article's links by its title, each with what its popover lists (the other end's words, its
// article's title, the relation, the status), all words translated here. It sends the list when a
// page has loaded and again, batched, whenever links, annotations or articles change.
#pragma once

#include <QJsonArray>
#include <QObject>

namespace Glossa {
class Library;
}

namespace Glossa::Links {
struct ArticleLinks;
}

namespace Glossa::Ui {

class ReaderBridge;

class LinkMarkers final : public QObject
{
    Q_OBJECT

public:
    // Follows the pages `bridge` loads (each one gets the markers of its article).
    LinkMarkers(Library *library, ReaderBridge *bridge, QObject *parent = nullptr);

    QString articleId() const { return m_articleId; }
    // The markers of `articleId` as the page takes them (links.js's set()): [{id (the passage's
    // annotation id, or "article"), start, end, whole, label (accessible name), dangling, entries:
    // [{link, side (the end to follow: "from" or "to"), relation, title, quote, status, label}]}].
    // Passages that are no longer in the text get no marker (the Links pane lists their links).
    static QJsonArray items(const Links::ArticleLinks &links);

private:
    void queue();
    void flush();

    Library *m_library;
    ReaderBridge *m_bridge;
    QString m_articleId;
    QJsonArray m_shown;
    bool m_queued = false;
};

} // namespace Glossa::Ui
