// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorpage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace Glossa::Ui {

AuthorPage::AuthorPage(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_email(new QLineEdit(this))
{
    setAccessibleName(tr("Author"));
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("The name others see on your comments"));
    m_email->setAccessibleName(tr("Your e-mail address (optional)"));
    m_email->setPlaceholderText(tr("Optional"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    auto *hint = new QLabel(tr("Your comments and votes carry this name. It stays in this library and in the "
                               "discussion files you share; nothing is sent anywhere."),
        this);
    hint->setWordWrap(true);
    form->addRow(hint);
}

void AuthorPage::load(const QString &name, const QString &email)
{
    m_name->setText(name);
    m_email->setText(email);
}

QString AuthorPage::name() const
{
    return m_name->text().simplified();
}

QString AuthorPage::email() const
{
    return m_email->text().trimmed();
}

} // namespace Glossa::Ui
