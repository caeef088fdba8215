// SPDX-License-Identifier: GPL-3.0-or-later
// The author profile's fields, the name new comments and votes carry and an optional e-mail:
// the Author page of Settings › Configure Glossa…, and the question asked before the first comment.
#pragma once

#include <QWidget>

class QLineEdit;

namespace Glossa::Ui {

class AuthorPage final : public QWidget
{
    Q_OBJECT

public:
    explicit AuthorPage(QWidget *parent = nullptr);

    void load(const QString &name, const QString &email);
    QString name() const;
    QString email() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }

private:
    QLineEdit *m_name;
    QLineEdit *m_email;
};

} // namespace Glossa::Ui
