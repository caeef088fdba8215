// SPDX-License-Identifier: GPL-3.0-or-later
// The Discussion pane on a long thread: 2,000 comments, 400 conversations five levels deep (each
// comment answered once, so the "latest three replies" rule folds nothing away).
// - thread.render_ms: from setArticle() (read, build, render to HTML, lay out) until the pane is
//   painted (the pane lays out the first ThreadPane::PageSize conversations, the rest wait behind
//   "show more comments");
// - '#' lines: the HTML of the whole thread alone, its size, and the whole thread laid out and
//   painted in the same view (what reading to the end costs).
// Prints `bench <name> <value> <unit>` lines.
#include "benchstats.h"
#include "library/library.h"
#include "render/threadhtml.h"
#include "thread/threadpane.h"

#include <KSyntaxHighlighting/Repository>
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>

#include <cstdio>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

constexpr int Runs = 7;
constexpr int Conversations = 400;
constexpr int Depth = 5;

bool addThread(Library &library, const QString &articleId)
{
    const QStringList authors {u"Anna"_s, u"Bruno"_s, u"Carla"_s, u"Dario"_s};
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-60);
    int n = 0;
    for (int t = 0; t < Conversations; ++t) {
        QString parent;
        for (int level = 0; level < Depth; ++level, ++n) {
            Model::Comment c;
            c.articleId = articleId;
            c.parentId = parent;
            c.author = authors[n % authors.size()];
            c.body = u"Comment %1: the *second* paragraph of the article says more than it seems, see "
                     "**this** point and [the source](https://example.org/%1).\n\nA second paragraph."_s.arg(n);
            c.created = start.addSecs(qint64(n) * 97);
            const auto id = library.addComment(c);
            if (!id) {
                std::fprintf(stderr, "bench: %s\n", qUtf8Printable(id.error().message));
                return false;
            }
            parent = *id;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);

    QTemporaryDir dir;
    Library library;
    Store::OpenOptions options;
    options.create = true;
    if (library.open(dir.filePath(u"lib"_s), options).failed()) {
        std::fprintf(stderr, "bench: could not open a library in %s\n", qUtf8Printable(dir.path()));
        return 1;
    }
    library.addSampleArticles();
    const QList<Model::Article> articles = library.articles();
    if (articles.size() < 2 || !addThread(library, articles[0].id)) {
        return 1;
    }
    // The author was asked: nothing pops up.
    library.setAuthorProfile(u"Anna"_s, {});

    Ui::ThreadPane pane(&library, std::make_shared<const KSyntaxHighlighting::Repository>());
    pane.resize(420, 860);
    pane.show();
    pane.setArticle(articles[1].id);
    QCoreApplication::processEvents();

    QList<double> painted;
    for (int run = 0; run < Runs; ++run) {
        pane.setArticle(articles[1].id);
        QCoreApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        pane.setArticle(articles[0].id);
        pane.grab(); // laid out and painted
        painted << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("# %d comments in the thread; %d lines in the document (the first %d conversations)\n",
        pane.commentCount(), pane.view()->document()->blockCount(), Ui::ThreadPane::PageSize);

    Render::ThreadHtml::Options o;
    o.localAuthor = u"Anna"_s;
    const QList<Model::Comment> comments = library.comments(articles[0].id);
    QList<double> html;
    qsizetype size = 0;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        size = Render::ThreadHtml::render(comments, o).size();
        html << double(timer.nsecsElapsed()) / 1e6;
    }
    QList<double> whole;
    const QString all = Render::ThreadHtml::render(comments, o);
    for (int run = 0; run < 3; ++run) {
        pane.view()->clear();
        QElapsedTimer timer;
        timer.start();
        pane.view()->setHtml(all);
        pane.view()->document()->size();
        pane.grab();
        whole << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("# the whole thread laid out and painted: median %.1f ms\n", Bench::spread(whole).median);
    const Bench::Spread h = Bench::spread(html);
    std::printf("# thread.html_ms: median %.1f ms for %lld characters of HTML\n", h.median, qlonglong(size));
    Bench::print("thread.render_ms", Bench::spread(painted), "ms");
    return 0;
}
