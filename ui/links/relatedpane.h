// SPDX-License-Identifier: GPL-3.0-or-later
// The Related Passages pane: for the reader's selection, else its focused highlight, else the whole
// article, the passages of other articles that discuss the same things (Links::Related), best first.
// Each row shows the other article's title, the passage's snippet with the shared words in bold,
// "shares: word, word", whether it is already linked, and a Link button (relation "same-topic"; its
// menu offers the others) that links what the list is for to that passage in one undo step. Enter or
// a double click opens the passage (openRequested). The search runs a moment after the reader stops
// changing the selection, and only while the pane is shown, so selecting text never stutters.
#pragma once

#include "links/related.h"
#include "model/result.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class RelatedPane final : public QWidget
{
    Q_OBJECT

public:
    // How long the pane waits after the last change before it searches.
    static constexpr int DebounceMs = 250;

    explicit RelatedPane(Library *library, QWidget *parent = nullptr);

    // The article the reader shows; the list is for the whole article until a passage is chosen.
    void setArticle(const QString &articleId);
    QString articleId() const { return m_articleId; }
    // The list is for [start, end) of the article's current text (the reader's selection).
    void setSelection(qsizetype start, qsizetype end);
    // The list is for an annotation of the article (the focused highlight).
    void setAnnotation(const QString &annotationId);
    // The list is for the whole article.
    void clearPassage();

    // Searches now instead of after the pause (the pause's timer calls it).
    void refresh();

    QListWidget *list() const { return m_list; }
    // What the list shows, in its order.
    const QList<Links::RelatedPassage> &passages() const { return m_passages; }
    // The empty state's sentence, when the list is empty.
    QString emptyText() const;
    // Whether row `row` is already linked from this article (a link either way to a passage over it).
    bool isLinked(int row) const;

    // Links what the list is for (the selection as a new passage, the highlight, or the whole
    // article) to the passage of row `row`, with `relation`; one undo step. Returns the link's id.
    Result<QString> linkRow(int row, const QString &relation);

    // The relation a one-click Link uses.
    static QString defaultRelation();

Q_SIGNALS:
    // Enter or a double click on a row: open `articleId` at `offset` of its current text.
    void openRequested(const QString &articleId, qsizetype offset);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Source { Article, Selection, Annotation };

    void schedule();
    void rebuild();
    void updateLinked();
    void relayout();
    QWidget *rowWidget(int row);
    void setEmpty(const QString &text);
    Result<QString> linkWith(int row, const QString &relation);

    Library *m_library;
    QLabel *m_heading;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QListWidget *m_list;
    QTimer *m_timer;
    QString m_articleId;
    Source m_source = Source::Article;
    qsizetype m_start = 0;
    qsizetype m_end = 0;
    QString m_annotationId;
    bool m_stale = true; // a search is owed the next time the pane is shown
    QList<Links::RelatedPassage> m_passages;
    QList<QString> m_linked; // per row: the relation it is linked with, empty when it is not
};

} // namespace Glossa::Ui
