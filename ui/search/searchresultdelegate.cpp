// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultdelegate.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace Glossa::Ui {

namespace {

constexpr int kMargin = 4;

void prepare(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html)
{
    // The row is as wide as the view shows (a list view asks for sizes with no width in the option).
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget)) {
        width = view->viewport()->width();
    }
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(kMargin);
    doc.setHtml(html);
    doc.setTextWidth(std::max(50, width));
}

} // namespace

SearchResultDelegate::SearchResultDelegate(int richTextRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(richTextRole)
{
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, focus and selection from the style; the text from here
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument doc;
    prepare(doc, option, index.data(m_role).toString());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = option.state & QStyle::State_Selected;
    context.palette.setColor(
        QPalette::Text, option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument doc;
    prepare(doc, option, index.data(m_role).toString());
    return QSize(int(doc.idealWidth()), int(std::ceil(doc.size().height())));
}

} // namespace Glossa::Ui
