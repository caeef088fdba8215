// SPDX-License-Identifier: GPL-3.0-or-later
// Importing from the window: files (chosen or dropped), a bad file among good ones, the update of an
// article imported before (written off the window's thread, one undo step), the same text from
// another file (the person is asked, and opens the article it is in), an HTML file, and pasting a
// page from the clipboard.
#include "helpers/pagescript.h"
#include "helpers/testfiles.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "import/importcontroller.h"
#include "library/library.h"
#include "library/undostack.h"
#include "mainwindow.h"
#include "reader/readerview.h"
#include "store/annotationrepository.h"
#include "store/database.h"
#include "store/librarystore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

using namespace Glossa;

class TstImportUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Ui::MainWindow> m_window;

    QString write(const QString &name, const QByteArray &bytes) { return Test::writeFile(m_dir, name, bytes); }

    static QByteArray article(const QString &title, const QString &extra = {})
    {
        return (QStringLiteral("---\ntitle: %1\nlang: it\n---\n\n# %1\n\n"
                               "La lettura lenta di un articolo permette di coglierne la struttura e di annotarne "
                               "i passaggi principali con calma, senza fretta e con attenzione.\n\n%2\n\n"
                               "Un secondo paragrafo chiude il testo con una frase che resta sempre uguale.\n")
                    .arg(title, extra))
            .toUtf8();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>();
        QVERIFY(Test::openNewLibrary(*m_library, m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        m_window = std::make_unique<Ui::MainWindow>(m_library.get());
        m_window->importer()->setInteractive(false, WhenAlreadyImported::UpdateExisting);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_library.reset();
    }

    void importDialogOpensOnAFolderWithAnEmptyName_data()
    {
        QTest::addColumn<bool>("hasDownloads");
        QTest::addRow("a home without Downloads") << false;
        QTest::addRow("a home with Downloads") << true;
    }

    void importDialogOpensOnAFolderWithAnEmptyName()
    {
        QFETCH(bool, hasDownloads);
        // A home folder of the test's own (the dialog starts from the person's Downloads folder).
        QTemporaryDir home;
        QVERIFY(home.isValid());
        if (hasDownloads) {
            QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Downloads")));
        }
        const QByteArray oldHome = qgetenv("HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        const auto restore = qScopeGuard([&] { qputenv("HOME", oldHome); });

        QString shownFolder;
        QString shownName = QStringLiteral("(no dialog)");
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog) {
                return;
            }
            poll.stop();
            shownFolder = dialog->directory().absolutePath();
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            shownName = name ? name->text() : QStringLiteral("(no name field)");
            dialog->reject();
        });
        poll.start(50);
        m_window->importer()->chooseAndImport();
        QCOMPARE(shownName, QString()); // not "Downloads"
        QCOMPARE(
            shownFolder, QDir(hasDownloads ? home.filePath(QStringLiteral("Downloads")) : home.path()).absolutePath());
        QVERIFY(m_library->articles().isEmpty()); // cancelled: nothing imported
    }

    void badFileAmongGoodOnesChangesNothingElse()
    {
        const QString good1 = write(QStringLiteral("uno.md"), article(QStringLiteral("Primo articolo")));
        const QString bad = write(QStringLiteral("rotto.txt"), QByteArray("\x00\x01\x02\xff\xfe binary", 12));
        const QString good2 = write(QStringLiteral("due.md"), article(QStringLiteral("Secondo articolo")));
        QSignalSpy finished(m_window->importer(), &Ui::ImportController::finished);
        QSignalSpy painted(m_window->reader(), &Ui::ReaderView::articlePainted);
        m_window->importer()->importFiles({good1, bad, good2});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        QCOMPARE(finished.first().at(0).toInt(), 2);
        const QStringList failures = finished.first().at(1).toStringList();
        QCOMPARE(failures.size(), 1);
        QVERIFY(failures.first().contains(QStringLiteral("rotto.txt")));
        QCOMPARE(m_library->articles().size(), 2);
        // The last imported article is shown.
        QVERIFY(painted.wait(60'000) || !painted.isEmpty());
        QCOMPARE(m_library->article(m_window->reader()->articleId())->title, QStringLiteral("Secondo articolo"));
    }

    // A long import leaves the window running: the event loop turns between every two files (a timer's
    // ticks are counted), so it paints, takes input and can cancel.
    void theWindowKeepsRunningDuringALongImport()
    {
        QStringList paths;
        for (int i = 0; i < 30; ++i) {
            paths << write(QStringLiteral("lungo-%1.md").arg(i), article(QStringLiteral("Articolo numero %1").arg(i)));
        }
        int ticks = 0;
        QList<int> ticksAtImport; // the ticks counted when each article was stored
        QTimer ticker;
        ticker.setInterval(0);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        connect(m_library.get(), &Library::articleAdded, this, [&] { ticksAtImport << ticks; });
        QSignalSpy finished(m_window->importer(), &Ui::ImportController::finished);
        ticker.start();
        m_window->importer()->importFiles(paths);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120'000);
        ticker.stop();
        QCOMPARE(finished.first().at(0).toInt(), int(paths.size()));
        QCOMPARE(m_library->articles().size(), paths.size());
        QCOMPARE(ticksAtImport.size(), paths.size());
        for (qsizetype i = 1; i < ticksAtImport.size(); ++i) {
            QVERIFY2(ticksAtImport[i] > ticksAtImport[i - 1],
                qPrintable(QStringLiteral("no tick between the articles %1 and %2").arg(i).arg(i + 1)));
        }
    }

    void reimportUpdatesTheArticleAndKeepsItsNotes()
    {
        const QString path = write(QStringLiteral("pezzo.md"), article(QStringLiteral("Un pezzo")));
        QSignalSpy finished(m_window->importer(), &Ui::ImportController::finished);
        m_window->importer()->importFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        const QString id = m_library->articles().first().id;
        const Model::Revision first = *m_library->currentRevision(id);
        const QString quote = QStringLiteral("frase che resta sempre uguale");
        const qsizetype start = first.canonicalText().indexOf(quote);
        Model::Annotation a;
        a.articleId = id;
        a.revisionId = first.id;
        a.color = QStringLiteral("agree");
        a.note = QStringLiteral("da ricordare");
        a.selector.start = start;
        a.selector.end = start + quote.size();
        a.selector.exact = quote;
        a.anchor = {start, start + quote.size(), 1.0, Model::AnchorStatus::Exact};
        QVERIFY(m_library->addAnnotation(a));

        write(QStringLiteral("pezzo.md"),
            article(QStringLiteral("Un pezzo"), QStringLiteral("Un paragrafo aggiunto in seguito.")));
        m_window->importer()->importFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60'000);
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QCOMPARE(m_library->articles().size(), 1); // updated, not duplicated
        const Model::Revision second = *m_library->currentRevision(id);
        QVERIFY(second.id != first.id);
        const Model::Annotation moved = m_library->annotations(id).first();
        QCOMPARE(moved.note, QStringLiteral("da ricordare"));
        QCOMPARE(second.canonicalText().mid(moved.anchor.start, moved.anchor.end - moved.anchor.start), quote);
        QVERIFY(moved.anchor.start > start); // the new paragraph pushed it down
    }

    // Updating an article that carries many annotations re-anchors and writes them all: that runs on
    // the import's own thread and connection, so the window's event loop goes on turning while the
    // library is being written (a timer sees the write lock held by another connection), and the
    // update lands on the undo stack as one step, written once, that undo and redo take back and forth.
    void anUpdateIsWrittenOffTheWindowThreadAndIsOneUndoStep()
    {
        const QString path = write(QStringLiteral("annotato.md"), article(QStringLiteral("Molto annotato")));
        QSignalSpy finished(m_window->importer(), &Ui::ImportController::finished);
        m_window->importer()->importFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        const Model::Article stored = m_library->articles().first();
        const Model::Revision first = *m_library->currentRevision(stored.id);
        const QString text = first.canonicalText();
        const QString quote = QStringLiteral("frase che resta sempre uguale");
        const qsizetype at = text.indexOf(quote);
        QVERIFY(at > 0);
        constexpr int kAnnotations = 3000;
        {
            Store::Database &db = m_library->store()->db();
            Store::Transaction t(db);
            Store::AnnotationRepository annotations(db);
            for (int i = 0; i < kAnnotations; ++i) {
                Model::Annotation a;
                a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                a.articleId = stored.id;
                a.revisionId = first.id;
                a.color = QStringLiteral("agree");
                a.note = QStringLiteral("nota %1").arg(i);
                a.selector.start = at;
                a.selector.end = at + quote.size();
                a.selector.exact = quote;
                a.selector.prefix = text.mid(at - 20, 20);
                a.selector.suffix = text.mid(at + quote.size(), 20);
                a.anchor = {at, at + quote.size(), 1.0, Model::AnchorStatus::Exact};
                a.created = a.updated = QDateTime::currentDateTimeUtc();
                QVERIFY(annotations.insert(a));
            }
            QVERIFY(t.commit());
        }
        const int stepsBefore = m_library->undoStack()->count();

        // A connection of the test's own, which never waits, asks at each tick whether another
        // connection is writing the library.
        auto probe = Store::Database::open(m_library->store()->databasePath(), Store::Database::Mode::ReadWrite);
        QVERIFY(probe);
        QVERIFY((*probe)->exec(QStringLiteral("PRAGMA busy_timeout=0")));
        int ticks = 0;
        int ticksWhileWritten = 0;
        QTimer ticker;
        ticker.setInterval(2);
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            if ((*probe)->exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                QVERIFY((*probe)->exec(QStringLiteral("ROLLBACK")));
            } else {
                ++ticksWhileWritten;
            }
        });
        write(QStringLiteral("annotato.md"),
            article(QStringLiteral("Molto annotato"), QStringLiteral("Un paragrafo aggiunto in seguito.")));
        ticker.start();
        m_window->importer()->importFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 120'000);
        ticker.stop();
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QVERIFY2(ticksWhileWritten > 0,
            qPrintable(QStringLiteral("the event loop never ran while the library was written (%1 ticks)").arg(ticks)));

        const Model::Revision second = *m_library->currentRevision(stored.id);
        QVERIFY(second.id != first.id);
        auto movedTo = [&](const Model::Revision &revision) {
            const QList<Model::Annotation> all = m_library->annotations(stored.id);
            for (const Model::Annotation &a : all) {
                if (a.revisionId != revision.id
                    || revision.canonicalText().mid(a.anchor.start, a.anchor.end - a.anchor.start) != quote) {
                    return false;
                }
            }
            return all.size() == kAnnotations;
        };
        QVERIFY(movedTo(second));
        QCOMPARE(m_library->undoStack()->count(), stepsBefore + 1);
        QCOMPARE(m_library->undoStack()->undoText(), QStringLiteral("Update article"));

        // The page shows the text of the revision that is current, back and forth.
        const auto pageHasAddedParagraph = [this] {
            return Test::evaluate(m_window->reader()->page(),
                QStringLiteral("document.body.innerText.includes('Un paragrafo aggiunto in seguito')"))
                .toBool();
        };
        QTRY_COMPARE_WITH_TIMEOUT(m_window->reader()->articleId(), stored.id, 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(pageHasAddedParagraph(), 60'000);
        m_library->undoStack()->undo();
        QCOMPARE(m_library->currentRevision(stored.id)->id, first.id);
        QVERIFY(movedTo(first));
        QTRY_VERIFY_WITH_TIMEOUT(!pageHasAddedParagraph(), 60'000);
        m_library->undoStack()->redo();
        QCOMPARE(m_library->currentRevision(stored.id)->id, second.id);
        QVERIFY(movedTo(second));
        QTRY_VERIFY_WITH_TIMEOUT(pageHasAddedParagraph(), 60'000);
    }

    void theSameTextFromAnotherFileOpensTheArticleItIsIn()
    {
        const QString path = write(QStringLiteral("pezzo.md"), article(QStringLiteral("Un pezzo")));
        QSignalSpy finished(m_window->importer(), &Ui::ImportController::finished);
        m_window->importer()->importFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        const QString id = m_library->articles().first().id;
        // A copy under another name, imported by a person: they are asked, and choose "Open It".
        const QString copy = write(QStringLiteral("copia.md"), article(QStringLiteral("Un pezzo")));
        m_window->importer()->setInteractive(true);
        QString asked;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible()) {
                    asked = box->text();
                    if (auto *open = box->findChild<QAbstractButton *>(QStringLiteral("open"))) {
                        open->click();
                    }
                }
            }
        });
        answer.start();
        m_window->importer()->importFiles({copy});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60'000);
        answer.stop();
        QVERIFY2(asked.contains(QStringLiteral("already in the library")), qPrintable(asked));
        QCOMPARE(m_library->articles().size(), 1); // opened, not duplicated
        QTRY_COMPARE_WITH_TIMEOUT(m_window->reader()->articleId(), id, 60'000);
    }

    // The controller reads HTML with a web page of its own, started on the first HTML file.
    void htmlFileIsReadByTheControllersOwnExtractor()
    {
        QFile fixture(QStringLiteral(GLOSSA_TEST_DATA "/ingest/html/it_article.html"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        const QString path = write(QStringLiteral("biblioteche.html"), fixture.readAll());
        QSignalSpy finished(m_window->importer(), &Ui::ImportController::finished);
        m_window->importer()->importFiles({path});
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60'000);
        QVERIFY2(finished.first().at(1).toStringList().isEmpty(),
            qPrintable(finished.first().at(1).toStringList().join(u'\n')));
        QCOMPARE(m_library->articles().size(), 1);
        QCOMPARE(m_library->articles().first().title, QStringLiteral("Le biblioteche di quartiere rinascono a Torino"));
    }

    void pastedPageBecomesAnArticle()
    {
        QMimeData mime;
        mime.setText(QStringLiteral("Appunti sulla lettura\n\nUn testo copiato da una pagina web diventa un articolo "
                                    "pulito, pronto da leggere e da annotare con calma nella biblioteca locale.\n\n"
                                    "Anche il secondo paragrafo resta, perché fa parte del corpo del testo copiato."));
        QSignalSpy imported(m_window->importer(), &Ui::ImportController::imported);
        m_window->importer()->importMimeData(&mime);
        QCOMPARE(imported.size(), 1);
        const auto art = m_library->article(imported.first().first().toString());
        QVERIFY(art);
        QVERIFY(art->source.startsWith(QStringLiteral("Pasted")));
        QVERIFY(m_library->currentRevision(art->id)->canonicalText().contains(QStringLiteral("secondo paragrafo")));
        // Pasted again: the article it already is, not a second one.
        m_window->importer()->importMimeData(&mime);
        QCOMPARE(imported.size(), 2);
        QCOMPARE(imported.last().first().toString(), art->id);
        QCOMPARE(m_library->articles().size(), 1);

        QMimeData empty;
        empty.setText(QStringLiteral("   "));
        QSignalSpy finished(m_window->importer(), &Ui::ImportController::finished);
        m_window->importer()->importMimeData(&empty);
        QCOMPARE(m_library->articles().size(), 1);
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstImportUi)
#include "tst_importui.moc"
