// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

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

ExportDialog::ExportDialog(Format format, const QString &title, int privateNotes, QWidget *parent)
    : QDialog(parent)
    , m_format(format)
    , m_path(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_private(new QCheckBox(this))
    , m_discussion(new QCheckBox(tr("Include the &discussion"), this))
    , m_open(new QCheckBox(tr("&Open when done"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(caption(format));
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
    form->setRowVisible(m_pageSize, format == Format::Pdf);

    m_private->setText(privateNotes > 0 ? tr("Include &private notes (%n in this article)", nullptr, privateNotes)
                                        : tr("Include &private notes (this article has none)"));
    m_private->setEnabled(privateNotes > 0);
    m_private->setToolTip(tr("Private notes stay out of exports unless you include them here."));
    form->addRow(QString(), m_private);
    m_discussion->setChecked(true);
    m_discussion->setObjectName(QStringLiteral("includeDiscussion"));
    m_discussion->setToolTip(tr("The article's comment thread, after the annotations."));
    form->addRow(QString(), m_discussion);
    m_open->setChecked(true);
    form->addRow(QString(), m_open);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this,
        [exportButton](const QString &text) { exportButton->setEnabled(!text.trimmed().isEmpty()); });

    setPath(defaultPath(format, title));
    setPageSize(Export::defaultPageSize());
}

QString ExportDialog::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::WebAnnotations:
        return QStringLiteral("jsonld");
    }
    return {};
}

QString ExportDialog::caption(Format format)
{
    switch (format) {
    case Format::Pdf:
        return tr("Export Annotated PDF");
    case Format::Markdown:
        return tr("Export Markdown");
    case Format::WebAnnotations:
        return tr("Export Web Annotations");
    }
    return {};
}

QString ExportDialog::defaultFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QDir::homePath();
    }
    return folder;
}

QString ExportDialog::defaultPath(Format format, const QString &title)
{
    return QDir(defaultFolder()).filePath(Export::ExportFileName::safeTitle(title) + u'.' + suffix(format));
}

void ExportDialog::browse()
{
    QString filter;
    switch (m_format) {
    case Format::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case Format::Markdown:
        filter = tr("Markdown files (*.md)");
        break;
    case Format::WebAnnotations:
        filter = tr("Web Annotations (*.jsonld *.json)");
        break;
    }
    const QString chosen = QFileDialog::getSaveFileName(this, caption(m_format), path(), filter);
    if (chosen.isEmpty()) {
        return;
    }
    const QString dotted = u'.' + suffix(m_format);
    const bool hasSuffix = chosen.endsWith(dotted, Qt::CaseInsensitive)
        || (m_format == Format::WebAnnotations && chosen.endsWith(QLatin1String(".json"), Qt::CaseInsensitive));
    setPath(hasSuffix ? chosen : chosen + dotted);
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

Export::PageSize ExportDialog::pageSize() const
{
    return Export::PageSize(m_pageSize->currentData().toInt());
}

void ExportDialog::setPageSize(Export::PageSize size)
{
    m_pageSize->setCurrentIndex(m_pageSize->findData(int(size)));
}

bool ExportDialog::includePrivate() const
{
    return m_private->isEnabled() && m_private->isChecked();
}

void ExportDialog::setIncludePrivate(bool include)
{
    m_private->setChecked(include);
}

bool ExportDialog::includeDiscussion() const
{
    return m_discussion->isChecked();
}

void ExportDialog::setIncludeDiscussion(bool include)
{
    m_discussion->setChecked(include);
}

bool ExportDialog::openWhenDone() const
{
    return m_open->isChecked();
}

void ExportDialog::setOpenWhenDone(bool open)
{
    m_open->setChecked(open);
}

} // namespace Glossa::Ui
