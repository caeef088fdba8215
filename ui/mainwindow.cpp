// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotations/annotationspane.h"
#include "annotations/annotationtags.h"
#include "annotations/noteeditor.h"
#include "export/exportmenu.h"
#include "export/printcontroller.h"
#include "import/importcontroller.h"
#include "layout/panelayout.h"
#include "library/articleactions.h"
#include "library/library.h"
#include "library/librarylistmodel.h"
#include "library/librarypanel.h"
#include "library/readonlymode.h"
#include "links/linkactions.h"
#include "links/linksdock.h"
#include "links/linkspane.h"
#include "links/linksui.h"
#include "links/relateddock.h"
#include "links/wikilinkfeature.h"
#include "navigation/historynavigator.h"
#include "preferences/preferencesdialog.h"
#include "reader/findbar.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "search/searchui.h"
#include "shortcutsdialog.h"
#include "thread/threaddock.h"
#include "thread/threadexchange.h"
#include "thread/threadpane.h"
#include "web/readerprofile.h"
#include "widgets/undoactions.h"

#include <KSyntaxHighlighting/Repository>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace Glossa::Ui {

MainWindow::MainWindow(Library *library, QWidget *parent)
    : QMainWindow(parent)
    , m_library(library)
    // One set of syntax definitions for the reader's code blocks and the note editor, shared by
    // both, so neither has to outlive the other.
    , m_syntax(std::make_shared<const KSyntaxHighlighting::Repository>())
    , m_profile(new ReaderProfile(library, m_syntax))
    , m_model(new LibraryListModel(library, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_panel(new LibraryPanel(m_model, m_splitter))
    , m_list(m_panel->view())
    , m_reader(new ReaderView(m_profile, m_splitter))
{
    // First, so the banner tops the window and every control that writes finds it as it is made.
    m_readOnly = new ReadOnlyMode(library, this);
    // The profile goes with the view, after the view's page (see ~ReaderView).
    m_profile->setParent(m_reader);
    // The first article starts loading now: the web engine's processes work on it while the rest
    // of the window is built (the page's requests are answered once the event loop runs).
    // openArticleAt(0) below then selects it without loading it again.
    if (m_model->rowCount() > 0) {
        m_preloaded = m_model->index(0).data(LibraryListModel::IdRole).toString();
        m_reader->showArticle(m_preloaded);
    }
    m_editor = new NoteEditor(m_syntax, this);
    m_pane = new AnnotationsPane(library, this);
    m_thread = new ThreadDock(library, m_syntax, this);
    m_controller = new ReaderController(library, m_reader, m_editor, this);
    m_importer = new ImportController(library, this);
    m_articles = new ArticleActions(library, m_list, this);
    m_links = new LinkActions(library, m_controller, this);
    // Back and Forward open the article by selecting it in the list, as a click would.
    m_navigator = new HistoryNavigator(library, m_reader, m_controller, this, [this](const QString &id) {
        const QModelIndex index = m_model->indexForId(id);
        if (index.isValid() && index != m_list->currentIndex()) {
            m_list->setCurrentIndex(index);
        } else {
            showArticle(id);
        }
    });
    m_related = new RelatedDock(library, m_controller, m_navigator, this);
    auto *wikiLinks
        = new WikiLinkFeature(library, m_navigator, m_controller, m_editor->textEdit(), m_thread->pane(), this);
    connect(wikiLinks, &WikiLinkFeature::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });

    setWindowTitle(tr("Glossa"));
    m_find = new FindBar(library, m_reader);
    // The search field goes above the library panel (its list, sort and tag filter), and the
    // results take the panel's place while a query is typed.
    m_search = new SearchUi(library, this, m_panel);
    m_splitter->addWidget(m_search->panel());
    m_splitter->addWidget(m_find->withReader()); // the reader with the find bar under it
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({250, 1000});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        // The panel putting the shown article back after the list was reset opens nothing.
        if (current.isValid() && !m_panel->restoringCurrent()) {
            showArticle(current.data(LibraryListModel::IdRole).toString());
        }
    });
    connect(m_reader, &ReaderView::articlePainted, this, [this] { statusBar()->clearMessage(); });
    // Once the first article is on screen, the note editor gets ready for the first note.
    connect(
        m_reader, &ReaderView::articlePainted, this,
        [this] { QTimer::singleShot(300, m_editor, &NoteEditor::prepareHighlighting); }, Qt::SingleShotConnection);

    createDocks();
    createActions();

    // Files dropped anywhere on the window are imported; the list and the reader pass them up.
    setAcceptDrops(true);
    m_list->setAcceptDrops(true);
    m_list->viewport()->installEventFilter(this);
    m_reader->setAcceptDrops(false);
    connect(m_importer, &ImportController::imported, this, [this](const QString &id) {
        const QModelIndex index = m_model->indexForId(id);
        if (index.isValid()) {
            m_list->setCurrentIndex(index);
        }
        if (id == m_currentArticle) {
            showArticle(id); // updated: show the new revision
        }
    });
    connect(m_importer, &ImportController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    resize(1280, 800);
    m_readOnly->applyToWindow();
    if (m_model->rowCount() > 0) {
        openArticleAt(0);
    }
}

