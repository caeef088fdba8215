// SPDX-License-Identifier: GPL-3.0-or-later
// The library search (Search::LibrarySearch::find) in a library of 10,000 articles (benchlibrary.h)
// with 100,000 highlights and notes, 20,000 comments and 40 tags (benchannotations.h):
//   search.p50_ms, search.p95_ms   one whole query, from its text to the results the window shows
//                                   (50 articles, 3 hits each, snippets marked) and every facet's
//                                   counts: median and 95th percentile of 300 queries, 50 of each
//                                   kind: one word, two words, a "phrase", a prefix being typed, a
//                                   word with a colour chosen, two words with the kind "note" and a
//                                   language chosen
//   search.capped_pct               the share of those queries where an index matched more rows
//                                   than the search considers (LibrarySearch::kMaxConsidered)
//   search.build_s                  writing the library
// The words are drawn from the articles' own text (4 letters or more, so not the stop words), each
// query from one paragraph, as a person searches for something they remember reading.
// GLOSSA_BENCH_SEARCH_LIBRARY=DIR keeps the library in DIR for the next run (search.build_s is then
// printed only by the run that writes it).
#include "benchannotations.h"
#include "benchlibrary.h"
#include "benchstats.h"
#include "library/library.h"
#include "search/librarysearch.h"
#include "search/searchcandidates.h"
#include "search/searchquery.h"
#include "store/database.h"
#include "store/librarystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstdio>

using namespace Glossa;

namespace {

constexpr int kArticles = 10'000;
constexpr int kQueriesPerKind = 50;

Search::Query query(const QString &text)
{
    Search::Query q;
    q.text = text;
    return q;
}

// A paragraph's words, lower case, in order.
QStringList wordsOf(const QString &paragraph)
{
    static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
    return paragraph.toLower().split(separators, Qt::SkipEmptyParts);
}

// Those of 4 letters or more (not the stop words).
QStringList contentWords(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words) {
        if (w.size() >= 4) {
            out << w;
        }
    }
    return out;
}

// Draws up to 2,000 paragraphs' words from the library's passages, the same ones for the same library.
Status drawParagraphs(Store::Database &db, QList<QStringList> &paragraphs)
{
    auto q = db.prepare(QStringLiteral("SELECT substr(r.canonical_text, p.start + 1, p.\"end\" - p.start) "
                                       "FROM passages p JOIN revisions r ON r.id = p.revision_id "
                                       "WHERE p.seq % 37 = 0 ORDER BY p.seq LIMIT 4000"));
    if (!q) {
        return q.error();
    }
    return (*q)->forEach([&](const Store::Statement &r) {
        const QStringList w = wordsOf(r.text(0));
        if (paragraphs.size() < 2000 && contentWords(w).size() >= 4) {
            paragraphs << w;
        }
    });
}

