// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarylistmodel.h"

#include "library.h"

namespace Glossa {

LibraryListModel::LibraryListModel(Library *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
    reload();
    // Whole-list reloads: a library list is short, and adding, removing and renaming are rare.
    connect(library, &Library::opened, this, &LibraryListModel::reload);
    connect(library, &Library::articleAdded, this, &LibraryListModel::reload);
    connect(library, &Library::articleRemoved, this, &LibraryListModel::reload);
    connect(library, &Library::articleChanged, this, [this](const QString &id) {
        const QModelIndex i = indexForId(id);
        const auto updated = m_library ? m_library->article(id) : std::nullopt;
        if (i.isValid() && updated) {
            m_articles[i.row()] = *updated;
            Q_EMIT dataChanged(i, i);
        } else {
            reload();
        }
    });
    // A merge brought new comments into a watched thread, or they were read: the row says how many.
    connect(library, &Library::unreadChanged, this, [this](const QString &id) {
        m_unread = m_library ? m_library->unreadCounts().valueOr({}) : QHash<QString, int> {};
        if (const QModelIndex i = indexForId(id); i.isValid()) {
            Q_EMIT dataChanged(i, i);
        }
    });
}

void LibraryListModel::reload()
{
    beginResetModel();
    m_articles = m_library ? m_library->articles() : QList<Model::Article> {};
    m_unread = m_library ? m_library->unreadCounts().valueOr({}) : QHash<QString, int> {};
    endResetModel();
}

int LibraryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant LibraryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Model::Article &a = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = a.title.isEmpty() ? tr("Untitled article") : a.title;
        const int unread = m_unread.value(a.id);
        // Like a mail folder: what is new in a watched discussion shows in the list.
        return unread > 0 ? title + u'\n' + tr("● %n new comment(s)", nullptr, unread) : title;
    }
    case Qt::ToolTipRole:
        return a.byline.isEmpty() ? a.title : tr("%1\nby %2").arg(a.title, a.byline);
    case UnreadRole:
        return m_unread.value(a.id);
    case IdRole:
        return a.id;
    case BylineRole:
        return a.byline;
    case LanguageRole:
        return a.language;
    case SiteRole:
        return a.site;
    default:
        return {};
    }
}

QHash<int, QByteArray> LibraryListModel::roleNames() const
{
    QHash<int, QByteArray> roles = QAbstractListModel::roleNames();
    roles.insert(IdRole, "articleId");
    roles.insert(BylineRole, "byline");
    roles.insert(LanguageRole, "language");
    roles.insert(SiteRole, "site");
    roles.insert(UnreadRole, "unreadComments");
    return roles;
}

QModelIndex LibraryListModel::indexForId(const QString &id) const
{
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        if (m_articles[i].id == id) {
            return index(int(i));
        }
    }
    return {};
}

} // namespace Glossa