MainWindow::~MainWindow() = default;

ThreadPane *MainWindow::threadPane() const
{
    return m_thread->pane();
}

void MainWindow::showDiscussion()
{
    m_thread->showAndFocus();
}

bool MainWindow::showPane(const QString &name)
{
    if (name == u"discussion") {
        showDiscussion();
    } else if (name == u"links") {
        m_linksUi->dock()->showAndFocus();
    } else if (name == u"related") {
        m_related->showAndFocus();
    } else {
        return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_editor->flush(); // a note being typed is saved, not lost
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Dropping files imports them: only while File › Import may (not in a read-only library).
    if (m_import->isEnabled() && ImportController::canImport(event->mimeData())) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_import->isEnabled() && ImportController::canImport(event->mimeData())) {
        event->acceptProposedAction();
        m_importer->importMimeData(event->mimeData());
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (m_import->isEnabled() && ImportController::canImport(drag->mimeData())) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            dropEvent(static_cast<QDropEvent *>(event));
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createDocks()
{
    auto dock = [this](QWidget *content, const QString &title, const QString &name) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setAccessibleName(title);
        d->setWidget(content);
        d->setFeatures(
            QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
        addDockWidget(Qt::RightDockWidgetArea, d);
        return d;
    };
    QDockWidget *annotations = dock(m_pane, tr("Annotations"), QStringLiteral("annotations"));
    QDockWidget *note = dock(m_editor, tr("Note"), QStringLiteral("note"));
    splitDockWidget(annotations, note, Qt::Vertical);
    addDockWidget(Qt::RightDockWidgetArea, m_thread);
    tabifyDockWidget(annotations, m_thread);
    addDockWidget(Qt::RightDockWidgetArea, m_related);
    tabifyDockWidget(m_thread, m_related);
    // Four panes share the right side (Annotations, Discussion, Related Passages, Links): their tabs
    // stand along the window's edge, as Kate's side bars do, so every name reads whole however
    // narrow the side is.
    setTabPosition(Qt::RightDockWidgetArea, QTabWidget::East);
    annotations->raise();
    // A discussion reads better tall: the first time it is shown beside the Note pane, it gets two
    // thirds of the height (after that, whatever the person sets stays).
    connect(m_thread, &QDockWidget::visibilityChanged, this, [this, note](bool visible) {
        if (visible && note->isVisible() && !m_thread->isFloating()
            && dockWidgetArea(note) == dockWidgetArea(m_thread)) {
            resizeDocks({m_thread, note}, {height() * 2 / 3, height() / 3}, Qt::Vertical);
            disconnect(m_thread, &QDockWidget::visibilityChanged, this, nullptr);
        }
    });
    connect(m_thread->pane(), &ThreadPane::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // The reader and the thread: a passage's Comment opens the editor on it, a marker or bubble opens
    // its comment, and a comment's quoted passage leads back to the text.
    connect(m_controller, &ReaderController::commentRequested, m_thread->pane(), &ThreadPane::startInlineComment);
    connect(m_controller, &ReaderController::commentActivated, m_thread->pane(), &ThreadPane::showComment);
    connect(m_thread->pane(), &ThreadPane::passageRequested, m_controller, &ReaderController::showPassage);
    m_controller->setCommentingEnabled(true);
    resizeDocks({annotations}, {320}, Qt::Horizontal);

    auto *tags = new AnnotationTagsLine(m_library, m_editor);
    m_editor->addRow(tags);
    connect(m_controller, &ReaderController::focusedAnnotationChanged, tags, &AnnotationTagsLine::setAnnotation);
    connect(tags, &AnnotationTagsLine::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // The pane's "edit" link on the article's note does what Article › Properties does, when it may.
    connect(m_pane, &AnnotationsPane::pageNoteEditRequested, this, [this] {
        if (m_articles->propertiesAction()->isEnabled()) {
            m_articles->editProperties(m_currentArticle, true);
        }
    });
    connect(m_pane, &AnnotationsPane::activated, this,
        [this](const QString &id) { m_controller->focusAnnotation(id, true); });
    connect(m_pane, &AnnotationsPane::reattachRequested, m_controller, &ReaderController::reattachToSelection);
    connect(m_pane, &AnnotationsPane::menuRequested, m_controller, &ReaderController::showAnnotationMenu);
    connect(m_controller, &ReaderController::focusedAnnotationChanged, m_pane, &AnnotationsPane::select);
    connect(m_controller, &ReaderController::selectionChanged, m_pane, &AnnotationsPane::setSelectionAvailable);
    // The pane marks the passage under the pointer, and the focused one again once it leaves.
    connect(m_controller, &ReaderController::annotationHovered, m_pane,
        [this](const QString &id) { m_pane->select(id.isEmpty() ? m_controller->focusedAnnotation() : id); });
    connect(m_controller, &ReaderController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    // Whatever could not be saved (an undo or redo included) says so; the library is unchanged.
    connect(m_library, &Library::writeFailed, this, [this](const QString &text) {
        statusBar()->showMessage(tr("The change could not be saved: %1").arg(text), 8000);
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_import = file->addAction(tr("&Import…"), QKeySequence::Open, m_importer, &ImportController::chooseAndImport);
    m_import->setStatusTip(tr("Import text, Markdown or HTML files as articles"));
    ReadOnlyMode::markWriting(m_import);
    file->addSeparator();
    m_print = new PrintController(m_library, this);
    connect(m_print, &PrintController::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    QAction *printAction = file->addAction(
        tr("&Print…"), QKeySequence::Print, this, [this] { m_print->printArticle(m_currentArticle); });
    printAction->setStatusTip(tr("Print the article with its highlights and margin notes"));
    m_export = new ExportMenu(m_library, file, this);
    m_export->setArticle(m_currentArticle);
    connect(
        m_export, &ExportMenu::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_threadExchange = new ThreadExchange(m_library, file, this);
    m_threadExchange->setArticle(m_currentArticle);
    connect(m_threadExchange, &ThreadExchange::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    file->addSeparator();
    QAction *check = file->addAction(tr("&Check Library…"), this, &MainWindow::checkLibrary);
    check->setStatusTip(tr("Read the whole library file and report any damage"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    quit->setMenuRole(QAction::QuitRole);

    // Every change to the library is a command on its undo stack.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = createUndoAction(m_library->undoStack(), tr("&Undo"), this);
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = createRedoAction(m_library->undoStack(), tr("&Redo"), this);
    // The platform's redo keys, and Ctrl+Shift+Z everywhere (some platforms only know Ctrl+Y).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (const QKeySequence shiftZ(Qt::CTRL | Qt::SHIFT | Qt::Key_Z); !redoKeys.contains(shiftZ)) {
        redoKeys.prepend(shiftZ);
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    ReadOnlyMode::markWriting(undo);
    ReadOnlyMode::markWriting(redo);
    edit->addSeparator();
    QAction *paste = edit->addAction(tr("&Paste as New Article"), QKeySequence(tr("Ctrl+Shift+V")), m_importer,
        &ImportController::pasteAsNewArticle);
    paste->setStatusTip(tr("Make an article of the page or text on the clipboard"));
    ReadOnlyMode::markWriting(paste);
    edit->addSeparator();
    m_find->addActionsTo(edit);
    m_search->addTo(edit);

    m_articles->addTo(menuBar()->addMenu(tr("A&rticle")));
    m_articles->setReload([this](const QString &id) { showArticle(id); });
    connect(m_articles, &ArticleActions::message, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // The article shown was deleted: the reader moves to the list's first article.
    connect(m_library, &Library::articleRemoved, this, [this](const QString &id) {
        if (id == m_currentArticle) {
            m_model->rowCount() > 0 ? openArticleAt(0) : showArticle({});
        }
    });

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->addActions(m_controller->actions());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *focusLibrary = view->addAction(
        tr("Focus &Library"), QKeySequence(tr("Ctrl+1")), this, [this] { m_list->setFocus(Qt::ShortcutFocusReason); });
    focusLibrary->setStatusTip(tr("Move the keyboard focus to the list of articles"));
    QAction *focusReader = view->addAction(
        tr("Focus &Reader"), QKeySequence(tr("Ctrl+2")), this, [this] { m_reader->setFocus(Qt::ShortcutFocusReason); });
    focusReader->setStatusTip(tr("Move the keyboard focus to the article"));
    // In the article Tab moves through highlights, so these keys are the way out of it (and around
    // the window): library, article, annotations, note.
    QAction *nextPane = view->addAction(tr("&Next Pane"), this, [this] { focusPane(+1); });
    nextPane->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::Key_F6)});
    nextPane->setStatusTip(tr("Move the keyboard focus to the next part of the window"));
    QAction *previousPane = view->addAction(tr("P&revious Pane"), this, [this] { focusPane(-1); });
    previousPane->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    previousPane->setStatusTip(tr("Move the keyboard focus to the previous part of the window"));
    view->addSeparator();
    m_panes = new PaneLayout(this, m_splitter, m_search->panel(), m_reader, m_controller);
    m_panes->addTo(view);
    view->addAction(m_thread->toggleAction());
    view->addAction(m_related->toggleAction());
    m_linksUi = new LinksUi(m_library, this, view);
    m_panes->adoptToggle(m_thread->toggleAction(), m_thread);
    m_panes->adoptToggle(m_related->toggleAction(), m_related);
    m_panes->adoptToggle(m_linksUi->dock()->toggleAction(), m_linksUi->dock());
    view->addAction(m_panes->readingModeAction());
    connect(m_controller, &ReaderController::noteEditorWanted, m_panes, &PaneLayout::showNote);
    // Search Library… brings the search field back first when the library side was hidden.
    connect(m_search->searchAction(), &QAction::triggered, m_panes, [this] {
        if (m_search->panel()->isHidden() && m_panes->showLibrary()) {
            m_search->panel()->focusField();
        }
    });
    view->addSeparator();
    view->addAction(tr("&Larger Text"), QKeySequence::ZoomIn, this,
        [this] { m_controller->setFontScale(m_controller->fontScale() * 1.1); });
    view->addAction(tr("&Smaller Text"), QKeySequence::ZoomOut, this,
        [this] { m_controller->setFontScale(m_controller->fontScale() / 1.1); });
    view->addAction(
        tr("&Normal Text Size"), QKeySequence(tr("Ctrl+0")), this, [this] { m_controller->setFontScale(1.0); });
    view->addSeparator();
    // Only a narrow window keeps the notes in a list rather than in the margin.
    QAction *notesList = view->addAction(tr("Show &Notes List"), this, [this] { m_controller->openNotesList(); });
    notesList->setObjectName(QStringLiteral("showNotesList"));
    notesList->setStatusTip(tr("Open the list of notes the window is too narrow to show in the margin"));
    notesList->setEnabled(!m_controller->notesInMargin());
    connect(m_controller, &ReaderController::notesLayoutChanged, notesList,
        [notesList](bool inMargin) { notesList->setEnabled(!inMargin); });

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    m_navigator->addTo(go, toolbar);
    QAction *showToolbar = toolbar->toggleViewAction();
    showToolbar->setText(tr("Show &Toolbar"));
    view->addSeparator();
    view->addAction(showToolbar);
    m_panes->setToolBar(toolbar);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *configure = settings->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Configure Glossa…"),
        QKeySequence(tr("Ctrl+Shift+,")), this, &MainWindow::showPreferences);
    configure->setMenuRole(QAction::PreferencesRole);
    configure->setStatusTip(tr("Edit the highlight colours, the style of new highlights and the theme"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setStatusTip(tr("List every key Glossa answers"));
    help->addAction(tr("&About Glossa"), this, [this] {
        QMessageBox::about(this, tr("About Glossa"),
            tr("<p><b>Glossa %1</b></p><p>Read articles in a clean view, highlight, annotate, "
               "link and discuss them, all in a local library.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::focusPane(int direction)
{
    const QList<QWidget *> panes {m_list, m_reader, m_pane, m_thread->pane(), m_linksUi->pane(), m_editor};
    QWidget *focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size(); ++i) {
        if (focus && (panes[i] == focus || panes[i]->isAncestorOf(focus))) {
            current = i;
        }
    }
    for (qsizetype step = 1; step <= panes.size(); ++step) {
        const qsizetype start = current < 0 ? (direction > 0 ? -1 : 0) : current;
        QWidget *pane = panes[(start + direction * step + 2 * panes.size()) % panes.size()];
        if (!pane->isVisible() || !pane->isEnabled() || (pane == m_editor && !m_editor->hasNote())) {
            continue; // a closed dock, or the note editor with no note
        }
        // The pane's first control in tab order, or the pane itself (the list, the reader).
        QWidget *target = pane;
        if (pane->focusPolicy() == Qt::NoFocus && !pane->focusProxy()) {
            for (QWidget *w = pane->nextInFocusChain(); w != pane; w = w->nextInFocusChain()) {
                if (pane->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                    target = w;
                    break;
                }
            }
        }
        target->setFocus(direction > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return;
    }
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_library, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::defaultStyleChanged, m_controller, &ReaderController::setDefaultStyle);
    connect(dialog, &PreferencesDialog::themeChanged, this, [this] {
        m_controller->pushTheme();
        m_editor->applyTheme();
    });
    dialog->open();
    return dialog;
}

void MainWindow::checkLibrary()
{
    Store::LibraryStore *store = m_library->store();
    if (!store) {
        return;
    }
    const auto problems = store->integrityCheck();
    if (!problems) {
        QMessageBox::warning(
            this, tr("Check Library"), tr("The library could not be checked: %1").arg(problems.error().message));
    } else if (problems->isEmpty()) {
        QMessageBox::information(this, tr("Check Library"), tr("The library is healthy."));
    } else {
        QMessageBox box(QMessageBox::Warning, tr("Check Library"),
            tr("The library has %n problem(s). Close Glossa and restore a backup from %1.", nullptr,
                int(problems->size()))
                .arg(QDir::toNativeSeparators(store->backupDirectory())),
            QMessageBox::Close, this);
        box.setDetailedText(problems->join(u'\n'));
        box.exec();
    }
}

void MainWindow::openArticleAt(int row)
{
    const QModelIndex index = m_model->index(row);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
    }
}

void MainWindow::showArticle(const QString &articleId)
{
    const auto article = m_library->article(articleId);
    setWindowTitle(article ? tr("%1 — Glossa").arg(article->title) : tr("Glossa"));
    statusBar()->showMessage(tr("Opening…"));
    m_navigator->articleShown(articleId);
    m_currentArticle = articleId;
    m_panel->articleShown(articleId);
    if (article) {
        m_library->markArticleRead(articleId); // for the list's "Last read" order
    }
    m_export->setArticle(articleId);
    m_articles->setArticle(articleId);
    m_threadExchange->setArticle(articleId);
    m_controller->setArticle(articleId);
    m_pane->setArticle(articleId);
    m_thread->pane()->setArticle(articleId);
    m_related->setArticle(articleId);
    m_linksUi->setArticle(articleId);
    if (m_preloaded == articleId && m_reader->articleId() == articleId) {
        m_preloaded.clear(); // already loading
        return;
    }
    m_preloaded.clear();
    m_reader->showArticle(articleId);
}

} // namespace Glossa::Ui