// The library of 10,000 articles: written into a new temporary folder, or, when
// GLOSSA_BENCH_SEARCH_LIBRARY names a folder, kept there and read again by the next run (to measure
// a change to the search without writing the library each time).
bool openLibrary(Library &library, QTemporaryDir &dir, bool &written)
{
    const QString kept = qEnvironmentVariable("GLOSSA_BENCH_SEARCH_LIBRARY");
    if (kept.isEmpty()) {
        written = true;
        return Bench::openNewLibrary(library, dir);
    }
    Store::OpenOptions options;
    options.create = true;
    written = !QFileInfo::exists(kept + u'/' + Store::LibraryStore::FileName.toString());
    if (library.open(kept, options).failed()) {
        std::fprintf(stderr, "cannot open the library in %s\n", qPrintable(kept));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Library library;
    bool write = true;
    if (!openLibrary(library, dir, write)) {
        return 1;
    }
    Store::Database &db = library.store()->db();

    QRandomGenerator random(16);
    if (write) {
        Bench::ReaderWork work(db);
        Status written = work.prepare();
        Status added;
        QElapsedTimer build;
        build.start();
        if (written) {
            written = Bench::writeGeneratedLibrary(
                db, kArticles, random, [&](const Bench::GeneratedArticle &article, QRandomGenerator &r) {
                    if (added) {
                        added = work.add(article, r);
                    }
                });
        }
        if (written && !added) {
            written = added;
        }
        if (!written) {
            std::fprintf(stderr, "cannot write the library: %s\n", qPrintable(written.error().message));
            return 1;
        }
        Bench::line("search.build_s", double(build.elapsed()) / 1000.0, "s");
    }
    QList<QStringList> paragraphs; // the words of some paragraphs, lower case, to draw queries from
    if (Status drawn = drawParagraphs(db, paragraphs); !drawn || paragraphs.isEmpty()) {
        std::fprintf(stderr, "cannot read the library's passages\n");
        return 1;
    }

    // The queries, one of each kind in turn.
    QList<Search::Query> queries;
    QRandomGenerator pick(17);
    auto paragraph = [&]() -> const QStringList & {
        return paragraphs[pick.bounded(int(paragraphs.size()))];
    };
    auto content = [&](const QStringList &p) {
        const QStringList c = contentWords(p);
        return c[pick.bounded(int(c.size()))];
    };
    for (int i = 0; i < kQueriesPerKind; ++i) {
        const QStringList &p = paragraph();
        const QStringList c = contentWords(p);
        const int at = pick.bounded(int(c.size()) - 1);
        Search::Query one = query(content(paragraph()));
        Search::Query two = query(c[at] + u' ' + c[at + 1]);
        const int w = pick.bounded(int(p.size()) - 1);
        Search::Query phrase = query(u'"' + p[w] + u' ' + p[w + 1] + u'"');
        Search::Query prefix = query(content(paragraph()).left(4));
        Search::Query colour = query(content(paragraph()));
        colour.filters.colors = {QStringLiteral("question")};
        const QStringList &n = paragraph();
        Search::Query notes = query(content(n) + u' ' + content(n));
        notes.filters.kinds = {Search::HitKind::Note};
        notes.filters.languages = {QStringLiteral("it")};
        queries << one << two << phrase << prefix << colour << notes;
    }

    Search::LibrarySearch engine(db);
    QList<double> ms;
    int capped = 0;
    int empty = 0;
    for (const Search::Query &q : std::as_const(queries)) {
        QElapsedTimer t;
        t.start();
        const auto found = engine.find(q);
        ms << double(t.nsecsElapsed()) / 1e6;
        if (!found) {
            std::fprintf(stderr, "search failed for %s: %s\n", qPrintable(q.text), qPrintable(found.error().message));
            return 1;
        }
        capped += found->capped ? 1 : 0;
        empty += found->totalHits == 0 ? 1 : 0;
    }
    std::printf("# %lld queries, %d with no hit; slowest %.1f ms\n", qlonglong(queries.size()), empty,
        Bench::percentile(ms, 1.0));
    // Where the time goes, by kind of query: the rows gathered from the indexes, and the whole search.
    const char *kinds[] = {"one word", "two words", "phrase", "prefix", "colour", "notes, it"};
    for (int k = 0; k < 6; ++k) {
        QList<double> gather;
        QList<double> whole;
        for (qsizetype i = k; i < queries.size(); i += 6) {
            QElapsedTimer t;
            t.start();
            const auto rows = Search::gatherCandidates(
                db, Search::SearchQuery::parse(queries[i].text, Search::LibrarySearch::kMinPrefix));
            gather << double(t.nsecsElapsed()) / 1e6;
            whole << ms[i];
        }
        std::printf("# %-10s gather p50 %6.1f p95 %6.1f ms; whole p50 %6.1f p95 %6.1f ms\n", kinds[k],
            Bench::percentile(gather, 0.5), Bench::percentile(gather, 0.95), Bench::percentile(whole, 0.5),
            Bench::percentile(whole, 0.95));
    }
    Bench::line("search.p50_ms", Bench::percentile(ms, 0.5), "ms");
    Bench::line("search.p95_ms", Bench::percentile(ms, 0.95), "ms");
    Bench::line("search.capped_pct", 100.0 * capped / double(queries.size()), "%");
    return 0;
}
