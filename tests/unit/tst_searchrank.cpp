// SPDX-License-Identifier: GPL-3.0-or-later
// How the library search ranks (store/rankfunction.h, search/searchcandidates.h): `glossa_rank` gives
// FTS5's bm25() scores, whether a phrase's number of rows is given or counted; a word found in more
// passages than the search ranks (LibrarySearch::kMaxConsidered) ranks the newest of them, says so,
// and puts the passage that repeats it most first; a rarer word in an older passage is still found.
#include "library/library.h"
#include "library/libraryimport.h"
#include "search/librarysearch.h"
#include "store/database.h"
#include "store/librarystore.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Glossa;

class TstSearchRank : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The scores of `expression`'s rows by `rank` (an SQL expression over table t), by rowid.
    static QMap<qint64, double> scores(Store::Database &db, const QString &rank, const QString &expression)
    {
        QMap<qint64, double> out;
        auto q = db.prepare(u"SELECT rowid, "_s + rank + u" FROM t WHERE t MATCH ?1"_s);
        if (!q) {
            qWarning() << q.error().message;
            return out;
        }
        (*q)->bind(1, expression);
        Status st = (*q)->forEach([&](const Store::Statement &r) { out.insert(r.int64(0), r.real(1)); });
        if (!st) {
            qWarning() << st.error().message;
        }
        return out;
    }

