// SPDX-License-Identifier: GPL-3.0-or-later
// The library search's results as a list: one row per article (its title, with the matched words
// bold when the title matched), then one row per hit under it (its kind, a note's colour, and the
// snippet with the matched words bold; everything else escaped). The rich-text role is what
// SearchResultDelegate paints.
#pragma once

#include "model/palette.h"
#include "search/librarysearch.h"

#include <QAbstractListModel>

namespace Glossa::Ui {

class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        RichTextRole = Qt::UserRole + 1, // the row as HTML, matched words in <b>
        ArticleIdRole,
        KindRole, // Search::Hit::Kind as an int; an article's row is its title (Kind::Title)
        IsArticleRole, // the row heads its article's group
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Shows `results`; notes' colours are named and painted as `palette` has them.
    void setResults(const Search::Results &results, const Model::Palette &palette);
    void clear();
    const Search::Results &results() const { return m_results; }

    // What the row opens: a hit, or for an article's row its title hit (the article as a whole).
    Search::Hit hit(int row) const;
    bool isArticle(int row) const;
    // The row of an article's first hit, or its own row when it has none to show but its title.
    int firstHitRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        qsizetype article;
        qsizetype hit; // -1: the article's own row
    };
    QString articleHtml(const Search::ArticleHits &article) const;
    QString hitHtml(const Search::Hit &hit) const;
    QString kindLabel(const Search::Hit &hit) const;

    Search::Results m_results;
    Model::Palette m_palette = Model::Palette::defaults();
    QList<Row> m_rows;
};

} // namespace Glossa::Ui
