// SPDX-License-Identifier: GPL-3.0-or-later
// An annotation's tags where a person edits them by hand: a "Tags:" line under the note editor
// (comma- or space-separated, saved when editing finishes, one undo step) and a Tags submenu for the
// annotation's context menu (its tags to take away, the library's most used ones to add, "Add
// Tag…"). The tags a note's `#tags` make follow its text on their own (Model::NoteTags).
#pragma once

#include <QWidget>

class QLineEdit;
class QMenu;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class AnnotationTagsLine final : public QWidget
{
    Q_OBJECT

public:
    AnnotationTagsLine(Library *library, QWidget *parent = nullptr);

    // The annotation whose tags it shows; empty: none (the line is disabled).
    void setAnnotation(const QString &annotationId);
    QLineEdit *edit() const { return m_edit; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void load();
    void save();

    Library *m_library;
    QLineEdit *m_edit;
    QString m_annotationId;
};

// The Tags submenu of the annotation's context menu (owned by `parent`).
QMenu *annotationTagsMenu(Library *library, const QString &annotationId, QWidget *parent);

} // namespace Glossa::Ui
