// SPDX-License-Identifier: GPL-3.0-or-later
// Reader benchmarks (offscreen WebEngine):
// - reader.paint_ms: a 20,000-word article with 1,000 highlights and 200 notes, from the page's load
//   finished (the load event's end) to everything painted (highlights set, margin laid out, two
//   frames), by the page's clock; a '#' line gives the stricter figure from the DOM being ready;
// - reader.relayout_ms: laying the margin notes out again after a window resize;
// - startup.glossa_ms / startup.bare_webengine_ms / startup.ratio: a fresh `glossa` process to its
//   first painted article, against a bare QWebEngineView process showing the same page;
// - memory.glossa_mib / memory.bare_webengine_mib / memory.ratio: the same two processes (and the
//   processes they started) with the 20,000-word article open, by proportional set size.
// Prints `bench <name> <value> <unit>` lines; '#' lines give spreads and breakdowns.
#include "annotations/noteeditor.h"
#include "benchstats.h"
#include "library/library.h"
#include "mainwindow.h"
#include "processbench.h"
#include "reader/readerbridge.h"
#include "reader/readerpage.h"
#include "reader/readerview.h"
#include "readerbenchdata.h"
#include "render/codehighlighter.h"
#include "render/notehtml.h"
#include "web/glossascheme.h"
#include "web/readerprofile.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

using Bench::print;
using Bench::spread;
using Bench::Spread;

constexpr int Runs = 7;

QVariant evaluate(QWebEnginePage *page, const QString &script)
{
    QVariant result;
    bool done = false;
    page->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20'000)) {
        std::fprintf(stderr, "bench: the page did not answer\n");
    }
    return result;
}

// What the application spends before sending the list: reading the annotations, rendering notes.
void printApplicationCost(Library &library, const QString &articleId)
{
    QElapsedTimer timer;
    timer.start();
    const QList<Model::Annotation> annotations = library.annotations(articleId);
    const double read = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    qsizetype html = 0;
    for (const Model::Annotation &a : annotations) {
        if (!a.note.isEmpty()) {
            html += Render::NoteHtml::fromMarkdown(a.note).size();
        }
    }
    std::printf("# application side: reading %lld annotations %.1f ms, rendering their notes %.1f ms (%lld chars)\n",
        qlonglong(annotations.size()), read, double(timer.nsecsElapsed()) / 1e6, qlonglong(html));
}

