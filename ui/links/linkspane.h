// SPDX-License-Identifier: GPL-3.0-or-later
// The Links pane: the open article's links (from its passages or the whole article) and backlinks
// (links to it from anywhere), each grouped by relation; a row shows both ends' words, the other
// article's title and, when it is not ok, the link's status, so a dangling link stays listed with
// what it used to say. Activating a row follows the link; its menu and buttons Re-target the link
// (to the reader's selection or focused highlight) and Remove it, and copy the other end's words.
// It re-reads the article's links whenever links, annotations or articles change.
#pragma once

#include <QWidget>

class QLabel;
class QModelIndex;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class LinksPane final : public QWidget
{
    Q_OBJECT

public:
    // Roles of a link's row (groups have none).
    enum Role {
        LinkIdRole = Qt::UserRole + 1, // the link's id
        FollowSideRole, // the end to follow from this article: "from" or "to"
        StatusRole, // Links::linkStatusName: "ok", "changed", "dangling"
        OtherQuoteRole, // the other end's words, in full
        MentionRole, // true for a [[ ]] in a note or comment: its text owns it (edit the text to change it)
    };

    explicit LinksPane(Library *library, QWidget *parent = nullptr);

    void setArticle(const QString &articleId);
    QString articleId() const { return m_articleId; }
    QTreeView *view() const { return m_view; }
    QStandardItemModel *model() const { return m_model; }
    // The selected link's id (empty when none is).
    QString currentLink() const;
    // Whether the selected link is a [[ ]] of a note or comment (its text owns it; the pane neither
    // removes nor re-targets it).
    bool currentIsMention() const;
    // Whether Re-target has somewhere to point a link (a selection or a focused highlight in the
    // reader); `hint` says how to give it one when it has not.
    void setRetargetAvailable(bool available, const QString &hint);
    // Reads the article's links again now (changes are otherwise gathered and read once).
    void refreshNow();

    // The buttons' actions on the selected link.
    void retargetCurrent();
    void removeCurrent();
    void copyCurrentQuote();

Q_SIGNALS:
    // The reader activated a row: follow link `linkId` to its end `side` ("from" or "to").
    void followRequested(const QString &linkId, const QString &side);
    // Re-target link `linkId` (the window knows the reader's selection).
    void retargetRequested(const QString &linkId);
    void countChanged(int count);
    void message(const QString &text);

private:
    void scheduleRefresh();
    void updateButtons();
    void showMenu(const QPoint &pos);
    void activate(const QModelIndex &index);

    Library *m_library;
    QString m_articleId;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
    QPushButton *m_retarget;
    QPushButton *m_remove;
    bool m_retargetAvailable = false;
    QString m_retargetHint;
    bool m_queued = false;
};

} // namespace Glossa::Ui
