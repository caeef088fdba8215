// SPDX-License-Identifier: GPL-3.0-or-later
// The annotations pane: every annotation of the open article in text order (quote, colour, note
// preview), a filter by text and colour, and an "Orphans" list of annotations that lost their
// passage, each re-attachable to the current selection. Private annotations show a lock. The note on
// the whole article, when it has one, heads the list.
#pragma once

#include "model/palette.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace Glossa {
class AnnotationFilterModel;
class AnnotationListModel;
class Library;
} // namespace Glossa

namespace Glossa::Ui {

class AnnotationsPane final : public QWidget
{
    Q_OBJECT

public:
    AnnotationsPane(Library *library, QWidget *parent = nullptr);

    void setArticle(const QString &articleId);
    void setPalette(const Model::Palette &palette);
    // Selects the row of an annotation (when the reader focuses one).
    void select(const QString &annotationId);
    // Enables "Re-attach to selection" while the reader has a selection.
    void setSelectionAvailable(bool available);

    AnnotationListModel *model() const { return m_model; }
    // The article's note as the pane shows it (hidden when it has none).
    QLabel *pageNote() const { return m_pageNote; }

Q_SIGNALS:
    void activated(const QString &annotationId);
    void reattachRequested(const QString &annotationId);
    // A right click (or the menu key) on a row: the annotation's context menu, at `globalPos`.
    void menuRequested(const QString &annotationId, const QPoint &globalPos);
    // "Edit" on the article's note.
    void pageNoteEditRequested();

private:
    void updateOrphans();
    void updatePageNote();

    Library *m_library;
    AnnotationListModel *m_model;
    AnnotationFilterModel *m_anchored;
    AnnotationFilterModel *m_orphans;
    QLineEdit *m_filter;
    QComboBox *m_color;
    QListView *m_list;
    QLabel *m_orphanLabel;
    QListView *m_orphanList;
    QPushButton *m_reattach;
    QLabel *m_pageNote;
    QString m_articleId;
    bool m_selectionAvailable = false;
};

} // namespace Glossa::Ui
