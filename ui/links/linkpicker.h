// SPDX-License-Identifier: GPL-3.0-or-later
// "Link to…": the dialog that makes a link from a passage (or highlight) of the open article. The
// search field searches the library as one types (titles, text, notes; Search::LibrarySearch); a
// result shows its article read-only beside the list, where the passage to link to is selected (a
// text or note result selects its own) or "Whole article" is ticked; the relation is one of the named
// ones or the person's own words (Links::LinkRelation says what may be stored), with an optional
// note. OK makes the link with Library::addLink, one undo step; a refusal (the very same passage at
// both ends…) is said in the dialog and nothing is stored.
#pragma once

#include "library/library.h"
#include "model/revision.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QTimer;

namespace Glossa::Ui {

class LinkPickerModel;

class LinkPicker final : public QDialog
{
    Q_OBJECT

public:
    // How long typing pauses before the search runs.
    static constexpr int kSearchDelayMs = 60;

    // A picker for a link from `from` (LinkTarget::newPassage for a selection, ::annotation for a
    // highlight) in `library`.
    LinkPicker(Library *library, Library::LinkTarget from, QWidget *parent = nullptr);
    ~LinkPicker() override;

    // The link made, once the dialog was accepted.
    QString linkId() const { return m_linkId; }
    LinkPickerModel *results() const { return m_model; }
    // Runs now the search the field is waiting to run, if any (tests, benchmarks).
    void searchNow();

    // The relation as it would be stored, or the sentence saying why it cannot be.
    Result<QString> relation() const;

    void accept() override;

Q_SIGNALS:
    void linked(const QString &linkId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void showResult(const QModelIndex &index);
    void showArticle(const QString &articleId);
    void selectInPreview(qsizetype start, qsizetype end);
    // The end chosen: the whole article, the note's annotation, or the words selected in the preview.
    std::optional<Library::LinkTarget> target() const;
    void updateState();
    void showError(const QString &text);

    Library *m_library;
    Library::LinkTarget m_from;
    LinkPickerModel *m_model;
    QTimer *m_searchTimer;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_articleTitle;
    QPlainTextEdit *m_preview;
    QCheckBox *m_wholeArticle;
    QComboBox *m_relation;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;

    QString m_articleId; // the article in the preview
    Model::Revision m_revision; // its current revision
    // A note result's annotation and where it is: linked as it is while its words stay selected.
    QString m_annotationId;
    std::pair<qsizetype, qsizetype> m_annotationRange {-1, -1};
    QString m_linkId;
};

} // namespace Glossa::Ui
