// SPDX-License-Identifier: GPL-3.0-or-later
// The Discussion pane in the window: writing a comment, a reply, an edit and a deletion (one undo
// step each, a deleted comment with replies kept as "deleted"), the author asked once (or "guest"),
// votes taken back by a second click, resolving folds, the sort remembered by the library, the
// filter, "show all N replies", inline comments and their passage, and the keys that reach it.
#include "anchor/placement.h"
#include "helpers/uitestmain.h"
#include "helpers/windowfixture.h"
#include "library/libraryimport.h"
#include "library/librarylistmodel.h"
#include "library/undostack.h"
#include "preferences/authorpage.h"
#include "preferences/preferencesdialog.h"
#include "render/threadhtml.h"
#include "thread/authordialog.h"
#include "thread/commenteditor.h"
#include "thread/threaddock.h"
#include "thread/threadfile.h"
#include "thread/threadpane.h"

#include <QAbstractTextDocumentLayout>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QUuid>

using namespace Glossa;
using Render::ThreadHtml;

class TestThreadPane : public QObject
{
    Q_OBJECT

    Test::WindowFixture f;

    Ui::ThreadPane *pane() const { return f.window->threadPane(); }
    Ui::CommentEditor *editor() const { return pane()->editor(); }
    QDockWidget *dock() const { return f.window->findChild<QDockWidget *>(QStringLiteral("discussion")); }
    QString shown() const { return pane()->view()->toPlainText(); }

    void click(ThreadHtml::Action action, const QString &id) const
    {
        pane()->activate(ThreadHtml::url(action, id));
        pane()->refreshNow();
    }

    // Answers the author question, if it is asked, with `name` (empty: as a guest).
    void answerAuthor(const QString &name) const
    {
        auto *dialog = pane()->findChild<Ui::AuthorDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        if (name.isEmpty()) {
            dialog->guestButton()->click();
        } else {
            dialog->page()->nameEdit()->setText(name);
            dialog->commentButton()->click();
        }
    }

    // Types `text` into the open editor and posts it with Ctrl+Return.
    void write(const QString &text) const
    {
        QVERIFY(editor()->isVisible());
        // Keys go to the active window; offscreen, nothing re-activates it after a dialog closes.
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        editor()->textEdit()->setFocus();
        QVERIFY(!editor()->postButton()->isEnabled()); // nothing written yet
        QTest::keyClicks(editor()->textEdit(), text);
        QVERIFY(editor()->postButton()->isEnabled());
        QTest::keyClick(editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!editor()->isVisible());
        pane()->refreshNow();
    }

    Model::Comment onlyComment(const QString &body) const
    {
        for (const Model::Comment &c : f.library->comments(f.article)) {
            if (c.body == body) {
                return c;
            }
        }
        return {};
    }

    QString addComment(
        const QString &author, const QString &body, const QString &parent = {}, int minutesAgo = 60) const
    {
        Model::Comment c;
        c.articleId = f.article;
        c.author = author;
        c.body = body;
        c.parentId = parent;
        c.created = QDateTime::currentDateTimeUtc().addSecs(-60LL * minutesAgo);
        return f.library->addComment(c).valueOr({});
    }

    void markAuthorAsked() const { QVERIFY(f.library->setAuthorProfile(QStringLiteral("Anna"), {})); }

private Q_SLOTS:
    void init()
    {
        f.open();
        if (QTest::currentTestFailed()) {
            return;
        }
        f.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
        QCOMPARE(pane()->articleId(), f.article);
    }

    void cleanup() { f.close(); }

