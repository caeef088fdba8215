// SPDX-License-Identifier: GPL-3.0-or-later
// Asked once, before the first comment in a library: the name (and optional e-mail) comments and
// votes will carry. "Comment as Guest" declines, and the name is "guest". Either answer is stored,
// so it is not asked again; Cancel stores nothing and writes nothing.
#pragma once

#include <QDialog>

class QPushButton;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class AuthorPage;

class AuthorDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AuthorDialog(Library *library, QWidget *parent = nullptr);

    AuthorPage *page() const { return m_page; }
    QPushButton *commentButton() const { return m_comment; }
    QPushButton *guestButton() const { return m_guest; }

    // The name a guest comments as.
    static QString guestName() { return QStringLiteral("guest"); }

private:
    void store(const QString &name, const QString &email);

    Library *m_library;
    AuthorPage *m_page;
    QPushButton *m_comment;
    QPushButton *m_guest;
};

} // namespace Glossa::Ui
