// SPDX-License-Identifier: GPL-3.0-or-later
// The whole library search (Search::LibrarySearch::find) on a small library with known answers
// (helpers/searchlibrary.h): accents folded, phrases, exclusions, OR, a note hit, a comment hit (and
// a deleted comment never found), a tag naming hits, and the facets: colour by its meaning in the
// library's palette, tag, author, kind, language and date range, each counted with the OTHER facets'
// filters. Unreadable queries are searched as plain words, never an SQL error.
#include "helpers/searchlibrary.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "search/librarysearch.h"
#include "store/librarystore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;
using Search::HitKind;

class TstSearchFacets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    QHash<QString, QString> m_ids;

    Search::Results find(const QString &text, const Search::Filters &filters = {})
    {
        Search::Query q;
        q.text = text;
        q.hitsPerArticle = 10;
        q.filters = filters;
        const auto found = Search::LibrarySearch(m_library->store()->db()).find(q);
        if (!found) {
            qWarning() << text << found.error().message;
            return {};
        }
        return *found;
    }

    static QList<Search::Hit> hits(const Search::Results &r)
    {
        QList<Search::Hit> out;
        for (const Search::ArticleHits &a : r.articles) {
            out << a.hits;
        }
        return out;
    }

    static const Search::Hit *hitOf(const Search::Results &r, HitKind kind, const QString &articleId)
    {
        for (const Search::ArticleHits &a : r.articles) {
            for (const Search::Hit &h : a.hits) {
                if (h.kind == kind && h.articleId == articleId) {
                    return &h;
                }
            }
        }
        return nullptr;
    }

    static QString bold(const Search::Snippet &s)
    {
        return s.marked(u"["_s, u"]"_s, [](const QString &t) { return t; });
    }

    // "value=count" for each value of a facet, in its order.
    static QStringList counts(const QList<Search::FacetValue> &facet)
    {
        QStringList out;
        for (const Search::FacetValue &v : facet) {
            out << u"%1=%2"_s.arg(v.value).arg(v.count);
        }
        return out;
    }

    static QString labelOf(const QList<Search::FacetValue> &facet, const QString &value)
    {
        for (const Search::FacetValue &v : facet) {
            if (v.value == value) {
                return v.label;
            }
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_library = std::make_unique<Library>();
        QVERIFY(Test::openNewLibrary(*m_library, m_dir.filePath(QUuid::createUuid().toString(QUuid::WithoutBraces))));
        m_ids = Test::addSearchLibrary(*m_library);
        QCOMPARE(m_ids.size(), 9);
    }

    void cleanup() { m_library.reset(); }

    void accentsAndCaseAreFolded()
    {
        for (const QString &q : {u"liberta"_s, u"LIBERTÀ"_s}) {
            const auto r = find(q);
            QVERIFY2(r.totalHits == 1, qPrintable(q));
            QCOMPARE(hits(r)[0].kind, HitKind::Text);
        }
        // "ecoles" finds the passage's "écoles" and, as an inflection in a French article, the
        // title's "école": both in that article, nowhere else.
        const auto ecoles = find(u"ecoles"_s);
        QCOMPARE(ecoles.articles.size(), 1);
        QCOMPARE(ecoles.articles[0].articleId, m_ids[u"ecole"_s]);
        QVERIFY(hitOf(ecoles, HitKind::Text, m_ids[u"ecole"_s]));
        const auto liberta = find(u"liberta"_s);
        const Search::Hit *h = hitOf(liberta, HitKind::Text, m_ids[u"deterrenza"_s]);
        QVERIFY(h);
        QVERIFY2(bold(h->snippet).startsWith(u"La [libertà] di stampa"_s), qPrintable(bold(h->snippet)));
        QVERIFY(!find(u"liberta"_s).readAsPlainWords);
    }

    void phrasesKeepTheirOrder()
    {
        auto r = find(u"\"arms control\""_s);
        QVERIFY(hitOf(r, HitKind::Title, m_ids[u"arms"_s]));
        QVERIFY(hitOf(r, HitKind::Text, m_ids[u"arms"_s]));
        QCOMPARE(r.totalHits, 2);
        QCOMPARE(find(u"\"control arms\""_s).totalHits, 0);
    }

    void excludedWordsLeaveTheirHitsOut()
    {
        // "Paris" is in the English article's passage with "Rome", and in the French one alone.
        auto r = find(u"paris"_s);
        QCOMPARE(r.totalHits, 2);
        r = find(u"paris -rome"_s);
        QCOMPARE(r.totalHits, 1);
        QVERIFY(hitOf(r, HitKind::Text, m_ids[u"ecole"_s]));
        QCOMPARE(find(u"paris -\"signed in paris\""_s).totalHits, 1);
    }

    void orFindsEither()
    {
        const auto r = find(u"superpowers OR quartier"_s);
        QVERIFY(hitOf(r, HitKind::Text, m_ids[u"arms"_s]));
        QVERIFY(hitOf(r, HitKind::Text, m_ids[u"ecole"_s]));
        QCOMPARE(r.articles.size(), 2);
    }

    void aNoteIsFoundWithItsAnnotation()
    {
        const auto r = find(u"credible"_s);
        QCOMPARE(r.totalHits, 1);
        const Search::Hit h = hits(r)[0];
        QCOMPARE(h.kind, HitKind::Note);
        QCOMPARE(h.annotationId, m_ids[u"doubt"_s]);
        QCOMPARE(h.articleId, m_ids[u"arms"_s]);
        QCOMPARE(h.color, u"question"_s);
        QCOMPARE(bold(h.snippet), u"Is deterrence still [credible]?"_s);
        const QString canonical = m_library->currentRevision(m_ids[u"arms"_s])->canonicalText();
        QCOMPARE(canonical.mid(h.start, h.end - h.start), u"deterrence of both superpowers"_s);
    }

    void aCommentIsFoundAndADeletedOneNever()
    {
        auto r = find(u"berlin"_s);
        QCOMPARE(r.totalHits, 1);
        const Search::Hit h = hits(r)[0];
        QCOMPARE(h.kind, HitKind::Comment);
        QCOMPARE(h.commentId, m_ids[u"berlin"_s]);
        QCOMPARE(h.annotationId, m_ids[u"doubt"_s]); // the passage it is on
        QVERIFY(h.start >= 0);
        QCOMPARE(bold(h.snippet), u"Deterrence worked in [Berlin], at least."_s);
        // A comment of an article's thread, on no passage.
        r = find(u"zanzibar"_s);
        QCOMPARE(r.totalHits, 1);
        QCOMPARE(hits(r)[0].commentId, m_ids[u"zanzibar"_s]);
        QVERIFY(hits(r)[0].annotationId.isEmpty());
        QCOMPARE(find(u"kumquats"_s).totalHits, 0);
        QCOMPARE(find(u"zanzibar OR kumquats"_s).totalHits, 1);
    }

    void aTagNamesTheArticlesAndNotesCarryingIt()
    {
        // No text says "sanzioni": the tagged article (through its title) and the tagged note.
        auto r = find(u"sanzioni"_s);
        QVERIFY(hitOf(r, HitKind::Title, m_ids[u"deterrenza"_s]));
        const Search::Hit *note = hitOf(r, HitKind::Note, m_ids[u"arms"_s]);
        QVERIFY(note);
        QCOMPARE(note->annotationId, m_ids[u"doubt"_s]);
        QCOMPARE(r.totalHits, 2);
        // With other words, those must match the tagged note too.
        r = find(u"sanzioni credible"_s);
        QCOMPARE(r.totalHits, 1);
        QCOMPARE(hits(r)[0].annotationId, m_ids[u"doubt"_s]);
        QCOMPARE(find(u"sanzioni zanzibar"_s).totalHits, 0);
    }

    void facetsCountWithTheOtherFacetsFilters()
    {
        // deterren*: the Italian title and passage, the English passage, two notes, one comment.
        auto r = find(u"deterren"_s);
        QCOMPARE(r.totalHits, 6);
        QCOMPARE(counts(r.facets.kinds), (QStringList {u"text=3"_s, u"note=2"_s, u"comment=1"_s}));
        QCOMPARE(counts(r.facets.colors).size(), 2);
        QVERIFY(counts(r.facets.colors).contains(u"question=1"_s));
        QVERIFY(counts(r.facets.colors).contains(u"important=1"_s));
        QCOMPARE(counts(r.facets.languages), (QStringList {u"en=3"_s, u"it=3"_s}));
        QCOMPARE(labelOf(r.facets.languages, u"it"_s), u"Italian"_s);
        QCOMPARE(
            counts(r.facets.authors), (QStringList {u"Ada=2"_s, u"Giulia Rossi=2"_s, u"Bruno=1"_s, u"John Smith=1"_s}));
        // A note carries its own tags and its article's; a passage or comment its article's.
        QCOMPARE(counts(r.facets.tags), (QStringList {u"sanzioni=4"_s, u"history=3"_s}));
        QCOMPARE(r.facets.first, QDate(2025, 3, 10));
        QCOMPARE(r.facets.last, QDate(2025, 8, 8));

        // A colour: only the notes of that colour; the colours are still all counted, the other
        // facets count what the colour leaves.
        Search::Filters question;
        question.colors = {u"question"_s};
        r = find(u"deterren"_s, question);
        QCOMPARE(r.totalHits, 1);
        QCOMPARE(hits(r)[0].annotationId, m_ids[u"doubt"_s]);
        QVERIFY(counts(r.facets.colors).contains(u"important=1"_s));
        QCOMPARE(counts(r.facets.kinds), (QStringList {u"note=1"_s, u"comment=0"_s, u"text=0"_s}));
        QCOMPARE(counts(r.facets.languages), (QStringList {u"en=1"_s}));

        // Two facets combined.
        Search::Filters notesInItalian;
        notesInItalian.kinds = {HitKind::Note};
        notesInItalian.languages = {u"it"_s};
        r = find(u"deterren"_s, notesInItalian);
        QCOMPARE(r.totalHits, 1);
        QCOMPARE(hits(r)[0].annotationId, m_ids[u"compare"_s]);
        QCOMPARE(counts(r.facets.kinds), (QStringList {u"text=2"_s, u"note=1"_s, u"comment=0"_s}));
        QCOMPARE(counts(r.facets.languages), (QStringList {u"en=1"_s, u"it=1"_s}));

        // Title and Text both mean "text".
        Search::Filters text;
        text.kinds = {HitKind::Title};
        QCOMPARE(find(u"deterren"_s, text).totalHits, 3);
        // By a note's or comment's author, or an article's byline.
        Search::Filters ada;
        ada.authors = {u"ada"_s};
        QCOMPARE(find(u"deterren"_s, ada).totalHits, 2);
        Search::Filters tagged;
        tagged.tags = {u"History"_s};
        QCOMPARE(find(u"deterren"_s, tagged).totalHits, 3);
    }

    void coloursAreLabelledByTheirMeaningInTheLibrary()
    {
        QCOMPARE(labelOf(find(u"deterren"_s).facets.colors, u"question"_s), u"Question"_s);
        Model::Palette palette = m_library->palette();
        auto question = *palette.color(u"question"_s);
        question.label = u"To check"_s;
        QVERIFY(palette.set(question));
        QVERIFY(m_library->setPalette(palette));
        QCOMPARE(labelOf(find(u"deterren"_s).facets.colors, u"question"_s), u"To check"_s);
    }

    void aDateRangeUsesTheNotesOwnDate()
    {
        Search::Filters summer;
        summer.since = QDate(2025, 7, 1);
        summer.until = QDate(2025, 12, 31);
        const auto r = find(u"deterren"_s, summer);
        // The note of 2025-07-01 and the comment of 2025-08-08; not the articles of March and June.
        QCOMPARE(r.totalHits, 2);
        QCOMPARE(hitOf(r, HitKind::Note, m_ids[u"arms"_s])->annotationId, m_ids[u"doubt"_s]);
        QVERIFY(hitOf(r, HitKind::Comment, m_ids[u"arms"_s]));
        // The range's bounds are those of every hit, whatever range is chosen.
        QCOMPARE(r.facets.first, QDate(2025, 3, 10));
        QCOMPARE(r.facets.last, QDate(2025, 8, 8));
        Search::Filters since;
        since.since = QDate(2026, 1, 1);
        QCOMPARE(find(u"paris"_s, since).totalHits, 1); // the French article, of 2026
    }

    void unreadableQueriesAreSearchedAsPlainWords()
    {
        QString tenThousand;
        while (tenThousand.size() < 10'000) {
            tenThousand += u"liberta "_s;
        }
        for (const QString &q : {u"\""_s, u"AND"_s, u"*"_s, u"NOT"_s, u"liberta AND"_s, u"((liberta"_s, tenThousand}) {
            Search::Query query;
            query.text = q;
            const auto found = Search::LibrarySearch(m_library->store()->db()).find(query);
            QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
            QVERIFY2(found->readAsPlainWords, qPrintable(q.left(20)));
        }
        // Read as plain words, the words are still found.
        QCOMPARE(find(u"((liberta"_s).totalHits, 1);
        QCOMPARE(find(tenThousand).totalHits, 1);
        QCOMPARE(find(u"\"liberta"_s).totalHits, 1);
        // Nothing to look for: no hits, no error.
        QCOMPARE(find(u"   "_s).totalHits, 0);
        QVERIFY(!find(u"   "_s).readAsPlainWords);
    }
};

QTEST_GUILESS_MAIN(TstSearchFacets)
#include "tst_searchfacets.moc"