    void writeReplyEditDelete()
    {
        const int steps = f.library->undoStack()->count();
        pane()->newButton()->click();
        answerAuthor(QStringLiteral("Anna Rossi"));
        QCOMPARE(editor()->heading(), Ui::CommentEditor::tr("New comment"));
        write(QStringLiteral("Is the **date** right?"));
        const Model::Comment first = onlyComment(QStringLiteral("Is the **date** right?"));
        QVERIFY(!first.id.isEmpty());
        QCOMPARE(first.author, QStringLiteral("Anna Rossi"));
        QCOMPARE(f.library->undoStack()->count(), steps + 1);
        QVERIFY(shown().contains(QStringLiteral("Is the date right?")));
        QVERIFY(shown().contains(QStringLiteral("Anna Rossi")));
        QCOMPARE(dock()->windowTitle(), Ui::ThreadDock::tr("Discussion (%1)").arg(1));

        // A reply: not asked again.
        click(ThreadHtml::Action::Reply, first.id);
        QVERIFY(!pane()->findChild<Ui::AuthorDialog *>() || !pane()->findChild<Ui::AuthorDialog *>()->isVisible());
        QCOMPARE(editor()->heading(), Ui::CommentEditor::tr("Reply to %1").arg(QStringLiteral("Anna Rossi")));
        write(QStringLiteral("Yes, 1848."));
        const Model::Comment reply = onlyComment(QStringLiteral("Yes, 1848."));
        QCOMPARE(reply.parentId, first.id);
        QCOMPARE(f.library->undoStack()->count(), steps + 2);
        QCOMPARE(dock()->windowTitle(), Ui::ThreadDock::tr("Discussion (%1)").arg(2));

        // An edit starts from the text there is.
        click(ThreadHtml::Action::Edit, first.id);
        QCOMPARE(editor()->text(), first.body);
        editor()->textEdit()->clear();
        write(QStringLiteral("Is the year right?"));
        QCOMPARE(f.library->comment(first.id)->body, QStringLiteral("Is the year right?"));
        QVERIFY(f.library->comment(first.id)->edited.isValid());
        QCOMPARE(f.library->undoStack()->count(), steps + 3);
        QVERIFY(shown().contains(ThreadHtml::tr("edited")));

        // Deleting a comment with a reply leaves "deleted" above the reply.
        click(ThreadHtml::Action::Delete, first.id);
        QVERIFY(f.library->comment(first.id)->deleted);
        QCOMPARE(f.library->undoStack()->count(), steps + 4);
        QVERIFY(!shown().contains(QStringLiteral("Is the year right?")));
        QVERIFY(shown().contains(ThreadHtml::tr("This comment was deleted.")));
        QVERIFY(shown().contains(QStringLiteral("Yes, 1848.")));
        QCOMPARE(dock()->windowTitle(), Ui::ThreadDock::tr("Discussion (%1)").arg(1));

        // Undo brings it back, and the pane follows.
        f.library->undoStack()->undo();
        pane()->refreshNow();
        QVERIFY(shown().contains(QStringLiteral("Is the year right?")));
    }

