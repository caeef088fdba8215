// SPDX-License-Identifier: GPL-3.0-or-later
// A layout that places its widgets left to right and wraps them onto the next line when the width
// runs out (the search's facet buttons and chosen facets, in a narrow side pane).
#pragma once

#include <QLayout>
#include <QList>

namespace Glossa::Ui {

class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return place(QRect(0, 0, width, 0), false); }
    QSize minimumSize() const override;
    QSize sizeHint() const override { return minimumSize(); }
    void setGeometry(const QRect &rect) override;

private:
    // Lays the items out in `rect` (or only measures, when `apply` is false); the height used.
    int place(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace Glossa::Ui
