// SPDX-License-Identifier: GPL-3.0-or-later
#include "wikilinkchooser.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Glossa::Ui {

namespace {

class Chooser : public QDialog
{
public:
    Chooser(Library &library, const QString &title, const QStringList &ids, QWidget *parent)
        : QDialog(parent)
        , m_list(new QListWidget(this))
    {
        setWindowTitle(WikiLinkChooser::tr("Which article?"));
        auto *layout = new QVBoxLayout(this);
        auto *label = new QLabel(
            WikiLinkChooser::tr("Several articles are called “%1”. Which one does the link mean?").arg(title));
        label->setWordWrap(true);
        layout->addWidget(label);
        for (const QString &id : ids) {
            const auto a = library.article(id);
            QString text = a ? a->title : id;
            if (a && !a->site.isEmpty()) {
                text += QStringLiteral(" — ") + a->site;
            }
            if (a) {
                text += QStringLiteral(" (") + a->created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) + u')';
            }
            auto *item = new QListWidgetItem(text, m_list);
            item->setData(Qt::UserRole, id);
        }
        m_list->setCurrentRow(0);
        label->setBuddy(m_list);
        layout->addWidget(m_list);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
        layout->addWidget(buttons);
    }

    QString chosen() const
    {
        return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    }

private:
    QListWidget *m_list;
};

} // namespace

Library::MentionChoices WikiLinkChooser::ask(
    Library &library, const QString &sourceId, const QString &text, QWidget *parent)
{
    Library::MentionChoices choices;
    if (!text.contains(QLatin1StringView("[["))) {
        return choices;
    }
    const auto mentions = library.readMentions(sourceId, text);
    if (!mentions) {
        return choices;
    }
    for (const Library::Mention &m : *mentions) {
        const QString key = Links::WikiLinks::titleKey(m.link.title);
        if (m.candidates.size() < 2 || choices.contains(key)) {
            continue;
        }
        Chooser chooser(library, m.link.title, m.candidates, parent);
        if (chooser.exec() != QDialog::Accepted) {
            continue;
        }
        choices.insert(key, chooser.chosen());
    }
    return choices;
}

} // namespace Glossa::Ui
