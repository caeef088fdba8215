// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlepropertiesdialog.h"

#include "library/library.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Glossa::Ui {

ArticlePropertiesDialog::ArticlePropertiesDialog(Library *library, const QString &articleId, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_articleId(articleId)
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("articleProperties"));
    setWindowTitle(tr("Article Properties"));
    setWindowModality(Qt::WindowModal);
    const std::optional<Model::Article> article = library->article(articleId);
    const Model::Article a = article.value_or(Model::Article());
    auto *form = new QFormLayout;
    const QList<std::tuple<QString, QString, QString, QString>> rows = {
        {QStringLiteral("title"), tr("&Title:"), a.title, QString()},
        {QStringLiteral("byline"), tr("&Byline:"), a.byline, tr("Who wrote it")},
        {QStringLiteral("site"), tr("&Site:"), a.site, tr("Where it was published")},
        {QStringLiteral("source"), tr("S&ource:"), a.source, tr("The file or web address it came from")},
        {QStringLiteral("published"), tr("&Published:"), a.published, tr("2024-06-19")},
        {QStringLiteral("language"), tr("&Language:"), a.language, tr("it, en, fr…")},
        {QStringLiteral("tags"), tr("T&ags:"), a.tags.join(QStringLiteral(", ")), tr("storia, fonti")},
    };
    for (const auto &[name, label, value, hint] : rows) {
        auto *edit = new QLineEdit(value, this);
        edit->setObjectName(name);
        edit->setPlaceholderText(hint);
        auto *l = new QLabel(label, this);
        l->setBuddy(edit);
        form->addRow(l, edit);
        m_fields.append({name, edit});
    }
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlainText(a.note);
    m_note->setPlaceholderText(tr("A note on the whole article (Markdown; #tags become the article's tags)"));
    m_note->setTabChangesFocus(true);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight)"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticlePropertiesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void ArticlePropertiesDialog::focusNote()
{
    m_note->setFocus(Qt::OtherFocusReason);
}

QLineEdit *ArticlePropertiesDialog::field(const QString &name) const
{
    for (const auto &[n, edit] : m_fields) {
        if (n == name) {
            return edit;
        }
    }
    return nullptr;
}

QString ArticlePropertiesDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ArticlePropertiesDialog::save()
{
    const std::optional<Model::Article> stored = m_library->article(m_articleId);
    if (!stored) {
        m_error->setText(tr("The article is no longer in the library."));
        m_error->show();
        return false;
    }
    Model::Article a = *stored;
    a.title = field(QStringLiteral("title"))->text();
    a.byline = field(QStringLiteral("byline"))->text();
    a.site = field(QStringLiteral("site"))->text();
    a.source = field(QStringLiteral("source"))->text();
    a.published = field(QStringLiteral("published"))->text();
    a.language = field(QStringLiteral("language"))->text();
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    a.tags = field(QStringLiteral("tags"))->text().split(separators, Qt::SkipEmptyParts);
    a.note = m_note->toPlainText();
    if (const Store::Status s = m_library->setArticleProperties(a); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

void ArticlePropertiesDialog::accept()
{
    if (save()) {
        QDialog::accept();
    }
}

} // namespace Glossa::Ui
