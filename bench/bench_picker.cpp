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
#include "links/terms.h"
#include "search/librarysearch.h"
#include "store/librarystore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

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
    Store::OpenOptions options;
    options.create = true;
    if (!dir.isValid() || library.open(dir.filePath(QStringLiteral("library")), options).failed()) {
        std::fprintf(stderr, "cannot create the library\n");
        return 1;
    }
    QRandomGenerator random(15);
    QStringList articleIds;
    QStringList queries;
    const Status written = Bench::writeGeneratedLibrary(
        library.store()->db(), kArticles, random, [&](const Bench::GeneratedArticle &a, QRandomGenerator &) {
            articleIds.append(a.id);
            // Two longer words of a paragraph, as someone who read it would remember them.
            if (queries.size() < kQueries && articleIds.size() % 1000 == 500) {
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
    QList<double> times;
    QList<double> searchTimes;
    qsizetype rows = 0;
    for (const QString &query : std::as_const(queries)) {
        field->clear();
        picker.searchNow();
        QApplication::processEvents();
        for (const QChar c : query) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(field, c.toLatin1());
            picker.searchNow();
            QApplication::processEvents(); // the list's delayed layout
            list->viewport()->repaint();
            times.append(double(t.nsecsElapsed()) / 1e6);
            rows += picker.results()->rowCount();
            // Where the time goes: the search alone, for the same text.
            QElapsedTimer s;
            s.start();
            (void)Search::LibrarySearch(library.store()->db()).search({field->text()});
            searchTimes.append(double(s.nsecsElapsed()) / 1e6);
            std::printf(
                "#   %s… %.1f ms (the search: %.1f ms)\n", qPrintable(field->text()), times.last(), searchTimes.last());
        }
        std::printf("# \"%s\": %d results\n", qPrintable(query), picker.results()->rowCount());
    }
    std::printf("# %lld keystrokes, %.1f result rows on average\n", qlonglong(times.size()),
        times.isEmpty() ? 0.0 : double(rows) / double(times.size()));
    std::printf("# the search alone: median %.1f ms\n", Bench::spread(searchTimes).median);
    Bench::print("links.picker_keystroke_ms", Bench::spread(times), "ms");
    return 0;
}
