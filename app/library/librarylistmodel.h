// SPDX-License-Identifier: GPL-3.0-or-later
// The library's articles as a list model for the library pane: title for display, with the
// byline, language and article id available through roles.
#pragma once

#include "model/article.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Glossa {

class Library;

class LibraryListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    // UnreadRole: the article's unread comments (new ones a merge brought into a watched thread).
    enum Role { IdRole = Qt::UserRole + 1, BylineRole, LanguageRole, SiteRole, UnreadRole };

    explicit LibraryListModel(Library *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexForId(const QString &id) const;

private:
    void reload();

    QPointer<Library> m_library;
    QList<Model::Article> m_articles;
    QHash<QString, int> m_unread; // by article id, those that have some
};

} // namespace Glossa
