// SPDX-License-Identifier: GPL-3.0-or-later
// The Discussion pane: the article's thread (ThreadHtml in a QTextBrowser whose links are the
// actions: reply, edit, delete, vote, resolve, unfold), its sort (remembered per library) and
// filter, and the CommentEditor for writing. It refreshes on the library's comment signals,
// keeping its scroll position. Before the first comment it asks who is writing (AuthorDialog).
#pragma once

#include "model/annotation.h"
#include "thread/thread.h"

#include <QSet>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QPushButton;
class QTextBrowser;
class QTimer;
class QUrl;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class CommentEditor;

class ThreadPane final : public QWidget
{
    Q_OBJECT

public:
    ThreadPane(
        Library *library, std::shared_ptr<const KSyntaxHighlighting::Repository> repository, QWidget *parent = nullptr);

    void setArticle(const QString &articleId);
    QString articleId() const { return m_article; }
    // The article's comments, tombstones left out (whatever the filter shows).
    int commentCount() const { return m_count; }

    // Shows a comment of this article: unfolds what hides it, scrolls to it and marks it briefly.
    // False when the article has no such comment.
    bool showComment(const QString &commentId);
    // Opens the editor for a comment on a passage; posting stores `anchor` with it (one step).
    void startInlineComment(const Model::Annotation &anchor);
    // Opens the editor for a new comment on the article.
    void startNewComment();
    // The comments a merge brought into something watched show "new" until read: until the person
    // leaves the article after seeing them in the pane, or chooses Mark as Read.
    void markRead();

    // What a click on a link in the thread does (the view's anchorClicked).
    void activate(const QUrl &url);
    // Builds the thread now instead of on the next turn of the event loop.
    void refreshNow();

    Thread::Sort sort() const;
    Thread::Filter filter() const;
    QTextBrowser *view() const { return m_view; }
    CommentEditor *editor() const { return m_editor; }
    QComboBox *sortBox() const { return m_sort; }
    QComboBox *filterBox() const { return m_filter; }
    QPushButton *newButton() const { return m_new; }

    // How many top-level comments (with their replies) are laid out at first, and each time "show
    // more comments" is clicked.
    static constexpr int PageSize = 40;
    // The library setting that keeps the sort.
    static QString sortSettingKey() { return QStringLiteral("thread.sort"); }

Q_SIGNALS:
    // The quote of an inline comment was clicked: show that passage (an annotation) in the article.
    void passageRequested(const QString &annotationId);
    // The pane wants to be seen (showComment, startInlineComment, a new comment).
    void showRequested();
    void countChanged(int count);
    void message(const QString &text);
    // A [[wiki link]] in a comment was clicked: `href` is NoteHtml::articleUrl's.
    void articleLinkClicked(const QString &href);

protected:
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void loadSort();
    // Runs `write` once the person has said who they are (asked once per library).
    void withAuthor(const std::function<void()> &write);
    void post();
    void showHistory(const QString &commentId);
    void report(const QString &failure);

    Library *m_library;
    QComboBox *m_sort;
    QComboBox *m_filter;
    QPushButton *m_new;
    QTextBrowser *m_view;
    CommentEditor *m_editor;
    QTimer *m_refresh;
    QTimer *m_unmark;
    QString m_article;
    QString m_writingFor; // the article of the comment being written
    QSet<QString> m_expanded;
    QSet<QString> m_allReplies;
    QSet<QString> m_unread;
    bool m_unreadSeen = false; // the pane showed this article's new comments
    QString m_marked;
    QString m_scrollTo; // a comment to bring into view after the next refresh
    QString m_revealTop; // the top-level comment the next refresh must lay out (showComment)
    int m_limit = PageSize;
    int m_count = -1;
};

} // namespace Glossa::Ui
