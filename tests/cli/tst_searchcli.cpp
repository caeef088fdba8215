// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa search` end to end on a small library with known answers (helpers/searchlibrary.h): hits
// grouped by article with their kind and marked snippet, the JSON a script reads (ids, ranges, marks,
// scores, facet counts), filters by colour name or meaning, kind, tag, language and dates, a query
// read as plain words said on stderr (exit 0), and bad dates, colours, kinds, limits and options
// refused with a sentence and a non-zero exit.
#include "helpers/glossaprocess.h"
#include "helpers/searchlibrary.h"
#include "helpers/testlibrary.h"
#include "library/library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;

class TstSearchCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_library;
    QHash<QString, QString> m_ids;

    Test::Run glossa(const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s), args + QStringList {u"--library"_s, m_library});
    }

    static QJsonObject json(const Test::Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            qWarning() << run.out << run.err;
            return {};
        }
        return doc.object();
    }

    static QStringList counts(const QJsonArray &facet)
    {
        QStringList out;
        for (const QJsonValue &v : facet) {
            out << u"%1=%2"_s.arg(v[u"value"_s].toString()).arg(v[u"count"_s].toInt());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library"_s);
        Library library;
        QVERIFY(Test::openNewLibrary(library, m_library));
        m_ids = Test::addSearchLibrary(library);
        QCOMPARE(m_ids.size(), 9);
        // The colour "question" means "Doubt" in this library.
        Model::Palette palette = library.palette();
        auto question = *palette.color(u"question"_s);
        question.label = u"Doubt"_s;
        QVERIFY(palette.set(question));
        QVERIFY(library.setPalette(palette));
    }

    void textGroupsHitsByArticle()
    {
        const Test::Run run = glossa({u"search"_s, u"deterren"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString out = run.outText();
        QVERIFY(out.contains(u"La deterrenza nucleare in Europa ("_s + m_ids[u"deterrenza"_s] + u")\n"_s));
        QVERIFY(out.contains(u"Arms control after the Cold War ("_s + m_ids[u"arms"_s] + u")\n"_s));
        QVERIFY2(out.contains(u"  title: La [deterrenza] nucleare in Europa\n"_s), qPrintable(out));
        QVERIFY(out.contains(u"  note [Doubt]: Is [deterrence] still credible?\n"_s));
        QVERIFY(out.contains(u"  comment: [Deterrence] worked in Berlin, at least.\n"_s));
        QVERIFY(out.contains(u"6 shown of 6 matching"_s));
    }

    void jsonCarriesIdsRangesAndFacets()
    {
        const Test::Run run = glossa({u"search"_s, u"deterren"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = json(run);
        QCOMPARE(o[u"query"_s].toString(), u"deterren"_s);
        QCOMPARE(o[u"readAsPlainWords"_s].toBool(), false);
        QCOMPARE(o[u"totalHits"_s].toInt(), 6);
        const QJsonArray hits = o[u"hits"_s].toArray();
        QCOMPARE(hits.size(), 6);
        QSet<QString> kinds;
        for (const QJsonValue &h : hits) {
            kinds.insert(h[u"kind"_s].toString());
            QVERIFY(!h[u"articleId"_s].toString().isEmpty());
            QVERIFY(!h[u"articleTitle"_s].toString().isEmpty());
            QVERIFY(h[u"score"_s].isDouble());
            QVERIFY(!h[u"marks"_s].toArray().isEmpty());
            if (h[u"kind"_s].toString() == u"text"_s) {
                QVERIFY(h[u"end"_s].toInteger() > h[u"start"_s].toInteger());
            }
            if (h[u"kind"_s].toString() == u"comment"_s) {
                QCOMPARE(h[u"commentId"_s].toString(), m_ids[u"berlin"_s]);
                QCOMPARE(h[u"annotationId"_s].toString(), m_ids[u"doubt"_s]);
            }
            if (h[u"kind"_s].toString() == u"title"_s) {
                QVERIFY(!h.toObject().contains(u"start"_s));
            }
        }
        QCOMPARE(kinds, (QSet<QString> {u"title"_s, u"text"_s, u"note"_s, u"comment"_s}));
        // The snippet's marks are [start, end) in its text.
        const QJsonObject first = hits[0].toObject();
        const QJsonArray mark = first[u"marks"_s].toArray()[0].toArray();
        QVERIFY(first[u"snippet"_s]
                .toString()
                .mid(mark[0].toInt(), mark[1].toInt() - mark[0].toInt())
                .startsWith(u"deterren"_s, Qt::CaseInsensitive));

        const QJsonObject facets = o[u"facets"_s].toObject();
        QCOMPARE(counts(facets[u"kinds"_s].toArray()), (QStringList {u"text=3"_s, u"note=2"_s, u"comment=1"_s}));
        QCOMPARE(counts(facets[u"languages"_s].toArray()), (QStringList {u"en=3"_s, u"it=3"_s}));
        QCOMPARE(counts(facets[u"tags"_s].toArray()), (QStringList {u"sanzioni=4"_s, u"history=3"_s}));
        QVERIFY(counts(facets[u"colors"_s].toArray()).contains(u"question=1"_s));
        for (const QJsonValue &c : facets[u"colors"_s].toArray()) {
            if (c[u"value"_s].toString() == u"question"_s) {
                QCOMPARE(c[u"label"_s].toString(), u"Doubt"_s);
            }
        }
        QCOMPARE(facets[u"authors"_s].toArray().size(), 4);
        QCOMPARE(facets[u"dates"_s][u"first"_s].toString(), u"2025-03-10"_s);
        QCOMPARE(facets[u"dates"_s][u"last"_s].toString(), u"2025-08-08"_s);
    }

    void filtersNarrowTheHits()
    {
        auto total = [&](const QStringList &args) {
            const Test::Run run = glossa(QStringList {u"search"_s, u"deterren"_s, u"--json"_s} + args);
            return run.exitCode == 0 ? json(run)[u"totalHits"_s].toInt() : -1;
        };
        // A colour by its name or by its meaning.
        QCOMPARE(total({u"--color"_s, u"question"_s}), 1);
        QCOMPARE(total({u"--color"_s, u"doubt"_s}), 1);
        QCOMPARE(total({u"--color"_s, u"Doubt"_s, u"--color"_s, u"important"_s}), 2);
        QCOMPARE(total({u"--kind"_s, u"note,comment"_s}), 3);
        QCOMPARE(total({u"--kind"_s, u"text"_s}), 3);
        QCOMPARE(total({u"--tag"_s, u"history"_s}), 3);
        QCOMPARE(total({u"--tag"_s, u"#history"_s}), 3);
        QCOMPARE(total({u"--lang"_s, u"it"_s}), 3);
        QCOMPARE(total({u"--author"_s, u"Ada"_s}), 2);
        QCOMPARE(total({u"--since"_s, u"2025-07-01"_s, u"--until"_s, u"2025-12-31"_s}), 2);
        QCOMPARE(total({u"--lang"_s, u"it"_s, u"--kind"_s, u"note"_s}), 1);
        // --limit counts articles.
        const Test::Run one = glossa({u"search"_s, u"deterren"_s, u"--json"_s, u"--limit"_s, u"1"_s});
        QSet<QString> articles;
        for (const QJsonValue &h : json(one)[u"hits"_s].toArray()) {
            articles.insert(h[u"articleId"_s].toString());
        }
        QCOMPARE(articles.size(), 1);
    }

    void queryWordsAndSyntaxFromTheCommandLine()
    {
        // Several arguments are one query; a dash word is an exclusion, not an option.
        Test::Run run = glossa({u"search"_s, u"paris"_s, u"-rome"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run)[u"totalHits"_s].toInt(), 1);
        QCOMPARE(json(run)[u"hits"_s].toArray()[0].toObject()[u"articleId"_s].toString(), m_ids[u"ecole"_s]);
        run = glossa({u"search"_s, u"\"arms control\""_s, u"--json"_s});
        QCOMPARE(json(run)[u"totalHits"_s].toInt(), 2);
        run = glossa({u"search"_s, u"nothing-like-this"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(u"Nothing in the library matches."_s));
    }

    void anUnreadableQueryIsSearchedAsPlainWords()
    {
        // Each with the hits its plain words give ("and" is in no text).
        const QList<std::pair<QString, int>> queries = {{u"\"liberta"_s, 1}, {u"liberta AND"_s, 0}, {u"*"_s, 0},
            {u"((liberta"_s, 1}, {u"liberta "_s.repeated(1500), 1}};
        for (const auto &[q, hits] : queries) {
            const Test::Run run = glossa({u"search"_s, q, u"--json"_s});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(run.err.contains(u"searched as plain words"_s), qPrintable(run.err));
            QVERIFY(!run.err.contains(u"SQL"_s, Qt::CaseInsensitive));
            QVERIFY(!run.err.contains(u"fts5"_s, Qt::CaseInsensitive));
            QCOMPARE(json(run)[u"readAsPlainWords"_s].toBool(), true);
            QCOMPARE(json(run)[u"totalHits"_s].toInt(), hits);
        }
    }

    void badInputIsRefusedWithASentence_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::addRow("no query") << QStringList {} << u"what should it look for"_s;
        QTest::addRow("an empty query") << QStringList {u"  "_s} << u"what should it look for"_s;
        QTest::addRow("a bad date") << QStringList {u"x"_s, u"--since"_s, u"31/12/2025"_s} << u"YYYY-MM-DD"_s;
        QTest::addRow("an impossible date") << QStringList {u"x"_s, u"--until"_s, u"2025-02-30"_s} << u"YYYY-MM-DD"_s;
        QTest::addRow("a reversed range") << QStringList {u"x"_s, u"--since"_s, u"2026-01-01"_s, u"--until"_s,
            u"2025-01-01"_s} << u"is after --until"_s;
        QTest::addRow("a colour not in the palette")
            << QStringList {u"x"_s, u"--color"_s, u"magenta"_s} << u"not a colour of this library's palette"_s;
        QTest::addRow("a bad kind") << QStringList {u"x"_s, u"--kind"_s, u"text,tweet"_s} << u"not a kind of hit"_s;
        QTest::addRow("a bad limit") << QStringList {u"x"_s, u"--limit"_s, u"0"_s} << u"positive number"_s;
        QTest::addRow("a limit that is no number")
            << QStringList {u"x"_s, u"--limit"_s, u"many"_s} << u"positive number"_s;
        QTest::addRow("an option without its value") << QStringList {u"x"_s, u"--tag"_s} << u"--tag needs"_s;
        QTest::addRow("an unknown option") << QStringList {u"x"_s, u"--colours"_s, u"red"_s} << u"unknown option"_s;
    }

    void badInputIsRefusedWithASentence()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Test::Run run = glossa(QStringList {u"search"_s} + args);
        QVERIFY(run.exitCode > 0);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstSearchCli)
#include "tst_searchcli.moc"
