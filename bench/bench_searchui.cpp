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
#include "search/librarysearch.h"
#include "search/searchpanel.h"
#include "search/searchresultsmodel.h"
#include "store/librarystore.h"
#include "typingbench.h"

#include <QApplication>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Glossa;

namespace {

constexpr int kArticles = 10'000;
constexpr int kQueries = 5;

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Library library;
    if (!Bench::openNewLibrary(library, dir)) {
        return 1;
    }
    QRandomGenerator random(16);
    int written = 0;
    QStringList queries;
    const Status status = Bench::writeGeneratedLibrary(
        library.store()->db(), kArticles, random, [&](const Bench::GeneratedArticle &a, QRandomGenerator &) {
            ++written;
            if (queries.size() < kQueries && written % 2000 == 700) {
                queries << Bench::rememberedWords(a);
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
    if (!QTest::qWaitForWindowExposed(&panel)) {
        std::fprintf(stderr, "no window\n");
        return 1;
    }
    const Bench::TypingTimes times = Bench::typeQueries(
        {panel.field(), panel.resultsView(), [&] { panel.searchNow(); }, [&] { return panel.results()->rowCount(); },
            [&](const QString &text) {
                (void)Search::LibrarySearch(library.store()->db()).find({text});
            }},
        queries);
    Bench::print("search.typeahead_ms", Bench::spread(times.keystrokes), "ms");
    Bench::line("search.typeahead_p95_ms", Bench::percentile(times.keystrokes, 0.95), "ms");
    return 0;
}