    void cancelStoresNothing()
    {
        markAuthorAsked();
        const int comments = int(f.library->comments(f.article).size());
        pane()->newButton()->click();
        QVERIFY(editor()->isVisible());
        QTest::keyClicks(editor()->textEdit(), QStringLiteral("never mind"));
        QTest::keyClick(editor()->textEdit(), Qt::Key_Escape);
        QVERIFY(!editor()->isVisible());
        QCOMPARE(f.library->comments(f.article).size(), comments);
        // Blank text cannot be posted.
        pane()->newButton()->click();
        QTest::keyClicks(editor()->textEdit(), QStringLiteral("   "));
        QVERIFY(!editor()->postButton()->isEnabled());
        QTest::keyClick(editor()->textEdit(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(f.library->comments(f.article).size(), comments);
    }

    // Watching, offline: what a merged file brings into a watched thread is new in the pane and in
    // the library list until read; a comment can be watched on its own; leaving the article reads them.
    void watchingMarksMergedCommentsNew()
    {
        markAuthorAsked();
        QVERIFY(shown().contains(ThreadHtml::tr("Watch this discussion")));
        click(ThreadHtml::Action::WatchThread, f.article);
        QVERIFY(*f.library->isWatchingArticleThread(f.article));
        QVERIFY(shown().contains(ThreadHtml::tr("Watching this discussion")));

        const QString mine = addComment(QStringLiteral("Anna"), QStringLiteral("Chi ha letto il trattato?"));
        click(ThreadHtml::Action::Watch, mine);
        QVERIFY(*f.library->isWatchingComment(mine));
        QVERIFY(shown().contains(ThreadHtml::tr("Stop watching")));

        auto entry = [this](const QString &parent, const QString &body) {
            Thread::Entry e;
            e.comment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            e.comment.articleId = f.article;
            e.comment.parentId = parent;
            e.comment.author = QStringLiteral("Giulia");
            e.comment.body = body;
            e.comment.created = QDateTime::currentDateTimeUtc().addSecs(-30);
            return e;
        };
        Thread::ThreadFile file;
        file.articleId = f.article;
        file.comments = {
            entry(mine, QStringLiteral("Io sì: l'articolo 4.")), entry({}, QStringLiteral("Domanda nuova sul 1961."))};
        const auto merged = f.library->mergeThread(f.article, file);
        QVERIFY2(merged, qPrintable(merged.error().message));
        QCOMPARE(merged->unread, 2);
        pane()->refreshNow();
        QCOMPARE(shown().count(ThreadHtml::tr("new")), 3); // a badge on each, and "2 new" above the thread
        QVERIFY(shown().contains(ThreadHtml::tr("%n new", nullptr, 2)));
        auto *list = f.window->findChild<LibraryListModel *>();
        QVERIFY(list);
        const QModelIndex row = list->indexForId(f.article);
        QCOMPARE(row.data(LibraryListModel::UnreadRole).toInt(), 2);
        QVERIFY(row.data().toString().contains(LibraryListModel::tr("● %n new comment(s)", nullptr, 2)));

        // Undoing the merge takes the marks away with the comments; redo brings both back.
        f.library->undoStack()->undo();
        QCOMPARE(*f.library->unreadCount(f.article), 0);
        f.library->undoStack()->redo();
        QCOMPARE(*f.library->unreadCount(f.article), 2);

        // Seen in the pane, then left: read.
        dock()->show();
        QTRY_VERIFY(pane()->isVisible());
        pane()->refreshNow();
        const QString first = f.article;
        f.window->openArticleAt(0);
        QTRY_VERIFY(pane()->articleId() != first);
        QCOMPARE(*f.library->unreadCount(first), 0);
        QCOMPARE(row.data(LibraryListModel::UnreadRole).toInt(), 0);

        // Mark as read, without leaving the article; then the thread is no longer watched.
        f.window->openArticleAt(list->indexForId(first).row());
        QTRY_COMPARE(pane()->articleId(), first);
        QVERIFY(f.library->mergeThread(first, file));
        Thread::ThreadFile more;
        more.articleId = first;
        more.comments = {entry({}, QStringLiteral("Un'altra domanda."))};
        QCOMPARE(f.library->mergeThread(first, more)->unread, 1);
        pane()->refreshNow();
        click(ThreadHtml::Action::MarkRead, first);
        QCOMPARE(*f.library->unreadCount(first), 0);
        click(ThreadHtml::Action::UnwatchThread, first);
        QVERIFY(!*f.library->isWatchingArticleThread(first));
        QVERIFY(shown().contains(ThreadHtml::tr("Watch this discussion")));
    }

    void switchingArticlesKeepsTheText()
    {
        markAuthorAsked();
        pane()->newButton()->click();
        QTest::keyClicks(editor()->textEdit(), QStringLiteral("half a thought"));
        const QString first = f.article;
        f.window->openArticleAt(0);
        QTRY_VERIFY(pane()->articleId() != first);
        QVERIFY(editor()->isVisible());
        QCOMPARE(editor()->text(), QStringLiteral("half a thought"));
        editor()->postButton()->click();
        QCOMPARE(f.library->comments(first).size(), 1);
        QCOMPARE(f.library->comments(first).first().body, QStringLiteral("half a thought"));
        QVERIFY(f.library->comments(pane()->articleId()).isEmpty());
    }

    void authorAskedOnceAsGuest()
    {
        QVERIFY(!f.library->authorProfile().asked);
        pane()->newButton()->click();
        answerAuthor({});
        write(QStringLiteral("First words"));
        QCOMPARE(onlyComment(QStringLiteral("First words")).author, Ui::AuthorDialog::guestName());
        QVERIFY(f.library->authorProfile().asked);
        QTRY_VERIFY(!pane()->findChild<Ui::AuthorDialog *>()); // deleted once closed
        pane()->newButton()->click();
        QVERIFY(!pane()->findChild<Ui::AuthorDialog *>());
        write(QStringLiteral("Second words"));
        QCOMPARE(onlyComment(QStringLiteral("Second words")).author, Ui::AuthorDialog::guestName());
    }

    void authorChangedInSettings()
    {
        Ui::PreferencesDialog *dialog = f.window->showPreferences();
        dialog->authorPage()->nameEdit()->setText(QStringLiteral("  Carla  Bianchi "));
        dialog->authorPage()->emailEdit()->setText(QStringLiteral("carla@example.org"));
        QVERIFY(dialog->apply());
        QCOMPARE(f.library->authorProfile().name, QStringLiteral("Carla Bianchi"));
        QCOMPARE(f.library->authorProfile().email, QStringLiteral("carla@example.org"));
        QVERIFY(f.library->authorProfile().asked);
        // A blank name is refused and nothing changes.
        dialog->authorPage()->nameEdit()->setText(QStringLiteral("  "));
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                box->reject();
            }
        });
        QVERIFY(!dialog->apply());
        QCOMPARE(f.library->authorProfile().name, QStringLiteral("Carla Bianchi"));
        dialog->close();
        // New comments and votes carry the name.
        pane()->newButton()->click();
        write(QStringLiteral("From Carla"));
        QCOMPARE(onlyComment(QStringLiteral("From Carla")).author, QStringLiteral("Carla Bianchi"));
    }

    void voteTwiceTakesItBack()
    {
        markAuthorAsked();
        const QString id = addComment(QStringLiteral("Bruno"), QStringLiteral("A point"));
        pane()->refreshNow();
        click(ThreadHtml::Action::VoteUp, id);
        QCOMPARE(f.library->comment(id)->votes, 1);
        QCOMPARE(f.library->comment(id)->ballots.value(QStringLiteral("Anna")), 1);
        click(ThreadHtml::Action::VoteUp, id);
        QCOMPARE(f.library->comment(id)->votes, 0);
        QVERIFY(f.library->comment(id)->ballots.isEmpty());
        click(ThreadHtml::Action::VoteDown, id);
        QCOMPARE(f.library->comment(id)->votes, -1);
        click(ThreadHtml::Action::VoteUp, id); // switches the vote, never counts it twice
        QCOMPARE(f.library->comment(id)->votes, 1);
    }

    void resolvingFoldsAway()
    {
        markAuthorAsked();
        const QString id = addComment(QStringLiteral("Bruno"), QStringLiteral("Where is the source?"));
        addComment(QStringLiteral("Carla"), QStringLiteral("In the footnote."), id, 30);
        pane()->refreshNow();
        click(ThreadHtml::Action::Resolve, id);
        QVERIFY(f.library->comment(id)->resolved);
        QVERIFY(shown().contains(QStringLiteral("Where is the source?"))); // the one line
        QVERIFY(!shown().contains(QStringLiteral("In the footnote.")));
        click(ThreadHtml::Action::Expand, id);
        QVERIFY(shown().contains(QStringLiteral("In the footnote.")));
        click(ThreadHtml::Action::Reopen, id);
        QVERIFY(!f.library->comment(id)->resolved);
        QVERIFY(shown().contains(QStringLiteral("In the footnote.")));
    }

    void sortIsRememberedByTheLibrary()
    {
        addComment(QStringLiteral("Bruno"), QStringLiteral("older one"), {}, 120);
        addComment(QStringLiteral("Carla"), QStringLiteral("newer one"), {}, 10);
        pane()->refreshNow();
        QVERIFY(shown().indexOf(QStringLiteral("older one")) < shown().indexOf(QStringLiteral("newer one")));
        const int newest = pane()->sortBox()->findData(int(Thread::Sort::Newest));
        pane()->sortBox()->setCurrentIndex(newest);
        Q_EMIT pane()->sortBox()->activated(newest);
        pane()->refreshNow();
        QVERIFY(shown().indexOf(QStringLiteral("newer one")) < shown().indexOf(QStringLiteral("older one")));

        // Closed and opened again: the library remembers.
        const QString dir = f.library->directory();
        f.window.reset();
        f.library->close();
        QVERIFY(!f.library->open(dir).failed());
        f.window = std::make_unique<Ui::MainWindow>(f.library.get());
        f.window->openArticleAt(1);
        pane()->refreshNow();
        QCOMPARE(pane()->sort(), Thread::Sort::Newest);
        QVERIFY(shown().indexOf(QStringLiteral("newer one")) < shown().indexOf(QStringLiteral("older one")));
    }

    void filterShowsOpenOrResolved()
    {
        const QString open = addComment(QStringLiteral("Bruno"), QStringLiteral("still open"));
        const QString done = addComment(QStringLiteral("Carla"), QStringLiteral("all settled"));
        QVERIFY(f.library->setCommentResolved(done, true));
        pane()->refreshNow();
        auto choose = [&](Thread::Filter filter) {
            const int i = pane()->filterBox()->findData(int(filter));
            pane()->filterBox()->setCurrentIndex(i);
            Q_EMIT pane()->filterBox()->activated(i);
            pane()->refreshNow();
        };
        choose(Thread::Filter::Open);
        QVERIFY(shown().contains(QStringLiteral("still open")));
        QVERIFY(!shown().contains(QStringLiteral("all settled")));
        choose(Thread::Filter::Resolved);
        QVERIFY(!shown().contains(QStringLiteral("still open")));
        QVERIFY(shown().contains(QStringLiteral("all settled")));
        choose(Thread::Filter::OnPassages);
        QVERIFY(shown().contains(ThreadHtml::tr("No comments match this filter.")));
        // The count is the article's, whatever the filter shows.
        QCOMPARE(pane()->commentCount(), 2);
        Q_UNUSED(open);
    }

    void showAllReplies()
    {
        const QString top = addComment(QStringLiteral("Bruno"), QStringLiteral("Top"), {}, 100);
        for (int i = 1; i <= 5; ++i) {
            addComment(QStringLiteral("Carla"), QStringLiteral("answer %1").arg(i), top, 100 - i);
        }
        pane()->refreshNow();
        QVERIFY(shown().contains(ThreadHtml::tr("Show all %n replies", nullptr, 5)));
        QVERIFY(!shown().contains(QStringLiteral("answer 1")));
        QVERIFY(!shown().contains(QStringLiteral("answer 2")));
        QVERIFY(shown().contains(QStringLiteral("answer 5")));
        click(ThreadHtml::Action::AllReplies, top);
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(shown().contains(QStringLiteral("answer %1").arg(i)));
        }
    }

    void longThreadsShowMoreOnRequest()
    {
        const int total = Ui::ThreadPane::PageSize + 2;
        for (int i = 0; i < total; ++i) {
            addComment(QStringLiteral("Bruno"), QStringLiteral("comment number %1.").arg(i), {}, 1000 - i);
        }
        pane()->refreshNow();
        QVERIFY(shown().contains(QStringLiteral("comment number %1.").arg(total - 3)));
        QVERIFY(!shown().contains(QStringLiteral("comment number %1.").arg(total - 1)));
        QVERIFY(shown().contains(ThreadHtml::tr("Show more comments (%n not shown)", nullptr, 2)));
        click(ThreadHtml::Action::More, QString::number(Ui::ThreadPane::PageSize));
        QVERIFY(shown().contains(QStringLiteral("comment number %1.").arg(total - 1)));
        QCOMPARE(pane()->commentCount(), total);
    }

    void showCommentUnfoldsAndScrolls()
    {
        for (int i = 0; i < 40; ++i) {
            addComment(QStringLiteral("Bruno"), QStringLiteral("filler %1").arg(i), {}, 500 - i);
        }
        const QString top = addComment(QStringLiteral("Bruno"), QStringLiteral("Top"), {}, 100);
        const QString hidden = addComment(QStringLiteral("Carla"), QStringLiteral("the hidden one"), top, 99);
        for (int i = 1; i <= 4; ++i) {
            addComment(QStringLiteral("Carla"), QStringLiteral("later %1").arg(i), top, 99 - i);
        }
        QVERIFY(f.library->setCommentResolved(top, true));
        dock()->hide();
        pane()->refreshNow();
        QVERIFY(!shown().contains(QStringLiteral("the hidden one")));
        QVERIFY(!shown().contains(QStringLiteral("Top"))); // beyond the first page
        QVERIFY(pane()->showComment(hidden));
        QTRY_VERIFY(dock()->isVisible());
        QVERIFY(shown().contains(QStringLiteral("the hidden one")));
        QVERIFY(pane()->view()->verticalScrollBar()->value() > 0); // scrolled down to it
        QVERIFY(!pane()->showComment(QStringLiteral("no-such-comment")));

        // A refresh (a vote elsewhere) keeps the place.
        const int scroll = pane()->view()->verticalScrollBar()->value();
        QVERIFY(f.library->voteComment(top, QStringLiteral("Dario"), Library::CommentVote::Up));
        pane()->refreshNow();
        QCOMPARE(pane()->view()->verticalScrollBar()->value(), scroll);
    }

    void inlineCommentOnAPassage()
    {
        markAuthorAsked();
        const QString quote = f.revision.canonicalText().mid(40, 30);
        Model::Annotation anchor = Anchor::exactHighlight(f.revision, 40, 70);
        anchor.anchor = {40, 70, 1.0, Model::AnchorStatus::Exact};
        pane()->startInlineComment(anchor);
        QVERIFY(editor()->heading().contains(QStringLiteral("«")));
        write(QStringLiteral("About this passage"));
        const Model::Comment c = onlyComment(QStringLiteral("About this passage"));
        QVERIFY(!c.annotationId.isEmpty());
        QCOMPARE(f.library->annotation(c.annotationId)->kind, Model::AnnotationKind::CommentAnchor);
        QVERIFY(shown().contains(quote.simplified().left(20)));
        QSignalSpy passage(pane(), &Ui::ThreadPane::passageRequested);
        pane()->activate(ThreadHtml::url(ThreadHtml::Action::Passage, c.annotationId));
        QCOMPARE(passage.size(), 1);
        QCOMPARE(passage.first().first().toString(), c.annotationId);
    }

    void dateHasItsExactTimeAsToolTip()
    {
        const QString id = addComment(QStringLiteral("Bruno"), QStringLiteral("dated"), {}, 3 * 24 * 60);
        pane()->refreshNow();
        const QDateTime created = f.library->comment(id)->created;
        const QString relative = ThreadHtml::relativeTime(created, QDateTime::currentDateTimeUtc());
        QTextDocument *doc = pane()->view()->document();
        const QTextCursor at = doc->find(relative);
        QVERIFY(!at.isNull());
        QCOMPARE(at.charFormat().toolTip(), ThreadHtml::exactTime(created));
    }

    // Seed 000 with a thread of a dozen comments from three authors, two of them on passages: the
    // count in the window, the quotes, and (with GLOSSA_TEST_SCREENSHOTS) a picture to look at.
    void seedArticleWithAThread()
    {
        LibraryImport import(f.library.get());
        const auto imported = import.importFile(QStringLiteral(GLOSSA_TEST_DATA "/seeds/000_2b8deaeb62eeb82e.txt"));
        QVERIFY(imported);
        QListView *list = nullptr;
        for (QListView *view : f.window->findChildren<QListView *>()) {
            if (view->accessibleName() == Ui::MainWindow::tr("Library")) {
                list = view;
            }
        }
        QVERIFY(list);
        int row = -1;
        for (int i = 0; list && i < list->model()->rowCount(); ++i) {
            if (list->model()->index(i, 0).data(LibraryListModel::IdRole).toString() == imported->articleId) {
                row = i;
            }
        }
        QVERIFY(row >= 0);
        QSignalSpy painted(f.window->reader(), &Ui::ReaderView::articlePainted);
        f.window->openArticleAt(row);
        QTRY_VERIFY_WITH_TIMEOUT(!painted.isEmpty(), 60'000);
        f.article = imported->articleId;
        f.revision = *f.library->currentRevision(f.article);
        QCOMPARE(pane()->articleId(), f.article);
        QVERIFY(f.library->setAuthorProfile(QStringLiteral("Anna"), {}));

        auto inlineOn = [&](const QString &quote, const QString &author, const QString &body, int minutesAgo) {
            const qsizetype start = f.revision.canonicalText().indexOf(quote);
            Model::Annotation anchor = Anchor::exactHighlight(f.revision, start, start + quote.size());
            anchor.anchor = {start, start + quote.size(), 1.0, Model::AnchorStatus::Exact};
            Model::Comment c;
            c.articleId = f.article;
            c.author = author;
            c.body = body;
            c.created = QDateTime::currentDateTimeUtc().addSecs(-60LL * minutesAgo);
            return f.library->addComment(c, anchor).valueOr({});
        };
        const QString a = addComment(QStringLiteral("Bruno"),
            QStringLiteral("Un buon riassunto. Manca però il ruolo del **Vietnam**, citato solo nel sommario."), {},
            4 * 24 * 60);
        const QString a1 = addComment(
            QStringLiteral("Anna"), QStringLiteral("È nella seconda parte, dopo il trattato."), a, 3 * 24 * 60);
        addComment(QStringLiteral("Carla"), QStringLiteral("Vero, ma in due righe."), a1, 3 * 24 * 60 - 30);
        addComment(QStringLiteral("Bruno"), QStringLiteral("Allora lo aggiungo alla scheda."), a1, 2 * 24 * 60);
        const QString b
            = inlineOn(QStringLiteral("Erano ventiquattro anni che Vladimir Putin non si recava in Corea del "
                                      "Nord"),
                QStringLiteral("Carla"), QStringLiteral("Fonte? Mi risulta *luglio 2000*."), 2 * 24 * 60);
        addComment(QStringLiteral("Anna"), QStringLiteral("Sì, 19 luglio 2000."), b, 26 * 60);
        const QString c = addComment(
            QStringLiteral("Carla"), QStringLiteral("Per l'esame basta la parte sul trattato?"), {}, 30 * 60);
        addComment(QStringLiteral("Bruno"), QStringLiteral("Sì, il resto è contesto."), c, 29 * 60);
        QVERIFY(f.library->setCommentResolved(c, true));
        const QString d = inlineOn(QStringLiteral("I due leader hanno firmato un trattato"), QStringLiteral("Anna"),
            QStringLiteral("Qual è l'articolo sull'assistenza reciproca?\n\n- art. 4\n- art. 7?"), 5 * 60);
        addComment(QStringLiteral("Bruno"), QStringLiteral("L'articolo 4."), d, 3 * 60);
        const QString e = addComment(
            QStringLiteral("Bruno"), QStringLiteral("Qualcuno ha il testo del trattato in inglese?"), {}, 90);
        QVERIFY(
            f.library->editComment(e, QStringLiteral("Qualcuno ha il testo **integrale** del trattato in inglese?")));
        addComment(QStringLiteral("Carla"), QStringLiteral("Lo cerco stasera."), e, 20);
        for (const QString &voter : {QStringLiteral("Anna"), QStringLiteral("Carla")}) {
            QVERIFY(f.library->voteComment(a, voter, Library::CommentVote::Up));
        }
        QVERIFY(f.library->voteComment(d, QStringLiteral("Bruno"), Library::CommentVote::Up));
        pane()->refreshNow();

        QCOMPARE(pane()->commentCount(), 12);
        QCOMPARE(dock()->windowTitle(), Ui::ThreadDock::tr("Discussion (%1)").arg(12));
        QVERIFY(shown().contains(QStringLiteral("Erano ventiquattro anni")));
        QVERIFY(shown().contains(QStringLiteral("I due leader hanno firmato un trattato")));
        QVERIFY(!shown().contains(QStringLiteral("Sì, il resto è contesto."))); // resolved: folded
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            f.window->findChild<QAction *>(QStringLiteral("showDiscussion"))->trigger();
            f.window->resizeDocks({dock()}, {460}, Qt::Horizontal);
            f.window->resizeDocks({dock()}, {720}, Qt::Vertical);
            QTest::qWait(800);
            f.window->grab().save(shots + QStringLiteral("/discussion-window.png"));
            dock()->setFloating(true);
            dock()->resize(480, 1150);
            QTest::qWait(300);
            dock()->grab().save(shots + QStringLiteral("/discussion-pane.png"));
            pane()->startNewComment();
            editor()->textEdit()->setPlainText(QStringLiteral("Ci vediamo *giovedì* per ripassare?"));
            QTest::qWait(300);
            dock()->grab().save(shots + QStringLiteral("/discussion-editor.png"));
        }
    }

    void keysReachThePane()
    {
        QAction *toggle = f.window->findChild<QAction *>(QStringLiteral("showDiscussion"));
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        bool inViewMenu = false;
        for (QAction *menu : f.window->menuBar()->actions()) {
            if (menu->text() == Ui::MainWindow::tr("&View") && menu->menu()) {
                inViewMenu = menu->menu()->actions().contains(toggle);
            }
        }
        QVERIFY(inViewMenu);
        addComment(QStringLiteral("Bruno"), QStringLiteral("counted"));
        QTRY_COMPARE(toggle->text(), Ui::ThreadDock::tr("&Discussion (%1)").arg(1));
        toggle->trigger();
        QVERIFY(dock()->isVisible());
        QVERIFY(pane()->isAncestorOf(QApplication::focusWidget()));
        toggle->trigger(); // in it: hides it
        QVERIFY(!dock()->isVisible());
        toggle->trigger();
        QVERIFY(pane()->isAncestorOf(QApplication::focusWidget()));

        // Ctrl+Tab goes round the panes and the Discussion is one of them.
        f.readerInput()->setFocus();
        bool reached = false;
        for (int i = 0; i < 6 && !reached; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
            reached = pane()->isAncestorOf(QApplication::focusWidget());
        }
        QVERIFY(reached);
        QVERIFY(!pane()->accessibleName().isEmpty());
        QVERIFY(!pane()->view()->accessibleName().isEmpty());
        QVERIFY(!pane()->sortBox()->accessibleName().isEmpty());
        QVERIFY(!editor()->textEdit()->accessibleName().isEmpty());
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TestThreadPane)
#include "tst_threadpane.moc"
