// SPDX-License-Identifier: GPL-3.0-or-later
// The find bar under the reader (Edit › Find…, as in Kate and Okular): a field that finds as you
// type, case and accents folded (Search::FindInText over the article's text), "3 of 17", previous
// and next buttons, and a close button. The page marks every match and the current one more
// strongly (find.js). Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the previous;
// Escape closes the bar, takes the marks away and gives the focus back to the article. With no
// match the field is tinted. A new article (or a new revision) is searched again when it loads.
#pragma once

#include "search/findintext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class ReaderBridge;
class ReaderView;

class FindBar final : public QWidget
{
    Q_OBJECT

public:
    FindBar(Library *library, ReaderView *reader, QWidget *parent = nullptr);

    // A widget holding the reader with this bar under it, for the window to place.
    QWidget *withReader();
    // Edit › Find… (Ctrl+F), Find Next (F3) and Find Previous (Shift+F3), added to `menu`.
    void addActionsTo(QMenu *menu);
    // Shows the bar with the field focused and its text selected, and finds it again.
    void open();
    // Hides the bar, clears the page's marks and gives the focus to the article.
    void dismiss();
    // The next or previous match (round the end of the article). With the bar closed, opens it at
    // the first match from the top of the reader.
    void findNext();
    void findPrevious();

    QLineEdit *field() const { return m_field; }
    QLabel *countLabel() const { return m_count; }
    // The matches of the field's text in the article, and which one is current (-1: none).
    const QList<Search::TextRange> &matches() const { return m_matches; }
    int currentMatch() const { return m_current; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step(int direction);
    // Reads the article's text when the reader shows another article or revision.
    void prepare(const QString &articleId);
    // Finds the field's text again; `current`: the match to make current (clamped), -1 for none.
    void search(int current);
    // Finds the field's text again, the current match the first from the top of the reader on.
    void searchFromTop();
    void pushMarks();
    void pushCurrent();
    void showCount();

    Library *m_library;
    ReaderView *m_reader;
    ReaderBridge *m_bridge;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QString m_articleId;
    QString m_revisionId;
    Search::FindInText m_finder;
    QList<Search::TextRange> m_matches;
    int m_current = -1;
    qsizetype m_topOffset = 0; // the text at the top of the reader: typing finds from there
};

} // namespace Glossa::Ui
