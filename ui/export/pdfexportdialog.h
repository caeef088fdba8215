// SPDX-License-Identifier: GPL-3.0-or-later
// File › Export › Annotated PDF…: where to write the PDF (named after the article's title), on
// which paper (the locale's by default), whether private notes go in, and whether to open the
// file once it is written.
#pragma once

#include "export/pdfprinter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Glossa::Ui {

class PdfExportDialog final : public QDialog
{
    Q_OBJECT

public:
    // `privateNotes`: how many of the article's annotations are private (the option says so, and
    // is disabled when there are none).
    PdfExportDialog(const QString &title, int privateNotes, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    Export::PageSize pageSize() const;
    void setPageSize(Export::PageSize size);
    bool includePrivate() const;
    void setIncludePrivate(bool include);
    bool openWhenDone() const;
    void setOpenWhenDone(bool open);

    // "TITLE.pdf" in the Documents folder, the title made safe for a file name (ExportFileName).
    static QString defaultPath(const QString &title);

private:
    void browse();

    QLineEdit *m_path;
    QComboBox *m_pageSize;
    QCheckBox *m_private;
    QCheckBox *m_open;
    QDialogButtonBox *m_buttons;
};

} // namespace Glossa::Ui
