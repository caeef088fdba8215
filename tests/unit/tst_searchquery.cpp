// SPDX-License-Identifier: GPL-3.0-or-later
// Reading what a person types into the library search (Search::SearchQuery): words, the last one a
// prefix, "phrases", -exclusions, OR, ="exact" words, and every input FTS5 would choke on read as
// plain words, never passed to SQLite as syntax. Each expression is also run against a real FTS5
// table, so "SQLite can parse it" is checked, not assumed.
#include "search/librarysearch.h"
#include "search/searchquery.h"
#include "store/database.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;
using Search::SearchQuery;

class TstSearchQuery : public QObject
{
    Q_OBJECT

    static constexpr qsizetype kMinPrefix = Search::LibrarySearch::kMinPrefix;

    static QString fts(const QString &text) { return SearchQuery::parse(text, kMinPrefix).matchExpression(); }

    // The expression runs against an FTS5 table holding one row, "rome paris"; the rows it matches.
    static Result<int> runs(const QString &expression)
    {
        auto db = Store::Database::open(u":memory:"_s, Store::Database::Mode::ReadWriteCreate);
        if (!db) {
            return db.error();
        }
        if (Status st = (*db)->exec(u"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2');"
                                    "INSERT INTO t(x) VALUES ('rome paris');"_s);
            !st) {
            return st.error();
        }
        auto q = (*db)->prepare(u"SELECT count(*) FROM t WHERE t MATCH ?1"_s);
        if (!q) {
            return q.error();
        }
        (*q)->bind(1, expression);
        int count = -1;
        Status st = (*q)->forEach([&](const Store::Statement &r) { count = r.integer(0); });
        if (!st) {
            return st.error();
        }
        return count;
    }

private Q_SLOTS:
    void wordsMustAllMatchAndTheLastIsAPrefix()
    {
        QCOMPARE(fts(u"deterrenza nucleare"_s), u"\"deterrenza\" AND (\"=nucleare\"* OR \"nucleare\")"_s);
        // Shorter than kMinPrefix: a whole word.
        QCOMPARE(fts(u"deterrenza nu"_s), u"\"deterrenza\" AND \"nu\""_s);
        // A word with '*' typed is a prefix wherever it is.
        QCOMPARE(fts(u"nu* deterrenza"_s), u"(\"=nu\"* OR \"nu\") AND (\"=deterrenza\"* OR \"deterrenza\")"_s);
        QVERIFY(!SearchQuery::parse(u"deterrenza nucleare"_s, kMinPrefix).readAsPlainWords());
    }

    void phrasesExclusionsAndOr()
    {
        QCOMPARE(fts(u"\"arms control\" treaty"_s), u"\"arms control\" AND (\"=treaty\"* OR \"treaty\")"_s);
        QCOMPARE(fts(u"treaty -nuclear"_s), u"(\"treaty\") NOT \"nuclear\""_s);
        QCOMPARE(fts(u"treaty -\"arms race\""_s), u"(\"treaty\") NOT \"arms race\""_s);
        QCOMPARE(fts(u"rome OR paris treaty"_s), u"(\"rome\" OR \"paris\") AND (\"=treaty\"* OR \"treaty\")"_s);
        QCOMPARE(fts(u"\"new start\" OR salt"_s), u"(\"new start\" OR (\"=salt\"* OR \"salt\"))"_s);
        // "or" in lower case is a word (English has it).
        QCOMPARE(fts(u"this or that"_s), u"\"this\" AND \"or\" AND (\"=that\"* OR \"that\")"_s);
        // A word FTS would split stays one phrase, as typed.
        QCOMPARE(fts(u"e-mail"_s), u"(\"=e mail\"* OR \"e mail\")"_s);
        const SearchQuery q = SearchQuery::parse(u"rome OR paris -london"_s, kMinPrefix);
        QCOMPARE(q.required().size(), 1);
        QCOMPARE(q.required()[0].size(), 2);
        QCOMPARE(q.excluded().size(), 1);
        QVERIFY(!q.readAsPlainWords());
    }

    void exactWordsAreMarkedForTheTokenizer()
    {
        // The stemming tokenizer skips stemming for a string that starts with '='.
        QCOMPARE(fts(u"=\"trattati\""_s), u"\"=trattati\""_s);
        QCOMPARE(fts(u"trattati"_s), u"(\"=trattati\"* OR \"trattati\")"_s);
        QCOMPARE(fts(u"=\"trattati nucleari\" deterrenza"_s),
            u"\"=trattati nucleari\" AND (\"=deterrenza\"* OR \"deterrenza\")"_s);
        QCOMPARE(fts(u"pace -=\"trattati\""_s), u"(\"pace\") NOT \"=trattati\""_s);
        // An exact word is never a prefix.
        QCOMPARE(fts(u"=trattati"_s), u"\"=trattati\""_s);
    }

    void theMarkedWordsPutThePrefixLast()
    {
        const SearchQuery q = SearchQuery::parse(u"nucl* \"arms control\" -treaty"_s, kMinPrefix);
        QCOMPARE(q.markedWords(), u"arms control nucl"_s);
        QVERIFY(q.hasPrefix());
        QVERIFY(!SearchQuery::parse(u"\"arms control\""_s, kMinPrefix).hasPrefix());
    }

    void unreadableQueriesAreReadAsPlainWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the plain-words expression
        QTest::addRow("a lone quote") << u"\""_s << QString();
        QTest::addRow("an unclosed phrase") << u"\"arms control"_s << u"\"arms\" AND (\"=control\"* OR \"control\")"_s;
        QTest::addRow("AND alone") << u"AND"_s << u"(\"=AND\"* OR \"AND\")"_s;
        QTest::addRow("AND between words") << u"rome AND paris"_s
                                           << u"\"rome\" AND \"AND\" AND (\"=paris\"* OR \"paris\")"_s;
        QTest::addRow("NOT") << u"NOT"_s << u"(\"=NOT\"* OR \"NOT\")"_s;
        QTest::addRow("NEAR(") << u"NEAR(rome paris)"_s << u"\"NEAR\" AND \"rome\" AND (\"=paris\"* OR \"paris\")"_s;
        QTest::addRow("a star") << u"*"_s << QString();
        QTest::addRow("a star before") << u"*rome"_s << u"(\"=rome\"* OR \"rome\")"_s;
        QTest::addRow("a column filter") << u"title:rome"_s << u"\"title\" AND (\"=rome\"* OR \"rome\")"_s;
        QTest::addRow("braces") << u"{title}"_s << u"(\"=title\"* OR \"title\")"_s;
        QTest::addRow("parentheses") << u"(("_s << QString();
        QTest::addRow("a caret") << u"^rome"_s << u"(\"=rome\"* OR \"rome\")"_s;
        QTest::addRow("OR first") << u"OR rome"_s << u"\"OR\" AND (\"=rome\"* OR \"rome\")"_s;
        QTest::addRow("OR last") << u"rome OR"_s << u"\"rome\" AND \"OR\""_s;
        QTest::addRow("OR OR") << u"rome OR OR paris"_s
                               << u"\"rome\" AND \"OR\" AND \"OR\" AND (\"=paris\"* OR \"paris\")"_s;
        QTest::addRow("OR beside an exclusion") << u"rome OR -paris"_s
                                                << u"\"rome\" AND \"OR\" AND (\"=paris\"* OR \"paris\")"_s;
        QTest::addRow("only exclusions") << u"-rome"_s << u"(\"=rome\"* OR \"rome\")"_s;
        QTest::addRow("a lone dash") << u"rome - paris"_s << u"\"rome\" AND (\"=paris\"* OR \"paris\")"_s;
        QTest::addRow("an empty phrase") << u"rome \"\""_s << u"(\"=rome\"* OR \"rome\")"_s;
    }

    void unreadableQueriesAreReadAsPlainWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const SearchQuery q = SearchQuery::parse(text, kMinPrefix);
        QVERIFY(q.readAsPlainWords());
        QCOMPARE(q.matchExpression(), expected);
        QCOMPARE(q.isEmpty(), expected.isEmpty());
        if (!expected.isEmpty()) {
            const auto n = runs(q.matchExpression());
            QVERIFY2(n, qPrintable(n ? QString() : n.error().message));
        }
    }

    void aVeryLongQueryIsCutToPlainWords()
    {
        QString text;
        while (text.size() < 10'000) {
            text += u"parola "_s;
        }
        const SearchQuery q = SearchQuery::parse(text, kMinPrefix);
        QVERIFY(q.readAsPlainWords());
        QCOMPARE(q.required().size(), SearchQuery::kMaxWords);
        // Cut before its end: the last word kept is not the one being typed.
        QVERIFY(!q.hasPrefix());
        QVERIFY(runs(q.matchExpression()));
        // Many short words under the character limit are cut the same way.
        const SearchQuery many = SearchQuery::parse(u"a "_s.repeated(100), kMinPrefix);
        QVERIFY(many.readAsPlainWords());
        QCOMPARE(many.required().size(), SearchQuery::kMaxWords);
    }

    void anEmptyQueryLooksForNothing()
    {
        for (const QString &text : {QString(), u"   "_s, u"\t\n"_s}) {
            const SearchQuery q = SearchQuery::parse(text, kMinPrefix);
            QVERIFY(q.isEmpty());
            QVERIFY(!q.readAsPlainWords());
            QVERIFY(q.matchExpression().isEmpty());
        }
    }

    void everyExpressionIsValidFts5()
    {
        // Readable or not, what reaches SQLite parses, and finds what it should.
        const QList<std::pair<QString, int>> cases = {
            {u"rome paris"_s, 1},
            {u"rom"_s, 1},
            {u"\"rome paris\""_s, 1},
            {u"\"paris rome\""_s, 0},
            {u"rome -paris"_s, 0},
            {u"rome -london"_s, 1},
            {u"london OR paris"_s, 1},
            {u"london OR berlin"_s, 0},
            {u"=\"rome\""_s, 1},
            {u"ROME"_s, 1},
            {u"rome \"lone"_s, 0},
            {u"rome AND"_s, 0},
            {u"NEAR(rome"_s, 0},
            {u"'\"*()^:{}+"_s, 0},
        };
        for (const auto &[text, expected] : cases) {
            const SearchQuery q = SearchQuery::parse(text, kMinPrefix);
            if (q.isEmpty()) {
                QCOMPARE(expected, 0);
                continue;
            }
            const auto n = runs(q.matchExpression());
            QVERIFY2(n, qPrintable(text + u": "_s + (n ? QString() : n.error().message)));
            QVERIFY2(*n == expected, qPrintable(text + u" → "_s + q.matchExpression()));
        }
    }
};

QTEST_GUILESS_MAIN(TstSearchQuery)
#include "tst_searchquery.moc"
