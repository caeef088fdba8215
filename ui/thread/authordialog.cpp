// SPDX-License-Identifier: GPL-3.0-or-later
#include "authordialog.h"

#include "library/library.h"
#include "preferences/authorpage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Glossa::Ui {

AuthorDialog::AuthorDialog(Library *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_page(new AuthorPage(this))
{
    setWindowTitle(tr("Who Is Commenting?"));
    auto *intro = new QLabel(tr("Before your first comment: which name should it carry? You can change it later in "
                                "Settings › Configure Glossa…."),
        this);
    intro->setWordWrap(true);
    const Library::AuthorProfile profile = library->authorProfile();
    m_page->load(profile.name, profile.email);
    auto *buttons = new QDialogButtonBox(this);
    m_comment = buttons->addButton(tr("&Comment with This Name"), QDialogButtonBox::AcceptRole);
    m_guest = buttons->addButton(tr("Comment as &Guest"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_comment->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_page);
    layout->addWidget(buttons);
    connect(m_page->nameEdit(), &QLineEdit::textChanged, this,
        [this] { m_comment->setEnabled(!m_page->name().isEmpty()); });
    connect(m_comment, &QPushButton::clicked, this, [this] { store(m_page->name(), m_page->email()); });
    connect(m_guest, &QPushButton::clicked, this, [this] { store(guestName(), {}); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_page->nameEdit()->selectAll();
    m_page->nameEdit()->setFocus();
}

void AuthorDialog::store(const QString &name, const QString &email)
{
    if (const Store::Status s = m_library->setAuthorProfile(name, email); !s) {
        QMessageBox::warning(this, windowTitle(), tr("The name could not be saved: %1").arg(s.error().message));
        return;
    }
    accept();
}

} // namespace Glossa::Ui
