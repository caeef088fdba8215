// SPDX-License-Identifier: GPL-3.0-or-later
// How long the window's event loop goes without running while the library works (issue #18: the
// window must never freeze). A 5 ms timer ticks on the GUI thread; the longest gap between two ticks,
// less the interval, is the stall. Measured while:
//   ui.max_stall_ms.import          File > Import of 1,000 copied-text articles (ImportController)
//   ui.max_stall_ms.backup          the daily backup of a library of GLOSSA_BENCH_STALL_MB megabytes
//                                   (default 1024) as the window makes it now (BackgroundBackup)
//   ui.max_stall_ms.backup_on_gui   the same backup made on the GUI thread, as before
//   ui.max_stall_ms.reanchor        updating an article that carries 10,000 annotations (File > Import
//                                   of its edited text, "Update"), which re-anchors them all
//   ui.max_stall_ms.reanchor_window the same update once more in the window, which shows the article:
//                                   what its views do when told (the list, the page, the panes) counts
// with the time each took (ui.*_s), until the result is told; the stalls are counted for a further
// 500 ms, while the views answer it. Target: 50 ms.
#include "copiedtextarticle.h"
#include "import/importcontroller.h"
#include "mainwindow.h"
#include "navigation/historynavigator.h"
#include "library/library.h"
#include "model/annotation.h"
#include "store/annotationrepository.h"
#include "store/backgroundbackup.h"
#include "store/backups.h"
#include "store/database.h"
#include "store/librarystore.h"
#include "web/glossascheme.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Glossa;

namespace {

constexpr int kTickMs = 5;
constexpr int kSettleMs = 500; // after the work is done, what it set off (views reading again) counts too

// The longest time the event loop did not run while `work` went on: `start` begins the work, which
// calls `done` when it has finished (from the event loop).
struct Stall {
    double maxMs = 0;
    double seconds = 0;
};
Stall measure(const std::function<void(const std::function<void()> &done)> &start)
{
    QEventLoop loop;
    QElapsedTimer sinceTick;
    QElapsedTimer total;
    Stall out;
    QTimer ticker;
    ticker.setInterval(kTickMs);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        out.maxMs = std::max(out.maxMs, double(sinceTick.nsecsElapsed()) / 1e6 - kTickMs);
        sinceTick.restart();
    });
    bool finished = false;
    QTimer::singleShot(0, &loop, [&] {
        total.start();
        sinceTick.start();
        ticker.start();
        start([&] {
            out.seconds = double(total.nsecsElapsed()) / 1e9;
            QTimer::singleShot(kSettleMs, &loop, [&] {
                finished = true;
                loop.quit();
            });
        });
    });
    if (!finished) {
        loop.exec();
    }
    // The last stretch, from the last tick to the end, counts too.
    out.maxMs = std::max(out.maxMs, double(sinceTick.nsecsElapsed()) / 1e6 - kTickMs);
    return out;
}

void report(const char *name, const Stall &s)
{
    std::printf("bench ui.max_stall_ms.%s %.1f ms\n", name, s.maxMs);
    std::printf("bench ui.%s_s %.2f s\n", name, s.seconds);
    std::fflush(stdout);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// `path`'s text with a sentence added to its first paragraph (after `after`): every annotation
// past it moves.
bool editFile(const QString &path, const char *after, const char *sentence)
{
    QByteArray edited;
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            return false;
        }
        edited = f.readAll();
    }
    const qsizetype firstBreak = edited.indexOf("\n\n", edited.indexOf(after));
    if (firstBreak < 0) {
        return false;
    }
    edited.insert(firstBreak, sentence);
    return writeFile(path, edited);
}

