// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Glossa::Ui {

namespace {
QString plain(QString text)
{
    // "&Print…" → "Print…"; "&&" stays a literal ampersand.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString keys(const QList<QKeySequence> &sequences)
{
    QStringList texts;
    for (const QKeySequence &s : sequences) {
        if (!s.isEmpty()) {
            texts << s.toString(QKeySequence::NativeText);
        }
    }
    return texts.join(ShortcutsDialog::tr(", ", "between two shortcuts of one action"));
}

// Hidden actions (a feature the window does not offer, such as Comment before it takes comments)
// are left out.
void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(parent, action->menu());
        } else if (!action->isSeparator() && action->isVisible() && !action->shortcuts().isEmpty()) {
            new QTreeWidgetItem(parent, {plain(action->text()), keys(action->shortcuts())});
        }
    }
}
} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *tree = new QTreeWidget(this);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setColumnCount(2);
    tree->setHeaderLabels({tr("Action"), tr("Keys")});
    tree->setRootIsDecorated(false);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *reader = new QTreeWidgetItem(tree, {tr("In the article")});
    // Key names come from Qt, translated with it.
    const QList<std::pair<QString, QList<QKeySequence>>> readerKeys {
        // Tab goes on to the margin notes after the last highlight; J starts over at the first.
        {tr("Next highlight"), {QKeySequence(Qt::Key_Tab), QKeySequence(Qt::Key_J)}},
        {tr("Previous highlight"), {QKeySequence(Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::Key_K)}},
        {tr("Open the focused highlight's note"), {QKeySequence(Qt::Key_Return)}},
        {tr("Let go of the focused highlight"), {QKeySequence(Qt::Key_Escape)}},
        {tr("Leave the article for the next or previous pane"),
            {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)}},
    };
    for (const auto &[what, sequences] : readerKeys) {
        new QTreeWidgetItem(reader, {what, keys(sequences)});
    }
    for (const QAction *action : menus->actions()) {
        if (action->menu()) {
            auto *group = new QTreeWidgetItem(tree, {plain(action->text())});
            addMenu(group, action->menu());
            if (group->childCount() == 0) {
                delete group;
            }
        }
    }
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = tree->topLevelItem(i);
        group->setFirstColumnSpanned(true);
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFlags(group->flags() & ~Qt::ItemIsSelectable);
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->setItemsExpandable(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(560, 620);
}

} // namespace Glossa::Ui
