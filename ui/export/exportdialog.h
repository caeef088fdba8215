// SPDX-License-Identifier: GPL-3.0-or-later
// The dialog of every File › Export entry (Annotated PDF…, Markdown…, Web Annotations…): where to
// write the file (named after the article's title), on which paper (the PDF only; the locale's by
// default), whether private notes go in, whether the discussion thread goes in (on by default), and
// whether to open the file once it is written.
#pragma once

#include "export/pdfprinter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Glossa::Ui {

class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Format { Pdf, Markdown, WebAnnotations };

    // `privateNotes`: how many of the article's annotations are private (the option says so, and
    // is disabled when there are none).
    ExportDialog(Format format, const QString &title, int privateNotes, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);
    Export::PageSize pageSize() const;
    void setPageSize(Export::PageSize size);
    bool includePrivate() const;
    void setIncludePrivate(bool include);
    // Whether the article's comment thread goes in (the PDF's appendix, a Markdown section, W3C
    // comment annotations).
    bool includeDiscussion() const;
    void setIncludeDiscussion(bool include);
    bool openWhenDone() const;
    void setOpenWhenDone(bool open);

    // "TITLE.pdf" (".md", ".jsonld") in the Documents folder, the title made safe for a file name
    // (ExportFileName).
    static QString defaultPath(Format format, const QString &title);
    // Where exports go unless the person chooses otherwise: Documents, else the home folder.
    static QString defaultFolder();
    static QString suffix(Format format); // "pdf", "md", "jsonld"
    static QString caption(Format format); // the dialog's title: "Export Annotated PDF"…

private:
    void browse();

    Format m_format;
    QLineEdit *m_path;
    QComboBox *m_pageSize;
    QCheckBox *m_private;
    QCheckBox *m_discussion;
    QCheckBox *m_open;
    QDialogButtonBox *m_buttons;
};

} // namespace Glossa::Ui
