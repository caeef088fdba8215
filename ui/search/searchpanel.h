// SPDX-License-Identifier: GPL-3.0-or-later
// The library search in the window's side pane: a search field above the article list, and, while
// a query is typed, the results in the list's place (grouped by article, the facets over them, how
// many there are, and whether the query was read as plain words). It searches as one types, after a
// short pause; Escape in the field clears it and brings the list back, Down moves into the results,
// and Enter or a click on a result asks to open it (hitActivated).
#pragma once

#include "model/result.h"
#include "search/librarysearch.h"

#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class SearchFacetBar;
class SearchResultsModel;

class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    // How long typing pauses before the search runs (as in the link picker).
    static constexpr int kSearchDelayMs = 60;
    // Articles shown at most.
    static constexpr int kArticleLimit = 50;

    using Engine = std::function<Result<Search::Results>(const Search::Query &)>;

    // Searches `library`; `listPage` (the article list) is shown while there is no query.
    SearchPanel(Library *library, QWidget *listPage, QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *field() const { return m_field; }
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *results() const { return m_model; }
    SearchFacetBar *facets() const { return m_facets; }
    // Whether the results are in the list's place.
    bool showsResults() const;
    // The field gets the focus with its text selected (Ctrl+Shift+F).
    void focusField();
    // Runs now the search the field is waiting to run, if any (tests, benchmarks).
    void searchNow();
    // Searches with `engine` instead of the library's LibrarySearch::find (an empty one: that again).
    void setEngine(Engine engine);

Q_SIGNALS:
    // A result was chosen (Enter, a click): its hit, or an article's own row as its title hit.
    void hitActivated(const Search::Hit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void textChanged(const QString &text);
    void showSummary(const Search::Results &results);
    void activate(const QModelIndex &index);
    void enterResults();

    Library *m_library;
    Engine m_engine;
    QLineEdit *m_field;
    QStackedWidget *m_stack;
    QWidget *m_listPage;
    QWidget *m_resultsPage;
    SearchFacetBar *m_facets;
    QLabel *m_summary;
    QListView *m_view;
    SearchResultsModel *m_model;
    QTimer *m_timer;
};

} // namespace Glossa::Ui
