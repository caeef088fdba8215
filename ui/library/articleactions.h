// SPDX-License-Identifier: GPL-3.0-or-later
// What a person does to whole articles from the library list and the Article menu: edit an
// article's properties and note (ArticlePropertiesDialog), and delete articles (the Delete key and
// the list's context menu, several selected at once, one undo step) after a confirmation that says
// how many annotations and comments go with them.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QAction;
class QListView;
class QMenu;
class QPoint;
class QWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class ArticleActions final : public QObject
{
    Q_OBJECT

public:
    // `list` is the library list: its selection says what Delete deletes, and its context menu offers
    // these actions. `window` parents the dialogs.
    ArticleActions(Library *library, QListView *list, QWidget *window);

    // The article the reader shows: what the Article menu's actions work on.
    void setArticle(const QString &articleId);
    // Called with the article shown when what its page shows of its properties (title, byline,
    // note) changed: the window shows it again.
    void setReload(std::function<void(const QString &articleId)> reload) { m_reload = std::move(reload); }
    // Adds Properties…, Article Note… and Delete to the Article menu.
    void addTo(QMenu *menu);

    // Deletes the articles after asking (see setConfirmation); false when nothing was deleted.
    bool deleteArticles(const QStringList &articleIds);
    // The articles selected in the list (the current one when none is selected).
    QStringList selectedArticles() const;
    // The question asked before deleting: "Delete “X”? Its 4 annotations and 1 comment go with it…".
    QString confirmationText(const QStringList &articleIds) const;
    // Replaces the question box (tests): gets the text, answers whether to go ahead.
    void setConfirmation(std::function<bool(const QString &text)> confirm) { m_confirm = std::move(confirm); }

    // Opens the properties dialog on the article (window-modal; returns at once).
    void editProperties(const QString &articleId, bool focusNote = false);

    QAction *deleteAction() const { return m_delete; }
    QAction *propertiesAction() const { return m_properties; }

Q_SIGNALS:
    void message(const QString &text);

private:
    void showMenu(const QPoint &pos);

    Library *m_library;
    QListView *m_list;
    QWidget *m_window;
    QString m_articleId;
    QStringList m_shown; // the title, byline and note the reader's page shows
    std::function<void(const QString &)> m_reload;
    QAction *m_delete;
    QAction *m_properties;
    QAction *m_note;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Glossa::Ui
