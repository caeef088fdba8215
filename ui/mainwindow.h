// SPDX-License-Identifier: GPL-3.0-or-later
// Glossa's main window: the library list (with the search field above it) on the left, the reader in
// the middle.
#pragma once

#include <QMainWindow>

#include <memory>

class QListView;
class QSplitter;

namespace KSyntaxHighlighting {
class Repository;
}

namespace Glossa {
class Library;
class LibraryListModel;
} // namespace Glossa

namespace Glossa::Ui {

class AnnotationsPane;
class ArticleActions;
class ExportMenu;
class PrintController;
class FindBar;
class HistoryNavigator;
class ImportController;
class LibraryPanel;
class LinkActions;
class LinksUi;
class NoteEditor;
class PaneLayout;
class PreferencesDialog;
class ReadOnlyMode;
class ReaderController;
class ReaderProfile;
class ReaderView;
class RelatedDock;
class SearchUi;
class ThreadExchange;
class ThreadDock;
class ThreadPane;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Library *library, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects the article at `row` of the library list and shows it.
    void openArticleAt(int row);
    ReaderView *reader() const { return m_reader; }
    // The library pane: the list with its sort and tag controls.
    LibraryPanel *libraryPanel() const { return m_panel; }
    // Edit › Find… (Ctrl+F): the find bar under the reader.
    FindBar *findBar() const { return m_find; }
    ReaderController *controller() const { return m_controller; }
    AnnotationsPane *annotationsPane() const { return m_pane; }
    NoteEditor *noteEditor() const { return m_editor; }
    // The Discussion pane (View › Discussion).
    ThreadPane *threadPane() const;
    // View › Discussion: shows the Discussion pane and gives it the focus.
    void showDiscussion();
    // Shows the pane called `name` ("discussion", "links" or "related") and gives it the focus;
    // false for another name.
    bool showPane(const QString &name);

    ImportController *importer() const { return m_importer; }
    // The Article menu and the library list's context menu: properties, note, delete.
    ArticleActions *articleActions() const { return m_articles; }
    // File › Export.
    ExportMenu *exportMenu() const { return m_export; }
    PrintController *printController() const { return m_print; }
    ThreadExchange *threadExchange() const { return m_threadExchange; }
    // Go › Back and Forward; navigateTo() and navigateToPassage() open an article as a step in it.
    HistoryNavigator *navigator() const { return m_navigator; }
    // View › Related Passages.
    RelatedDock *relatedDock() const { return m_related; }
    // "Link to…" (key L) and its picker.
    LinkActions *linkActions() const { return m_links; }
    // The reader's link markers and the Links pane (View › Links).
    LinksUi *links() const { return m_linksUi; }
    // The library search: its field above the article list, Edit › Search Library….
    SearchUi *search() const { return m_search; }
    // The panes around the reader: what gives way in a narrow window, View's toggles, Reading Mode.
    PaneLayout *panes() const { return m_panes; }
    // A library open read-only: the banner saying why, and what writes disabled.
    ReadOnlyMode *readOnlyMode() const { return m_readOnly; }
    // Settings › Configure Glossa…: opens the preferences (window-modal, deleted when closed).
    PreferencesDialog *showPreferences();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createDocks();
    void checkLibrary(); // the full integrity check, on demand
    // Ctrl+Tab / Ctrl+Shift+Tab: the focus goes round the window's panes.
    void focusPane(int direction);
    void showArticle(const QString &articleId);

    Library *m_library;
    ReadOnlyMode *m_readOnly = nullptr;
    QAction *m_import = nullptr;
    std::shared_ptr<const KSyntaxHighlighting::Repository> m_syntax;
    ReaderProfile *m_profile;
    LibraryListModel *m_model;
    QSplitter *m_splitter;
    LibraryPanel *m_panel;
    QListView *m_list;
    ReaderView *m_reader;
    FindBar *m_find = nullptr;
    NoteEditor *m_editor = nullptr;
    AnnotationsPane *m_pane = nullptr;
    ThreadDock *m_thread = nullptr;
    ReaderController *m_controller = nullptr;
    ImportController *m_importer = nullptr;
    ArticleActions *m_articles = nullptr;
    ExportMenu *m_export = nullptr;
    PrintController *m_print = nullptr;
    ThreadExchange *m_threadExchange = nullptr;
    HistoryNavigator *m_navigator = nullptr;
    RelatedDock *m_related = nullptr;
    LinkActions *m_links = nullptr;
    LinksUi *m_linksUi = nullptr;
    SearchUi *m_search = nullptr;
    PaneLayout *m_panes = nullptr;
    QString m_currentArticle;
    // The article the reader began loading while the window was being built (see the constructor).
    QString m_preloaded;
};

} // namespace Glossa::Ui
