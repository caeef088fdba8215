// SPDX-License-Identifier: GPL-3.0-or-later
// The link picker's results: the hits of a library search (Search::LibrarySearch), one row each,
// grouped by article as the search gives them. The rich-text role shows the article's title and the
// snippet with the matched words bold (everything else escaped).
#pragma once

#include "search/librarysearch.h"

#include <QAbstractListModel>

namespace Glossa::Ui {

class LinkPickerModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RichTextRole = Qt::UserRole + 1, // title and snippet as HTML, matched words in <b>
        ArticleIdRole,
        KindRole, // Search::Hit::Kind as an int
    };

    explicit LinkPickerModel(QObject *parent = nullptr);

    void setResults(const QList<Search::ArticleHits> &results);
    const Search::Hit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Search::Hit> m_hits;
    QList<bool> m_firstOfArticle; // the row starts its article's group
};

} // namespace Glossa::Ui
