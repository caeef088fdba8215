// SPDX-License-Identifier: GPL-3.0-or-later
// The library search in the window's side pane (ui/search/searchpanel) on a library of 10,000
// generated articles (benchlibrary.h):
//   search.typeahead_ms      a letter typed in the search field to the results view updated and
//                            painted: LibrarySearch::find (titles, passages and notes with snippets,
//                            facets), the model reset, the list's layout and paint (the typing pause,
//                            SearchPanel::kSearchDelayMs, is not counted); median over the keystrokes
//                            of five queries of two words each, as a person types them
//   search.typeahead_p95_ms  the same keystrokes' 95th percentile
// The library has no annotations or comments: the generated articles only (as bench_picker's).
#include "benchlibrary.h"
#include "benchstats.h"
#include "library/library.h"
#include "links/terms.h"
#include "search/librarysearch.h"
#include "search/searchpanel.h"
#include "search/searchresultsmodel.h"
#include "store/librarystore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Glossa;

namespace {

constexpr int kArticles = 10'000;
constexpr int kQueries = 5;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p * double(values.size())));
    return values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Library library;
    Store::OpenOptions options;
    options.create = true;
    if (!dir.isValid() || library.open(dir.filePath(QStringLiteral("library")), options).failed()) {
        std::fprintf(stderr, "cannot create the library\n");
        return 1;
    }
    QRandomGenerator random(16);
    int written = 0;
    QStringList queries;
    const Status status = Bench::writeGeneratedLibrary(
        library.store()->db(), kArticles, random, [&](const Bench::GeneratedArticle &a, QRandomGenerator &) {
            ++written;
            // Two longer words of a paragraph, as someone who read it would remember them.
            if (queries.size() < kQueries && written % 2000 == 700) {
                QStringList words;
                const Model::Block &b = a.revision.blocks().at(2);
                for (const auto &t : Links::Terms::tokens(a.revision.canonicalText().mid(b.start, b.end - b.start))) {
                    if (t.term.size() >= 6 && !words.contains(t.term) && words.size() < 2) {
                        words << t.term;
                    }
                }
                queries << words.join(u' ');
            }
        });
    if (!status) {
        std::fprintf(stderr, "%s\n", qPrintable(status.error().message));
        return 1;
    }

    auto *list = new QListView; // the article list's place
    Ui::SearchPanel panel(&library, list);
    panel.resize(320, 900);
    panel.show();
    QListView *view = panel.resultsView();
    QLineEdit *field = panel.field();
    if (!QTest::qWaitForWindowExposed(&panel)) {
        std::fprintf(stderr, "no window\n");
        return 1;
    }
    QList<double> times;
    QList<double> searchTimes;
    qsizetype rows = 0;
    for (const QString &query : std::as_const(queries)) {
        field->clear();
        QApplication::processEvents();
        for (const QChar c : query) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(field, c.toLatin1());
            panel.searchNow();
            QApplication::processEvents(); // the list's delayed layout
            view->viewport()->repaint();
            times.append(double(t.nsecsElapsed()) / 1e6);
            rows += panel.results()->rowCount();
            // Where the time goes: the search alone, for the same text.
            QElapsedTimer s;
            s.start();
            (void)Search::LibrarySearch(library.store()->db()).find({field->text()});
            searchTimes.append(double(s.nsecsElapsed()) / 1e6);
            std::printf(
                "#   %s… %.1f ms (the search: %.1f ms)\n", qPrintable(field->text()), times.last(), searchTimes.last());
        }
        std::printf("# \"%s\": %d rows\n", qPrintable(query), panel.results()->rowCount());
    }
    std::printf("# %lld keystrokes, %.1f result rows on average\n", qlonglong(times.size()),
        times.isEmpty() ? 0.0 : double(rows) / double(times.size()));
    std::printf("# the search alone: median %.1f ms, p95 %.1f ms\n", Bench::spread(searchTimes).median,
        percentile(searchTimes, 0.95));
    Bench::print("search.typeahead_ms", Bench::spread(times), "ms");
    std::printf("bench search.typeahead_p95_ms %.1f ms\n", percentile(times, 0.95));
    return 0;
}