// Opens the annotated article and the same article without annotations in turn (as the window
// does when the reader picks them in the list) and times each load with the page's own marks.
bool measurePaint(Ui::MainWindow &window, const QString &articleId)
{
    Ui::ReaderView *reader = window.reader();
    QSignalSpy painted(reader->readerPage()->bridge(), &Ui::ReaderBridge::annotationsPainted);
    QList<double> total; // load finished -> painted
    QList<double> strict; // DOM ready -> painted
    QList<double> plain;
    QList<double> page;
    QList<double> handshake;
    QList<double> apply;
    QList<double> layout;
    for (int open = 0; open < 2 * (Runs + 1); ++open) { // the first two warm the engine and the caches
        painted.clear();
        window.openArticleAt(open % 2);
        if (!QTest::qWaitFor([&] { return !painted.isEmpty(); }, 60'000)) {
            std::fprintf(stderr, "bench: the article was not painted within 60 s\n");
            return false;
        }
        const QJsonObject t = painted.last().first().toJsonObject();
        // From the DOM being ready (DOMContentLoaded handled), which comes before the load event.
        const double domReady = t.value(u"domReady").toDouble();
        // What the issue asks: from the load finished. Painting that ends before the load event
        // does counts as no time after it.
        const double sinceLoad = std::max(0.0, t.value(u"painted").toDouble() - t.value(u"loadEnd").toDouble());
        if (open < 2) {
            continue;
        }
        if (reader->articleId() != articleId) {
            plain << t.value(u"painted").toDouble() - domReady;
            continue;
        }
        total << sinceLoad;
        strict << t.value(u"painted").toDouble() - domReady;
        page << t.value(u"painted").toDouble() - t.value(u"received").toDouble();
        handshake << t.value(u"received").toDouble() - domReady;
        apply << t.value(u"applied").toDouble() - t.value(u"received").toDouble();
        std::printf("# run: DOM ready -> load finished %.1f, DOM ready -> annotations received %.1f, highlights %.1f,"
                    " notes %.1f, -> first frame %.1f, -> second frame %.1f ms\n",
            t.value(u"loadEnd").toDouble() - domReady, t.value(u"received").toDouble() - domReady,
            t.value(u"highlighted").toDouble() - t.value(u"received").toDouble(),
            t.value(u"applied").toDouble() - t.value(u"highlighted").toDouble(),
            t.value(u"frame").toDouble() - t.value(u"applied").toDouble(),
            t.value(u"painted").toDouble() - t.value(u"frame").toDouble());
        layout << QJsonDocument::fromJson(
            evaluate(reader->page(), QStringLiteral("JSON.stringify(GlossaMargin.stats())")).toString().toUtf8())
                      .object()
                      .value(u"lastMs")
                      .toDouble();
    }
    if (total.isEmpty()) {
        std::fprintf(stderr, "bench: the annotated article was never shown\n");
        return false;
    }
    if (reader->articleId() != articleId) { // leave the annotated article open for what follows
        painted.clear();
        window.openArticleAt(0);
        if (!QTest::qWaitFor([&] { return !painted.isEmpty(); }, 60'000) || reader->articleId() != articleId) {
            window.openArticleAt(1);
            if (!QTest::qWaitFor([&] { return !painted.isEmpty(); }, 60'000)) {
                return false;
            }
        }
    }
    const Spread base = spread(plain);
    std::printf("# the same article without annotations: DOM ready -> painted median %.1f ms (min %.1f, max %.1f)\n",
        base.median, base.min, base.max);
    const Spread p = spread(page);
    const Spread h = spread(handshake);
    std::printf("# of which: annotations received -> painted (2 frames included) median %.1f ms (min %.1f, max %.1f);"
                " DOM ready -> annotations received median %.1f ms; setting highlights and notes median %.1f ms;"
                " margin layout median %.1f ms\n",
        p.median, p.min, p.max, h.median, spread(apply).median, spread(layout).median);
    const QVariant counts = evaluate(reader->page(),
        QStringLiteral("JSON.stringify({words: document.getElementById('article').textContent.split(/\\s+/).length,"
                       " highlights: GlossaHighlights.list().filter(a => a.range).length,"
                       " notes: document.querySelectorAll('#margin .note:not([hidden])').length})"));
    std::printf("# painted: %s\n", qUtf8Printable(counts.toString()));
    const Spread s = spread(strict);
    std::printf("# stricter, from the DOM being ready (before the load event): DOM ready -> painted median %.1f ms"
                " (min %.1f, max %.1f)\n",
        s.median, s.min, s.max);
    std::printf("# reader.paint_ms below: load finished (loadEventEnd) -> painted\n");
    print("reader.paint_ms", spread(total), "ms");
    return true;
}

// Resizes the window back and forth; each time, the margin's own timer says how long its layout took.
void measureRelayout(Ui::MainWindow &window)
{
    QWebEnginePage *page = window.reader()->page();
    const QString stats = QStringLiteral("JSON.stringify(GlossaMargin.stats())");
    QList<double> times;
    for (int i = 0; i < 2 * Runs; ++i) {
        const int before
            = QJsonDocument::fromJson(evaluate(page, stats).toString().toUtf8()).object().value(u"layouts").toInt();
        window.resize(i % 2 ? 1400 : 1180, 900);
        QJsonObject now;
        const bool laidOut = QTest::qWaitFor(
            [&] {
                now = QJsonDocument::fromJson(evaluate(page, stats).toString().toUtf8()).object();
                return now.value(u"layouts").toInt() > before;
            },
            10'000);
        if (laidOut) {
            times << now.value(u"lastMs").toDouble();
        }
    }
    print("reader.relayout_ms", spread(times), "ms");
}

// Runs `program` until it prints "startup_ms"; returns the wall time from starting it, or -1.
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    Ui::registerGlossaScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (app.arguments().contains(u"--startup-parts"_s)) {
        // Where a cold start goes, piece by piece, in this fresh process (a developer's probe).
        QElapsedTimer timer;
        timer.start();
        auto lap = [&](const char *what) {
            std::printf("# %s: %.1f ms\n", what, double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
        };
        QTemporaryDir dir;
        Library library;
        Store::OpenOptions options;
        options.create = true;
        (void)library.open(dir.path(), options);
        lap("library created");
        {
            const Render::CodeHighlighter highlighter;
            (void)highlighter.styleSheet();
        }
        lap("code highlighter (KSyntaxHighlighting repository) and its stylesheet");
        {
            QPlainTextEdit first;
            first.setPlainText(u"x"_s);
            (void)first.sizeHint();
        }
        lap("a first text widget (style, fonts)");
        {
            KSyntaxHighlighting::Repository repository;
            (void)repository.definitionForName(u"Markdown"_s).isValid();
        }
        lap("KSyntaxHighlighting repository and the Markdown definition");
        {
            KSyntaxHighlighting::Repository repository;
            QTextDocument document;
            KSyntaxHighlighting::SyntaxHighlighter highlighter(&document);
            highlighter.setDefinition(repository.definitionForName(u"Markdown"_s));
            lap("a Markdown syntax highlighter on a document");
            highlighter.setTheme(repository.themeForPalette(QApplication::palette()));
            highlighter.rehighlight();
            lap("its theme");
        }
        const auto syntax = std::make_shared<const KSyntaxHighlighting::Repository>();
        Ui::ReaderProfile profile(&library, syntax);
        lap("reader profile (QWebEngineProfile, scheme handler)");
        Ui::NoteEditor editor(syntax);
        lap("note editor");
        Ui::ReaderView view(&profile);
        lap("reader view");
        Ui::MainWindow window(&library);
        lap("main window (everything again, warm)");
        return 0;
    }
    const bool onlyStartup = app.arguments().contains(u"--startup"_s);
    const bool onlyReader = app.arguments().contains(u"--reader"_s);

    if (!onlyStartup) {
        QTemporaryDir dir;
        Library library;
        Store::OpenOptions options;
        options.create = true;
        if (library.open(dir.path(), options).failed()) {
            std::fprintf(stderr, "bench: could not open a library in %s\n", qUtf8Printable(dir.path()));
            return 1;
        }
        QElapsedTimer setup;
        setup.start();
        const QString markdown = Bench::sampleMarkdown(20'000);
        const QString articleId = Bench::importArticle(library, markdown, u"long.md"_s);
        const QString plainId = Bench::importArticle(library, markdown, u"long-plain.md"_s);
        if (articleId.isEmpty() || plainId.isEmpty() || !Bench::annotate(library, articleId, 1000, 200)) {
            return 1;
        }
        std::printf("# reader: 20,000-word article, 1,000 highlights, 200 notes (setup %.1f s)\n",
            double(setup.elapsed()) / 1000);
        Ui::MainWindow window(&library);
        window.resize(1400, 900);
        window.show();
        printApplicationCost(library, articleId);
        if (!measurePaint(window, articleId)) {
            return 1;
        }
        measureRelayout(window);
        if (const QString shot = qEnvironmentVariable("GLOSSA_BENCH_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(300); // the notes' transitions settle
            window.grab().save(shot);
        }
        if (const QString script = qEnvironmentVariable("GLOSSA_BENCH_SCRIPT"); !script.isEmpty()) {
            QFile f(script); // a developer's probe: evaluated in the painted page, its result printed
            if (f.open(QIODevice::ReadOnly)) {
                std::printf("# script: %s\n",
                    qUtf8Printable(evaluate(window.reader()->page(), QString::fromUtf8(f.readAll())).toString()));
            }
        }
    }
    if (!onlyReader) {
        // The seed-sized article: about 1,700 words, like the seed articles (or GLOSSA_BENCH_SEED, a Markdown file).
        QString seed = Bench::sampleMarkdown(1700);
        if (const QString path = qEnvironmentVariable("GLOSSA_BENCH_SEED"); !path.isEmpty()) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly)) {
                seed = QString::fromUtf8(f.readAll());
            }
        }
        Bench::measureStartup(seed);
        Bench::measureMemory();
    }
    return 0;
}
