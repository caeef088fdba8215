// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexportdialog.h"

#include "export/exportfilename.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Glossa::Ui {

PdfExportDialog::PdfExportDialog(const QString &title, int privateNotes, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_private(new QCheckBox(this))
    , m_open(new QCheckBox(tr("&Open when done"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Annotated PDF"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    file->addWidget(browse);
    m_path->setMinimumWidth(360);
    m_path->setAccessibleName(tr("File"));
    form->addRow(tr("&File:"), file);
    qobject_cast<QLabel *>(form->labelForField(file))->setBuddy(m_path);

    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(Export::PageSize::A4));
    m_pageSize->addItem(tr("Letter (8.5 × 11 in)"), int(Export::PageSize::Letter));
    form->addRow(tr("&Page size:"), m_pageSize);

    m_private->setText(privateNotes > 0 ? tr("Include &private notes (%n in this article)", nullptr, privateNotes)
                                        : tr("Include &private notes (this article has none)"));
    m_private->setEnabled(privateNotes > 0);
    m_private->setToolTip(tr("Private notes stay out of exports unless you include them here."));
    form->addRow(QString(), m_private);
    m_open->setChecked(true);
    form->addRow(QString(), m_open);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &PdfExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this,
        [exportButton](const QString &text) { exportButton->setEnabled(!text.trimmed().isEmpty()); });

    setPath(defaultPath(title));
    setPageSize(Export::defaultPageSize());
}

QString PdfExportDialog::defaultPath(const QString &title)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QDir::homePath();
    }
    return QDir(folder).filePath(Export::ExportFileName::safeTitle(title) + QStringLiteral(".pdf"));
}

void PdfExportDialog::browse()
{
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Export Annotated PDF"), path(), tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty()) {
        setPath(chosen.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? chosen : chosen + QStringLiteral(".pdf"));
    }
}

QString PdfExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void PdfExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

Export::PageSize PdfExportDialog::pageSize() const
{
    return Export::PageSize(m_pageSize->currentData().toInt());
}

void PdfExportDialog::setPageSize(Export::PageSize size)
{
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(size)));
}

bool PdfExportDialog::includePrivate() const
{
    return m_private->isEnabled() && m_private->isChecked();
}

void PdfExportDialog::setIncludePrivate(bool include)
{
    m_private->setChecked(include);
}

bool PdfExportDialog::openWhenDone() const
{
    return m_open->isChecked();
}

void PdfExportDialog::setOpenWhenDone(bool open)
{
    m_open->setChecked(open);
}

} // namespace Glossa::Ui
