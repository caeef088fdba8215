// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleactions.h"

#include "articlepropertiesdialog.h"
#include "library/library.h"
#include "library/librarylistmodel.h"
#include "readonlymode.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

namespace Glossa::Ui {

ArticleActions::ArticleActions(Library *library, QListView *list, QWidget *window)
    : QObject(window)
    , m_library(library)
    , m_list(list)
    , m_window(window)
    , m_delete(new QAction(tr("&Delete Article…"), this))
    , m_properties(new QAction(tr("&Properties…"), this))
    , m_note(new QAction(tr("Article &Note…"), this))
{
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_delete->setObjectName(QStringLiteral("deleteArticles"));
    m_delete->setStatusTip(tr("Delete the selected articles with their annotations and comments (undoable)"));
    m_delete->setShortcut(QKeySequence::Delete);
    // Delete deletes articles only while the list has the focus; elsewhere the key is the editor's.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_list->addAction(m_delete);
    for (QAction *writes : {m_delete, m_properties, m_note}) {
        ReadOnlyMode::markWriting(writes);
    }
    connect(m_delete, &QAction::triggered, this, [this] { deleteArticles(selectedArticles()); });

    m_properties->setObjectName(QStringLiteral("articleProperties"));
    m_properties->setStatusTip(tr("Edit the article's title, byline, site, source, date, language and tags"));
    m_properties->setShortcut(QKeySequence(tr("Alt+Return")));
    connect(m_properties, &QAction::triggered, this, [this] {
        const QStringList selected = m_list->hasFocus() ? selectedArticles() : QStringList();
        editProperties(selected.size() == 1 ? selected.first() : m_articleId);
    });
    m_note->setObjectName(QStringLiteral("articleNote"));
    m_note->setStatusTip(tr("Write a note on the whole article, shown above its text"));
    connect(m_note, &QAction::triggered, this, [this] { editProperties(m_articleId, true); });

    connect(library, &Library::articleChanged, this, [this](const QString &id) {
        const auto a = id == m_articleId ? m_library->article(id) : std::nullopt;
        if (a && QStringList {a->title, a->byline, a->note} != m_shown) {
            m_shown = {a->title, a->byline, a->note};
            if (m_reload) {
                m_reload(id);
            }
        }
    });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &ArticleActions::showMenu);
    setArticle({});
}

void ArticleActions::setArticle(const QString &articleId)
{
    m_articleId = articleId;
    const auto a = articleId.isEmpty() ? std::nullopt : m_library->article(articleId);
    m_shown = a ? QStringList {a->title, a->byline, a->note} : QStringList();
    m_properties->setEnabled(!articleId.isEmpty());
    m_note->setEnabled(!articleId.isEmpty());
}

void ArticleActions::addTo(QMenu *menu)
{
    menu->addAction(m_properties);
    menu->addAction(m_note);
    menu->addSeparator();
    menu->addAction(m_delete);
}

QStringList ArticleActions::selectedArticles() const
{
    QStringList ids;
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_list->currentIndex().isValid()) {
        rows << m_list->currentIndex();
    }
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : std::as_const(rows)) {
        ids << i.data(LibraryListModel::IdRole).toString();
    }
    return ids;
}

QString ArticleActions::confirmationText(const QStringList &articleIds) const
{
    const auto counts = m_library->readArticleCounts();
    int annotations = 0;
    int comments = 0;
    for (const QString &id : articleIds) {
        const Store::ArticleOverview::Counts c = counts ? counts->value(id) : Store::ArticleOverview::Counts();
        annotations += c.annotations;
        comments += c.comments;
    }
    QString what;
    if (articleIds.size() == 1) {
        const auto article = m_library->article(articleIds.first());
        what = tr("Delete “%1”?").arg(article && !article->title.isEmpty() ? article->title : tr("Untitled article"));
    } else {
        what = tr("Delete %n article(s)?", nullptr, int(articleIds.size()));
    }
    const bool one = articleIds.size() == 1;
    const QString counted
        = tr("%n annotation(s)", nullptr, annotations) + u", " + tr("%n comment(s)", nullptr, comments);
    const QString going = annotations == 0 && comments == 0
        ? (one ? tr("It has no annotations or comments.") : tr("They have no annotations or comments."))
        : (one ? tr("Its %1 go with it.") : tr("Their %1 go with them.")).arg(counted);
    return what + u' ' + going + u' ' + tr("Edit › Undo brings everything back.");
}

bool ArticleActions::deleteArticles(const QStringList &articleIds)
{
    if (articleIds.isEmpty()) {
        return false;
    }
    const QString text = confirmationText(articleIds);
    bool go = false;
    if (m_confirm) {
        go = m_confirm(text);
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Delete Articles"), text, QMessageBox::Cancel, m_window);
        QPushButton *del = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        go = box.clickedButton() == del;
    }
    if (!go) {
        return false;
    }
    if (const Store::Status s = m_library->deleteArticles(articleIds); !s) {
        Q_EMIT message(tr("Nothing was deleted: %1").arg(s.error().message));
        return false;
    }
    Q_EMIT message(tr("Deleted %n article(s). Edit › Undo brings them back.", nullptr, int(articleIds.size())));
    return true;
}

void ArticleActions::editProperties(const QString &articleId, bool focusNote)
{
    if (articleId.isEmpty()) {
        return;
    }
    auto *dialog = new ArticlePropertiesDialog(m_library, articleId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (focusNote) {
        dialog->focusNote();
    }
    dialog->open();
}

void ArticleActions::showMenu(const QPoint &pos)
{
    const QModelIndex at = m_list->indexAt(pos);
    if (!at.isValid()) {
        return;
    }
    if (!m_list->selectionModel()->isSelected(at)) {
        m_list->setCurrentIndex(at);
    }
    const QStringList selected = selectedArticles();
    QMenu menu(m_list);
    QAction *properties = menu.addAction(tr("&Properties…"));
    properties->setEnabled(selected.size() == 1);
    menu.addSeparator();
    QAction *del = menu.addAction(tr("&Delete %n Article(s)…", nullptr, int(selected.size())));
    ReadOnlyMode::markWriting(properties);
    ReadOnlyMode::markWriting(del);
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(pos));
    if (chosen == properties) {
        editProperties(selected.first());
    } else if (chosen == del) {
        deleteArticles(selected);
    }
}

} // namespace Glossa::Ui
