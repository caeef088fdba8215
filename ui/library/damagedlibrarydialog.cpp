// SPDX-License-Identifier: GPL-3.0-or-later
#include "damagedlibrarydialog.h"

#include "store/backups.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Glossa {

DamagedLibraryDialog::DamagedLibraryDialog(
    const QString &message, const QString &detail, const QString &backupDirectory, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Cannot Open the Library"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    auto *text = new QLabel(message, this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(text, 1);
    layout->addLayout(top);
    if (!detail.isEmpty()) {
        auto *details = new QLabel(detail, this);
        details->setWordWrap(true);
        details->setTextInteractionFlags(Qt::TextSelectableByMouse);
        details->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(details);
    }

    const QStringList backups = Store::Backups::list(backupDirectory);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!backups.isEmpty()) {
        auto *label = new QLabel(tr("Backups of this library, newest first:"), this);
        layout->addWidget(label);
        m_backups = new QTreeWidget(this);
        m_backups->setColumnCount(3);
        m_backups->setHeaderLabels({tr("Taken"), tr("Size"), tr("File")});
        m_backups->setRootIsDecorated(false);
        m_backups->setAllColumnsShowFocus(true);
        label->setBuddy(m_backups);
        for (const QString &path : backups) {
            const QFileInfo info(path);
            auto *item = new QTreeWidgetItem(m_backups,
                {QLocale().toString(Store::Backups::timeOf(path).toLocalTime(), QLocale::LongFormat),
                    QLocale().formattedDataSize(info.size()), info.fileName()});
            item->setData(0, Qt::UserRole, path);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        m_backups->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_backups->setCurrentItem(m_backups->topLevelItem(0));
        layout->addWidget(m_backups);
        auto *note = new QLabel(
            tr("Restoring puts the chosen backup in place of the library; the damaged file is kept beside it. "
               "Changes made after the backup was taken are not in it."),
            this);
        note->setWordWrap(true);
        layout->addWidget(note);
        QPushButton *restore = buttons->addButton(tr("&Restore Backup"), QDialogButtonBox::AcceptRole);
        restore->setDefault(true);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_backups, &QTreeWidget::itemActivated, this, &QDialog::accept);
        connect(m_backups, &QTreeWidget::currentItemChanged, restore,
            [restore](QTreeWidgetItem *current) { restore->setEnabled(current != nullptr); });
    } else {
        layout->addWidget(new QLabel(tr("There is no backup of this library to restore."), this));
    }
    layout->addWidget(buttons);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QString DamagedLibraryDialog::chosenBackup() const
{
    const QTreeWidgetItem *item = m_backups ? m_backups->currentItem() : nullptr;
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

} // namespace Glossa