private Q_SLOTS:
    void rankIsBm25()
    {
        auto db = Store::Database::open(m_dir.filePath(u"rank.sqlite"_s), Store::Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        Store::Database &d = **db;
        QVERIFY(d.exec(u"CREATE VIRTUAL TABLE t USING fts5(a, b)"_s));
        const QStringList rows = {
            u"trattato di mutua difesa"_s,
            u"il trattato, il trattato e ancora il trattato"_s,
            u"difesa comune e nient'altro che difesa in un testo più lungo degli altri"_s,
            u"mutua"_s,
            u"nulla di tutto questo"_s,
        };
        for (const QString &text : rows) {
            auto q = d.prepare(u"INSERT INTO t (a, b) VALUES (?1, 'trattato')"_s);
            QVERIFY(q);
            (*q)->bind(1, text);
            QVERIFY((*q)->forEach([](const Store::Statement &) { }));
        }
        // Phrase counts given exactly: trattato 5 rows (column b), 2 in column a; difesa 2, mutua 2,
        // "mutua difesa" 1, nulla 1.
        const QList<std::tuple<QString, QString>> cases = {
            {u"trattato"_s, u"5"_s},
            {u"trattato difesa"_s, u"5, 2"_s},
            {u"difesa OR mutua"_s, u"2, 2"_s},
            {u"\"mutua difesa\" NOT nulla"_s, u"1, 1"_s},
            {u"{a} : trattato"_s, u"2"_s},
        };
        for (const auto &[expression, counts] : cases) {
            const auto expected = scores(d, u"bm25(t)"_s, expression);
            QVERIFY2(!expected.isEmpty(), qPrintable(expression));
            for (const QString &rank : QStringList {u"glossa_rank(t, %1)"_s.arg(counts), u"glossa_rank(t)"_s}) {
                const auto got = scores(d, rank, expression);
                QCOMPARE(got.keys(), expected.keys());
                for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                    QVERIFY2(std::abs(got[it.key()] - it.value()) < 1e-9,
                        qPrintable(u"%1 with %2: row %3 scores %4, bm25 %5"_s.arg(expression, rank)
                                .arg(it.key())
                                .arg(got[it.key()])
                                .arg(it.value())));
                }
            }
        }
    }

    // A term written as several phrases (the word being typed: the words it begins OR the word) scores
    // as the one phrase that finds the same places would; a term map that does not fit the phrases is
    // an error.
    void aTermOfSeveralPhrasesScoresAsOnePhrase()
    {
        auto db = Store::Database::open(m_dir.filePath(u"terms.sqlite"_s), Store::Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        Store::Database &d = **db;
        QVERIFY(d.exec(u"CREATE VIRTUAL TABLE t USING fts5(a)"_s));
        const QStringList rows = {
            u"trattato di mutua difesa"_s,
            u"il trattato, il trattato e ancora la trattativa sulla difesa"_s,
            u"i trattati e la difesa comune in un testo più lungo degli altri"_s,
            u"trattativa"_s,
            u"nulla di tutto questo, difesa"_s,
        };
        for (const QString &text : rows) {
            auto q = d.prepare(u"INSERT INTO t (a) VALUES (?1)"_s);
            QVERIFY(q);
            (*q)->bind(1, text);
            QVERIFY((*q)->forEach([](const Store::Statement &) { }));
        }
        // "tratt"* is in 4 rows, difesa in 4; "trattato" finds only places "tratt"* finds.
        const auto expected = scores(d, u"bm25(t)"_s, u"\"tratt\"* AND difesa"_s);
        QCOMPARE(expected.size(), 3);
        const QString expression = u"(\"tratt\"* OR \"trattato\") AND difesa"_s;
        for (const QString &rank : {u"glossa_rank(t, '0 0 1', 4, 4)"_s, u"glossa_rank(t, '0 0 1')"_s}) {
            const auto got = scores(d, rank, expression);
            QCOMPARE(got.keys(), expected.keys());
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                QVERIFY2(std::abs(got[it.key()] - it.value()) < 1e-9,
                    qPrintable(u"%1: row %2 scores %3, bm25 %4"_s.arg(rank).arg(it.key()).arg(got[it.key()]).arg(
                        it.value())));
            }
        }
        // Counted as separate phrases, the place both find counts twice: the map is what makes it one.
        QVERIFY(scores(d, u"glossa_rank(t, 4, 4, 4)"_s, expression) != expected);
        for (const QString &map : {u"'0 1'"_s, u"'0 0 2'"_s, u"'0 x 1'"_s}) {
            auto q = d.prepare(u"SELECT glossa_rank(t, %1) FROM t WHERE t MATCH ?1"_s.arg(map));
            QVERIFY(q);
            (*q)->bind(1, expression);
            QVERIFY2(!(*q)->forEach([](const Store::Statement &) { }), qPrintable(map));
        }
    }

    void aWordInMorePassagesThanRankedRanksTheNewest()
    {
        Library library;
        Store::OpenOptions options;
        options.create = true;
        QVERIFY(!library.open(m_dir.filePath(u"library"_s), options).failed());
        const int total = Search::LibrarySearch::kMaxConsidered + 300;
        QStringList paragraphs;
        for (int i = 0; i < total; ++i) {
            QString p = u"Paragrafo numero %1 sulla zebra e sul resto della savana."_s.arg(i);
            if (i == 10) {
                p += u" Una giraffa passa di qui."_s; // an old passage with a rare word
            }
            if (i == total - 5) {
                p = u"La zebra, la zebra, ancora la zebra: paragrafo %1."_s.arg(i);
            }
            paragraphs << p;
        }
        LibraryImport import(&library);
        const QByteArray markdown = (u"# Savana\n\n"_s + paragraphs.join(u"\n\n"_s) + u'\n').toUtf8();
        const ImportResult imported = import.importBytes(markdown, Ingest::Format::Markdown, u"rank-test:savana"_s);
        QVERIFY(imported);

        Search::LibrarySearch engine(library.store()->db());
        Search::Query query;
        query.text = u"=\"zebra\""_s;
        query.hitsPerArticle = 50;
        const auto found = engine.find(query);
        QVERIFY(found);
        QVERIFY(found->capped);
        QCOMPARE(found->totalHits, Search::LibrarySearch::kMaxConsidered);
        QCOMPARE(found->articles.size(), 1);
        const QList<Search::Hit> &hits = found->articles.first().hits;
        QCOMPARE(hits.size(), 50);
        QVERIFY2(hits.first().snippet.text.contains(u"ancora la zebra"_s), qPrintable(hits.first().snippet.text));
        // Every hit ranked is one of the newest passages: none of the first 300 paragraphs.
        for (const Search::Hit &h : hits) {
            QVERIFY2(!h.snippet.text.contains(u"numero 1 "_s) && !h.snippet.text.contains(u"numero 10 "_s),
                qPrintable(h.snippet.text));
        }

        query.text = u"giraffa"_s;
        const auto rare = engine.find(query);
        QVERIFY(rare);
        QVERIFY(!rare->capped);
        QCOMPARE(rare->totalHits, 1);
        QVERIFY(rare->articles.first().hits.first().snippet.text.contains(u"numero 10 "_s));
    }
};

QTEST_GUILESS_MAIN(TstSearchRank)
#include "tst_searchrank.moc"