// Runs the event loop for `ms` milliseconds.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    Ui::registerGlossaScheme(); // the window's reader page is served through it
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Library library;
    Store::OpenOptions options;
    options.create = true;
    if (!dir.isValid() || library.open(dir.filePath(QStringLiteral("library")), options).failed()) {
        std::fprintf(stderr, "cannot create the library\n");
        return 1;
    }

    // 1. Importing 1,000 articles from the window.
    QRandomGenerator rng(18);
    QStringList files;
    for (int i = 0; i < 1000; ++i) {
        const QString path = dir.filePath(QStringLiteral("article-%1.txt").arg(i));
        if (!writeFile(path, Bench::copiedTextArticle(rng, i))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        files << path;
    }
    Ui::ImportController importer(&library, nullptr);
    importer.setInteractive(false);
    int imported = 0;
    report("import", measure([&](const std::function<void()> &done) {
        QObject::connect(&importer, &Ui::ImportController::finished, &importer,
            [&imported, done](int succeeded, const QStringList &) {
                imported = succeeded;
                done();
            });
        importer.importFiles(files);
    }));
    if (imported != files.size()) {
        std::fprintf(stderr, "only %d of %lld articles were imported\n", imported, qlonglong(files.size()));
        return 1;
    }
    QObject::disconnect(&importer, &Ui::ImportController::finished, nullptr, nullptr);

    // 2. Re-anchoring 10,000 annotations: the first article, annotated all over, updated with an edit.
    Model::Article article;
    for (const Model::Article &a : library.articles()) {
        if (a.source.endsWith(QFileInfo(files.first()).fileName())) {
            article = a;
        }
    }
    const auto revision = library.currentRevision(article.id);
    if (!revision) {
        std::fprintf(stderr, "cannot read the article\n");
        return 1;
    }
    const QString text = revision->canonicalText();
    {
        Store::Database &db = library.store()->db();
        Store::Transaction t(db);
        Store::AnnotationRepository annotations(db);
        for (int i = 0; i < 10000; ++i) {
            const qsizetype start = (qsizetype(i) * 7919) % std::max<qsizetype>(text.size() - 40, 1);
            Model::Annotation a;
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.articleId = article.id;
            a.revisionId = article.currentRevisionId;
            a.kind = Model::AnnotationKind::Highlight;
            a.color = QStringLiteral("evidence");
            a.selector.start = start;
            a.selector.end = start + 24;
            a.selector.exact = text.mid(start, 24);
            a.selector.prefix = text.mid(std::max<qsizetype>(0, start - 32), std::min<qsizetype>(32, start));
            a.selector.suffix = text.mid(start + 24, 32);
            a.anchor = {start, start + 24, 1.0, Model::AnchorStatus::Exact};
            a.created = a.updated = QDateTime::currentDateTimeUtc();
            if (Status s = annotations.insert(a); !s) {
                std::fprintf(stderr, "cannot add an annotation: %s\n", qPrintable(s.error().message));
                return 1;
            }
        }
        if (Status s = t.commit(); !s) {
            std::fprintf(stderr, "cannot add the annotations: %s\n", qPrintable(s.error().message));
            return 1;
        }
    }
    // The same file, edited near the top: File > Import finds the article it was imported as.
    const QString editedPath = files.first();
    if (!editFile(editedPath, "Articolo", " Una frase aggiunta nella revisione, che sposta il testo che segue.")) {
        std::fprintf(stderr, "cannot write the edited article\n");
        return 1;
    }
    importer.setInteractive(false, WhenAlreadyImported::UpdateExisting);
    int updated = 0;
    report("reanchor", measure([&](const std::function<void()> &done) {
        QObject::connect(&importer, &Ui::ImportController::finished, &importer,
            [&updated, done](int succeeded, const QStringList &failures) {
                updated = succeeded;
                for (const QString &f : failures) {
                    std::fprintf(stderr, "%s\n", qPrintable(f));
                }
                done();
            });
        importer.importFiles({editedPath});
    }));
    const auto after = library.article(article.id);
    if (updated != 1 || library.articles().size() != files.size() || !after
        || after->currentRevisionId == article.currentRevisionId) {
        std::fprintf(stderr, "the edited article did not update the one imported before\n");
        return 1;
    }

    // 2b. Once more in the window, which shows the article.
    {
        Ui::MainWindow window(&library);
        window.resize(1280, 800);
        window.show();
        window.navigator()->navigateTo(article.id);
        settle(3000); // the page loads its 10,000 highlights
        if (!editFile(editedPath, "Articolo", " E una seconda frase aggiunta dopo.")) {
            std::fprintf(stderr, "cannot write the edited article\n");
            return 1;
        }
        window.importer()->setInteractive(false, WhenAlreadyImported::UpdateExisting);
        updated = 0;
        report("reanchor_window", measure([&](const std::function<void()> &done) {
            QObject::connect(window.importer(), &Ui::ImportController::finished, window.importer(),
                [&updated, done](int succeeded, const QStringList &) {
                    updated = succeeded;
                    done();
                });
            window.importer()->importFiles({editedPath});
        }));
        if (updated != 1) {
            std::fprintf(stderr, "the window did not update the article\n");
            return 1;
        }
    }

    // 3. The daily backup of a large library: filler pages bring it to the size asked for.
    const int megabytes = qEnvironmentVariableIntValue("GLOSSA_BENCH_STALL_MB") > 0
        ? qEnvironmentVariableIntValue("GLOSSA_BENCH_STALL_MB")
        : 1024;
    {
        Store::Database &db = library.store()->db();
        Store::Transaction t(db);
        Status s = db.exec(QStringLiteral("CREATE TABLE bench_filler(b BLOB)"));
        const qint64 have = QFileInfo(library.store()->databasePath()).size() / (1024 * 1024);
        for (qint64 i = have; s && i < megabytes; ++i) {
            s = db.exec(QStringLiteral("INSERT INTO bench_filler VALUES (randomblob(1048576))"));
        }
        if (s) {
            s = t.commit();
        }
        if (!s) {
            std::fprintf(stderr, "cannot grow the library: %s\n", qPrintable(s.error().message));
            return 1;
        }
    }
    Store::LibraryStore *store = library.store();
    const QString backups = dir.filePath(QStringLiteral("backups"));
    report("backup_on_gui", measure([&](const std::function<void()> &done) {
        const auto made = Store::Backups::create(store->db(), backups, QStringLiteral("gui"));
        if (!made) {
            std::fprintf(stderr, "backup failed: %s\n", qPrintable(made.error().message));
        }
        QTimer::singleShot(0, done);
    }));
    Store::BackgroundBackup backup;
    QString made;
    report("backup", measure([&](const std::function<void()> &done) {
        QObject::connect(&backup, &Store::BackgroundBackup::finished, &backup,
            [&made, done](const QString &path, const QString &error) {
                made = path;
                if (!error.isEmpty()) {
                    std::fprintf(stderr, "backup failed: %s\n", qPrintable(error));
                }
                done();
            });
        backup.start(store->databasePath(), backups, Store::BackupPolicy {});
    }));
    if (made.isEmpty()) {
        return 1;
    }
    std::printf("# library of %lld MB\n", qlonglong(QFileInfo(store->databasePath()).size() / (1024 * 1024)));
    return 0;
}
