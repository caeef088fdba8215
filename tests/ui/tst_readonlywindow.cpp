// SPDX-License-Identifier: GPL-3.0-or-later
// A library the window may not write: its folder read-only (really: a read-only mount for root,
// no write permission otherwise), or held by another Glossa process (a real one, lock_holder). The
// window opens it read-only with a banner saying why, every control that writes is disabled with
// the reason, and reading, search, export and print still work. The held library is explained
// (which process, on which host) with "Open Read-Only" or Close, and once the holder is killed
// with SIGKILL the library opens for writing again. And the window's import onto a full disk (a
// real tmpfs) says "The disk is full", naming the library, and stores nothing of it. Opening a
// library in the window checks its file on a thread of its own.
#include "annotations/noteeditor.h"
#include "export/exportmenu.h"
#include "helpers/smalldisk.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "import/importcontroller.h"
#include "library/articleactions.h"
#include "library/library.h"
#include "library/libraryopener.h"
#include "library/readonlymode.h"
#include "mainwindow.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"
#include "search/searchpanel.h"
#include "search/searchresultsmodel.h"
#include "search/searchui.h"
#include "store/database.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>
#include <QToolBar>

using namespace Glossa;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

QString libraryFile(const QString &dir)
{
    return QDir(dir).filePath(Store::LibraryStore::FileName.toString());
}

} // namespace

class TstReadOnlyWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    // A library with the sample articles, closed again.
    QString makeLibrary()
    {
        const QString dir = m_dir.filePath(QStringLiteral("lib%1").arg(++m_count));
        Library library;
        if (!Test::openNewLibrary(library, dir)) {
            return {};
        }
        library.addSampleArticles();
        library.addSampleAnnotations();
        return dir;
    }

    // The window on `library`, with its first article painted.
    static std::unique_ptr<Ui::MainWindow> showWindow(Library *library)
    {
        auto window = std::make_unique<Ui::MainWindow>(library);
        QSignalSpy painted(window->reader(), &Ui::ReaderView::articlePainted);
        window->resize(1200, 800);
        window->show();
        window->openArticleAt(0);
        if (!QTest::qWaitFor([&] { return !painted.isEmpty(); }, 60'000)) {
            return nullptr;
        }
        return window;
    }

    // Everything the window marks as writing is disabled and says why; what reads is not.
    static void verifyReadOnlyWindow(Ui::MainWindow &window, const Library &library, const QString &reason)
    {
        Ui::ReadOnlyMode *mode = window.readOnlyMode();
        QVERIFY(mode->isReadOnly());
        QVERIFY(mode->banner()->isVisible());
        const QString message = mode->message();
        QVERIFY2(message.startsWith(u"This library is read-only: "), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));

        int writing = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (Ui::ReadOnlyMode::isMarkedWriting(action)) {
                ++writing;
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
                QCOMPARE(action->statusTip(), message);
            }
        }
        // Import, paste, undo, redo, merge, import annotations, properties, note, delete, keys 1–6,
        // note, comment, remove, style, private, link.
        QVERIFY2(writing >= 20, qPrintable(QString::number(writing)));
        QList<QAction *> named {window.articleActions()->deleteAction(), window.articleActions()->propertiesAction(),
            window.exportMenu()->importAnnotationsAction(), window.findChild<QAction *>(QStringLiteral("linkTo")),
            window.findChild<QAction *>(QStringLiteral("mergeDiscussion"))};
        named += window.controller()->actions().mid(0, 6); // highlight keys 1–6
        for (QAction *action : named) {
            QVERIFY(action);
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            // A feature enabling it again (a selection made, another article shown) does not.
            action->setEnabled(true);
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
        QVERIFY(window.noteEditor()->textEdit()->isReadOnly());
        // With no highlight chosen, the empty note does not invite writing one.
        const QString placeholder = window.noteEditor()->textEdit()->placeholderText();
        QVERIFY2(placeholder.contains(u"read its note") && !placeholder.contains(u"press N"), qPrintable(placeholder));
        // A highlight's note is shown, not edited.
        const auto annotations = library.annotations(window.reader()->articleId());
        QVERIFY(!annotations.isEmpty());
        window.controller()->focusAnnotation(annotations.first().id, true);
        QTRY_VERIFY(window.noteEditor()->hasNote());
        QCOMPARE(window.noteEditor()->textEdit()->toPlainText(), annotations.first().note);
        QVERIFY(window.noteEditor()->textEdit()->isReadOnly());

        // Reading: export, print and search.
        QVERIFY(window.exportMenu()->pdfAction()->isEnabled());
        QAction *print = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"&Print…") {
                print = action;
            }
        }
        QVERIFY(print && print->isEnabled());
        Ui::SearchPanel *search = window.search()->panel();
        search->field()->setText(QStringLiteral("matita"));
        search->searchNow();
        QTRY_VERIFY_WITH_TIMEOUT(search->results()->rowCount() > 0, 10'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aFolderWithoutWritePermissionOpensReadOnly()
    {
        const QString dir = makeLibrary();
        QVERIFY(!dir.isEmpty());
        QString why;
        QVERIFY2(Test::SmallDisk::makeReadOnly(dir, &why), qPrintable(why));
        const auto unmount = qScopeGuard([&dir] { Test::SmallDisk::unmount(dir); });
        const QByteArray before = hashOf(libraryFile(dir));

        Library library;
        QVERIFY(Ui::openWindowLibrary(library, dir, {.interactive = false}));
        QVERIFY(library.isReadOnly());
        QCOMPARE(library.store()->readOnlyCause().kind, Store::OpenFailure::Kind::ReadOnly);
        {
            auto window = showWindow(&library);
            QVERIFY(window);
            verifyReadOnlyWindow(
                *window, library, u"no permission to write in its folder " + QDir::toNativeSeparators(dir));
            if (QTest::currentTestFailed()) {
                return;
            }
            // Another article opened: still nothing is written (its "last read" is not recorded).
            window->openArticleAt(1);
            QTest::qWait(200);
        }
        library.close();
        QCOMPARE(hashOf(libraryFile(dir)), before);
    }

    void aLibraryHeldByAnotherProcessIsExplainedAndOpensReadOnly()
    {
        const QString dir = makeLibrary();
        QVERIFY(!dir.isEmpty());
        QProcess holder;
        holder.start(QStringLiteral(GLOSSA_LOCK_HOLDER), {dir});
        QVERIFY(holder.waitForStarted());
        QVERIFY2(holder.waitForReadyRead(30'000), holder.readAllStandardError().constData());
        QCOMPARE(holder.readAllStandardOutput().trimmed(), QByteArray("ready"));

        // The question names the process; "Open Read-Only" is chosen.
        QString asked, details;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != u"libraryInUse") {
                return;
            }
            answer.stop();
            asked = box->text();
            details = box->informativeText();
            box->findChild<QPushButton *>(QStringLiteral("openReadOnly"))->click();
        });
        answer.start(50);
        Library library;
        QVERIFY(Ui::openWindowLibrary(library, dir, {}));
        QVERIFY2(asked.contains(QDir::toNativeSeparators(dir)), qPrintable(asked));
        const QString who
            = QStringLiteral("lock_holder (process %1) on %2").arg(holder.processId()).arg(QSysInfo::machineHostName());
        QVERIFY2(details.contains(who), qPrintable(details));
        QVERIFY(library.isReadOnly());
        QCOMPARE(library.store()->readOnlyCause().kind, Store::OpenFailure::Kind::Locked);
        {
            auto window = showWindow(&library);
            QVERIFY(window);
            verifyReadOnlyWindow(*window, library,
                QStringLiteral("another Glossa has it open for writing (lock_holder, process %1 on %2)")
                    .arg(holder.processId())
                    .arg(QSysInfo::machineHostName()));
        }
        library.close();

        // The holder crashes (SIGKILL leaves its lock file behind): the lock is taken over at once.
        holder.kill();
        QVERIFY(holder.waitForFinished(10'000));
        QVERIFY(QFile::exists(QDir(dir).filePath(Store::LibraryStore::LockFileName.toString())));
        Library next;
        const Store::OpenFailure failure = next.open(dir);
        QVERIFY2(!failure.failed(), qPrintable(failure.detail));
        QVERIFY(!next.isReadOnly());
    }

    void anImportInTheWindowOntoAFullDiskSaysSo()
    {
        const QString disk = m_dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        QString why;
        if (!Test::SmallDisk::mount(disk, 8 * 1024 * 1024, &why)) {
            QSKIP(qPrintable(why)); // only outside tools/dev and CI, which run the tests as root
        }
        const auto unmount = qScopeGuard([&disk] { Test::SmallDisk::unmount(disk); });
        // An article of random words, bigger than the room left.
        const QString big = m_dir.filePath(QStringLiteral("grande.md"));
        {
            QFile file(big);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray text = "# Un articolo troppo grande\n\n";
            QRandomGenerator rng(6);
            while (text.size() < 600 * 1024) {
                for (int w = 0; w < 60; ++w) {
                    for (int c = int(rng.bounded(3, 10)); c > 0; --c) {
                        text += char('a' + rng.bounded(26));
                    }
                    text += ' ';
                }
                text += "\n\n";
            }
            file.write(text);
        }
        const QString dir = QDir(disk).filePath(QStringLiteral("library"));
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir));
        library.addSampleArticles();
        const qsizetype before = library.articles().size();
        {
            Ui::MainWindow window(&library);
            window.show();
            QVERIFY(Test::SmallDisk::fill(QDir(disk).filePath(QStringLiteral("filler")), 96 * 1024));
            // As a person imports: the failure is told in a message box, which the test reads and closes.
            QString told;
            QTimer answer;
            answer.setInterval(50);
            connect(&answer, &QTimer::timeout, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (!box || box->text().isEmpty()) {
                    return;
                }
                told = box->text() + u'\n' + box->informativeText();
                if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
                    box->grab().save(shots + QStringLiteral("/import-full-disk.png"));
                }
                box->reject();
            });
            answer.start();
            QSignalSpy finished(window.importer(), &Ui::ImportController::finished);
            window.importer()->importFiles({big});
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
            QTRY_VERIFY_WITH_TIMEOUT(!told.isEmpty(), 30'000);
            answer.stop();
            QVERIFY2(told.contains(u"could not be imported") && told.contains(u"The disk is full"), qPrintable(told));
            QCOMPARE(finished.first().at(0).toInt(), 0);
            const QStringList failures = finished.first().at(1).toStringList();
            QCOMPARE(failures.size(), 1);
            QVERIFY2(failures.first().contains(u"The disk is full"), qPrintable(failures.first()));
            QVERIFY2(failures.first().contains(QDir::toNativeSeparators(dir)), qPrintable(failures.first()));
        }
        QCOMPARE(library.articles().size(), before);
        const auto problems = library.store()->integrityCheck();
        QVERIFY(problems.ok() && problems->isEmpty());
    }

    // The check of the library file at open reads every page: the window's opener runs it on a thread
    // of its own, so the event loop goes on (a timer ticks) and a progress dialog can show.
    void theCheckAtOpenLeavesTheEventLoopRunning()
    {
        const QString dir = makeLibrary();
        QVERIFY(!dir.isEmpty());
        {
            // 32 MB more pages to check.
            auto db = Store::Database::open(libraryFile(dir), Store::Database::Mode::ReadWrite);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE filler(b BLOB)")));
            for (int i = 0; i < 32; ++i) {
                QVERIFY((*db)->exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(1048576))")));
            }
        }
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        Library library;
        QVERIFY(Ui::openWindowLibrary(library, dir, {}));
        ticker.stop();
        QVERIFY(library.isOpen() && !library.isReadOnly());
        QVERIFY2(ticks > 0, "the event loop did not run while the library was checked");
        QCOMPARE(library.articles().size(), 3);
    }

    void closingTheQuestionOpensNothing()
    {
        const QString dir = makeLibrary();
        QVERIFY(!dir.isEmpty());
        QProcess holder;
        holder.start(QStringLiteral(GLOSSA_LOCK_HOLDER), {dir});
        QVERIFY(holder.waitForStarted());
        QVERIFY2(holder.waitForReadyRead(30'000), holder.readAllStandardError().constData());
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                answer.stop();
                box->button(QMessageBox::Close)->click();
            }
        });
        answer.start(50);
        Library library;
        QVERIFY(!Ui::openWindowLibrary(library, dir, {}));
        QVERIFY(!library.isOpen());
        holder.kill();
        holder.waitForFinished(10'000);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstReadOnlyWindow)
#include "tst_readonlywindow.moc"
