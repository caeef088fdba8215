// SPDX-License-Identifier: GPL-3.0-or-later
// Paints a list row from a model's rich-text role (a search result's title and snippet with the
// matched words bold), wrapped to the view's width. The library search's results and the link
// picker's both use it.
#pragma once

#include <QStyledItemDelegate>

namespace Glossa::Ui {

class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SearchResultDelegate(int richTextRole, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace Glossa::Ui
