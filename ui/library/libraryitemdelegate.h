// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a library row: the title as the list always showed it, and under it, small and muted, the
// article's counts (highlights, notes, comments, links), each after a symbol and only when there
// are some. The words for them are the row's tooltip and accessible description (LibraryListModel).
#pragma once

#include <QStyledItemDelegate>

namespace Glossa::Ui {

class LibraryItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The counts line of a row ("▌3  ✎1  💬2  ⇄1" with the symbols below), empty when it has none.
    static QString countsLine(const QModelIndex &index);

private:
    static QFont smallFont(const QFont &font);
};

} // namespace Glossa::Ui
