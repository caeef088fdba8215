// SPDX-License-Identifier: GPL-3.0-or-later
// An article's properties: title, byline, site, source, published date, language, tags and the note
// on the whole article, edited together and saved as one undo step (Library::setArticleProperties).
// A value the library refuses (a date it cannot read) is said in the dialog, which stays open.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class ArticlePropertiesDialog final : public QDialog
{
    Q_OBJECT

public:
    ArticlePropertiesDialog(Library *library, const QString &articleId, QWidget *parent = nullptr);

    void focusNote();
    // Saves what the fields say; false (and the reason shown) when the library refused it.
    bool save();

    QLineEdit *field(const QString &name) const; // "title", "byline", "site", "source", "published", "language", "tags"
    QPlainTextEdit *noteEdit() const { return m_note; }
    QString error() const;

    void accept() override;

private:
    Library *m_library;
    QString m_articleId;
    QList<std::pair<QString, QLineEdit *>> m_fields;
    QPlainTextEdit *m_note;
    QLabel *m_error;
};

} // namespace Glossa::Ui
