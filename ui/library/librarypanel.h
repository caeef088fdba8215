// SPDX-License-Identifier: GPL-3.0-or-later
// The library pane: the list of articles (LibraryListModel, drawn with each row's counts by
// LibraryItemDelegate) under a row of controls: how the list is sorted (remembered in the library)
// and which tag it shows. Other features add their widgets above it (insertAbove: the library
// search field). When the list is reset (a tag chosen, an article added) the article that was
// current stays current without being opened again.
#pragma once

#include <QWidget>

class QComboBox;
class QListView;
class QVBoxLayout;

namespace Glossa {
class LibraryListModel;
}

namespace Glossa::Ui {

class LibraryPanel final : public QWidget
{
    Q_OBJECT

public:
    LibraryPanel(LibraryListModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    LibraryListModel *model() const { return m_model; }
    QComboBox *sortBox() const { return m_sort; }
    QComboBox *tagBox() const { return m_tags; }
    // Puts `widget` above the controls (the topmost of those added last).
    void insertAbove(QWidget *widget);
    // The reader shows this article (however it was opened): after the list is reset, its row is
    // current again.
    void articleShown(const QString &articleId);
    // True while the panel puts the current article back after a reset: the view's current index
    // changes, but the article shown does not.
    bool restoringCurrent() const { return m_restoring; }

private:
    void fillTags();
    void showSort();

    LibraryListModel *m_model;
    QVBoxLayout *m_layout;
    QComboBox *m_sort;
    QComboBox *m_tags;
    QListView *m_view;
    QString m_shownId; // the reader's article, current again after a reset
    int m_above = 0; // widgets inserted above the controls
    bool m_restoring = false;
};

} // namespace Glossa::Ui
