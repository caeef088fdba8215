// SPDX-License-Identifier: GPL-3.0-or-later
// The link picker (ui/links/linkpicker) in a library of 10,000 generated articles (benchlibrary.h):
//   links.picker_keystroke_ms  a letter typed in the search field to the results list updated and
//                              painted: the search of titles, passages and notes with snippets, the
//                              model reset, the list's layout and paint (the picker's short typing
//                              pause, LinkPicker::kSearchDelayMs, is not counted); median over the
//                              keystrokes of three queries of two words each, as a person types them
#include "benchlibrary.h"
#include "benchstats.h"
#include "library/library.h"
#include "links/linkpicker.h"
#include "links/linkpickermodel.h"
#include "search/librarysearch.h"
#include "store/librarystore.h"
#include "typingbench.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Glossa;

namespace {

constexpr int kArticles = 10'000;
constexpr int kQueries = 3;

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
    QRandomGenerator random(15);
    QStringList articleIds;
    QStringList queries;
    const Status written = Bench::writeGeneratedLibrary(
        library.store()->db(), kArticles, random, [&](const Bench::GeneratedArticle &a, QRandomGenerator &) {
            articleIds.append(a.id);
            if (queries.size() < kQueries && articleIds.size() % 1000 == 500) {
                queries << Bench::rememberedWords(a);
            }
        });
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
        return 1;
    }

    Ui::LinkPicker picker(&library, Library::LinkTarget::wholeArticle(articleIds.first()));
    picker.show();
    auto *field = picker.findChild<QLineEdit *>(QStringLiteral("search"));
    auto *list = picker.findChild<QListView *>(QStringLiteral("results"));
    if (!field || !list || !QTest::qWaitForWindowExposed(&picker)) {
        std::fprintf(stderr, "no picker\n");
        return 1;
    }
    const Bench::TypingTimes times
        = Bench::typeQueries({field, list, [&] { picker.searchNow(); }, [&] { return picker.results()->rowCount(); },
                                 [&](const QString &text) {
                                     (void)Search::LibrarySearch(library.store()->db()).search({text});
                                 }},
            queries);
    Bench::print("links.picker_keystroke_ms", Bench::spread(times.keystrokes), "ms");
    return 0;
}
