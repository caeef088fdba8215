// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryitemdelegate.h"

#include "library/librarylistmodel.h"

#include <QApplication>
#include <QPainter>

namespace Glossa::Ui {

namespace {
// Symbols every common sans font has: a highlighter's stroke, a pencil, a speech quote, a link.
struct Figure {
    int role;
    char16_t symbol;
};
constexpr Figure kFigures[] = {
    {LibraryListModel::HighlightCountRole, u'\u258C'}, // ▌
    {LibraryListModel::NoteCountRole, u'\u270E'}, // ✎
    {LibraryListModel::CommentCountRole, u'\u275D'}, // ❝
    {LibraryListModel::LinkCountRole, u'\u21C4'}, // ⇄
};
constexpr int kGap = 2;
} // namespace

QString LibraryItemDelegate::countsLine(const QModelIndex &index)
{
    QStringList parts;
    for (const Figure &f : kFigures) {
        if (const int n = index.data(f.role).toInt(); n > 0) {
            parts << QString(QChar(f.symbol)) + QString::number(n);
        }
    }
    return parts.join(QStringLiteral("   "));
}

QFont LibraryItemDelegate::smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
    return small;
}

QSize LibraryItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!countsLine(index).isEmpty()) {
        size.rheight() += QFontMetrics(smallFont(option.font)).height() + kGap;
    }
    return size;
}

void LibraryItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString line = countsLine(index);
    if (line.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFont small = smallFont(opt.font);
    const int lineHeight = QFontMetrics(small).height() + kGap;
    // The row's background and selection over the whole height, the title above the counts.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);
    QStyleOptionViewItem title = opt;
    title.rect.setBottom(opt.rect.bottom() - lineHeight);
    title.state.setFlag(QStyle::State_HasFocus, false);
    style->drawControl(QStyle::CE_ItemViewItem, &title, painter, opt.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &title, opt.widget);
    const QRect counts(textRect.left(), opt.rect.bottom() - lineHeight + 1, textRect.width(), lineHeight - kGap);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    QColor color = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    color.setAlphaF(0.65f);
    painter->save();
    painter->setFont(small);
    painter->setPen(color);
    painter->drawText(
        counts, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(small).elidedText(line, Qt::ElideRight, counts.width()));
    painter->restore();
}

} // namespace Glossa::Ui
