// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the reader page's inline-comment markers (comments.js) in step with the library: the whole
// list when an article loads, then, after comments or their passages change, only the passages
// whose marker changed, batched once control returns to the event loop. The page is never reloaded.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class ReaderBridge;

class CommentSync final : public QObject
{
    Q_OBJECT

public:
    CommentSync(Library *library, ReaderBridge *bridge, QObject *parent = nullptr);

    void setArticle(const QString &articleId);
    // Every marker of the article (the page has loaded it).
    void pushAll();

private:
    void queue(const QString &articleId);
    void flush();

    Library *m_library;
    ReaderBridge *m_bridge;
    QString m_articleId;
    QHash<QString, QJsonObject> m_shown; // what the page marks, by anchor id
    bool m_queued = false;
};

} // namespace Glossa::Ui
