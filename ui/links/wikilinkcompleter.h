// SPDX-License-Identifier: GPL-3.0-or-later
// WikiLinkCompleter: typing `[[` in a note or comment editor lists the library's article titles,
// filtered by the words typed after it (case and accents ignored; titles starting with them first).
// Up and Down move in the list, Enter or Tab inserts `Title]]`, Escape closes it; the focus stays in
// the editor, so it is used with the keyboard alone.
#pragma once

#include <QObject>
#include <QStringList>

class QListWidget;
class QPlainTextEdit;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class WikiLinkCompleter final : public QObject
{
    Q_OBJECT

public:
    // Completes in `edit` (and is owned by it) from `library`'s titles.
    WikiLinkCompleter(Library *library, QPlainTextEdit *edit);

    // The list of titles offered (visible while completing).
    QListWidget *popup() const { return m_popup; }
    // At most this many titles are listed.
    static constexpr int MaxShown = 12;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Shows or hides the list for the text before the cursor.
    void update();
    void insert(int row);
    // Where the title being typed starts (after its `[[`), or -1 when the cursor is not in one.
    int typedStart() const;

    Library *m_library;
    QPlainTextEdit *m_edit;
    QListWidget *m_popup;
    QStringList m_titles; // read when a completion starts
};

} // namespace Glossa::Ui
