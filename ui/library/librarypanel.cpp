// SPDX-License-Identifier: GPL-3.0-or-later
#include "librarypanel.h"

#include "library/librarylistmodel.h"
#include "libraryitemdelegate.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace Glossa::Ui {

LibraryPanel::LibraryPanel(LibraryListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_layout(new QVBoxLayout(this))
    , m_sort(new QComboBox(this))
    , m_tags(new QComboBox(this))
    , m_view(new QListView(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);

    using Sort = LibraryListModel::Sort;
    m_sort->addItem(tr("Date added"), QVariant::fromValue(Sort::Added));
    m_sort->addItem(tr("Title"), QVariant::fromValue(Sort::Title));
    m_sort->addItem(tr("Last read"), QVariant::fromValue(Sort::LastRead));
    m_sort->addItem(tr("Annotations"), QVariant::fromValue(Sort::Annotations));
    m_sort->setToolTip(tr("Sort the articles by date added (oldest first), title, when last read (most recent "
                          "first) or number of annotations (most first)"));
    m_sort->setAccessibleName(tr("Sort articles by"));
    m_tags->setToolTip(tr("Show only the articles with this tag"));
    m_tags->setAccessibleName(tr("Show articles tagged"));
    // Their lists too, which screen readers announce when they open.
    m_sort->view()->setAccessibleName(m_sort->accessibleName());
    m_tags->view()->setAccessibleName(m_tags->accessibleName());
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tags->setMinimumContentsLength(6);
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sort->setMinimumContentsLength(6);
    auto *sortLabel = new QLabel(tr("S&ort:"), this);
    sortLabel->setBuddy(m_sort);
    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(2, 0, 2, 0);
    controls->addWidget(sortLabel);
    controls->addWidget(m_sort, 1);
    controls->addWidget(m_tags, 1);
    m_layout->addLayout(controls);
    m_layout->addWidget(m_view, 1);

    m_view->setModel(model);
    m_view->setItemDelegate(new LibraryItemDelegate(m_view));
    m_view->setAccessibleName(tr("Library"));
    // Long titles wrap onto a second line rather than scrolling sideways.
    m_view->setWordWrap(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setSpacing(2);
    m_view->setUniformItemSizes(false);

    connect(m_sort, &QComboBox::activated, this,
        [this] { m_model->setSort(m_sort->currentData().value<LibraryListModel::Sort>()); });
    connect(m_tags, &QComboBox::activated, this, [this] { m_model->setTagFilter(m_tags->currentData().toString()); });
    connect(model, &LibraryListModel::tagsChanged, this, &LibraryPanel::fillTags);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        showSort();
        const QModelIndex current = m_model->indexForId(m_shownId);
        if (current.isValid()) {
            m_restoring = true;
            m_view->setCurrentIndex(current);
            m_restoring = false;
        }
    });
    // Re-sorting keeps the current article in view.
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_view->currentIndex().isValid()) {
            m_view->scrollTo(m_view->currentIndex());
        }
    });
    showSort();
    fillTags();
}

void LibraryPanel::articleShown(const QString &articleId)
{
    m_shownId = articleId;
}

void LibraryPanel::insertAbove(QWidget *widget)
{
    m_layout->insertWidget(m_above++, widget);
}

void LibraryPanel::showSort()
{
    m_sort->setCurrentIndex(m_sort->findData(QVariant::fromValue(m_model->sort())));
}

void LibraryPanel::fillTags()
{
    const QString chosen = m_model->tagFilter();
    const QList<std::pair<QString, int>> tags = m_model->tags();
    m_tags->clear();
    m_tags->addItem(tr("All tags"), QString());
    for (const auto &[tag, count] : tags) {
        m_tags->addItem(tr("%1 (%2)").arg(tag).arg(count), tag);
    }
    int at = 0;
    for (int i = 1; i < m_tags->count(); ++i) {
        if (m_tags->itemData(i).toString().compare(chosen, Qt::CaseInsensitive) == 0) {
            at = i;
        }
    }
    m_tags->setCurrentIndex(at);
    m_tags->setEnabled(!tags.isEmpty() || !chosen.isEmpty());
    if (at == 0 && !chosen.isEmpty()) {
        m_model->setTagFilter({}); // no article has the tag any more
    }
}

} // namespace Glossa::Ui
