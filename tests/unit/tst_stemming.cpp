// SPDX-License-Identifier: GPL-3.0-or-later
// Inflections in search (store/stemmingtokenizer.h, schema version 9): a word finds its inflected
// forms in articles of its language (it, fr, en, de, es), accents still folded; names are found in
// every language; an exact search ("=…") skips stems; one language's stem does not reach another's
// article; the last word typed is a prefix; an article whose language changes is indexed again; a
// library of version 3 is migrated with its progress told, and found by stems after; snippets mark
// the inflected forms.
#include "helpers/storefixtures.h"
#include "search/librarysearch.h"
#include "search/searchsnippet.h"
#include "store/annotationrepository.h"
#include "store/articlerepository.h"
#include "store/commentrepository.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/searchrepository.h"
#include "store/stemmer.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;
using namespace Glossa::Store;

class TstStemming : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<Database> openDb(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name), Database::Mode::ReadWriteCreate);
        if (!db || !Schema::configure(**db)) {
            return nullptr;
        }
        return std::move(*db);
    }

    // An article in `language` ("" for none) whose text is `paragraph`.
    static Test::ArticleFixture article(const QString &language, const QString &title, const QString &paragraph)
    {
        Test::ArticleFixture f;
        f.article.id = Test::uuid();
        f.article.title = title;
        f.article.language = language;
        f.article.source = u"test:"_s + f.article.id;
        f.revision = Model::Revision::fromBlocks({
            Model::Block {.type = Model::BlockType::Heading, .level = 1, .text = title},
            Model::Block {.text = paragraph},
        });
        f.revision.id = Test::uuid();
        f.revision.articleId = f.article.id;
        f.article.currentRevisionId = f.revision.id;
        return f;
    }

    static QString add(Database &db, const Test::ArticleFixture &f)
    {
        Transaction tx(db);
        if (!tx.began() || !ArticleRepository(db).insert(f.article, f.revision) || !tx.commit()) {
            return {};
        }
        return f.article.id;
    }

    // The articles whose text matches the FTS5 expression `match`, in the revisions' and the
    // passages' index (both must agree).
    QStringList matching(const QString &match)
    {
        QStringList revisions;
        QStringList passages;
        for (auto [sql, out] : {std::pair {u"SELECT DISTINCT r.article_id FROM fts_revisions f JOIN revisions r "
                                           u"ON r.seq = f.rowid WHERE fts_revisions MATCH ?1 ORDER BY 1"_s,
                                    &revisions},
                 std::pair {u"SELECT DISTINCT p.article_id FROM fts_passages f JOIN passages p "
                            u"ON p.seq = f.rowid WHERE fts_passages MATCH ?1 ORDER BY 1"_s,
                     &passages}}) {
            auto q = m_db->prepare(sql);
            if (!q) {
                qWarning() << q.error().message;
                return {u"error"_s};
            }
            (*q)->bind(1, match);
            const Status st = (*q)->forEach([&](const Statement &r) { out->append(r.text(0)); });
            if (!st) {
                qWarning() << st.error().message;
                return {u"error"_s};
            }
        }
        if (revisions != passages) {
            qWarning() << "revisions" << revisions << "passages" << passages;
            return {u"indexes disagree"_s};
        }
        return revisions;
    }

    // The articles a search for what the user typed finds (SearchRepository: every word, the
    // last a prefix).
    QStringList found(const QString &typed)
    {
        QStringList ids;
        auto hits = SearchRepository(*m_db).search(typed);
        if (!hits) {
            qWarning() << hits.error().message;
            return {u"error"_s};
        }
        for (const SearchHit &h : *hits) {
            if (!ids.contains(h.articleId)) {
                ids << h.articleId;
            }
        }
        ids.sort();
        return ids;
    }

    static QStringList sorted(QStringList ids)
    {
        ids.sort();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        m_db = openDb(u"s%1.sqlite"_s.arg(++n));
        QVERIFY(m_db);
        QVERIFY(Schema::migrate(*m_db).ok());
    }

    void stemmerKnowsFiveLanguages()
    {
        QCOMPARE(Stemmer::languages(), (QStringList {u"it"_s, u"fr"_s, u"en"_s, u"de"_s, u"es"_s}));
        QVERIFY(Stemmer::supports(u"it-IT"_s));
        QVERIFY(Stemmer::supports(u"pt"_s) == false);
        QVERIFY(Stemmer::supports(QString()) == false);
        QCOMPARE(Stemmer(u"it-IT"_s).stem(u"trattati"_s), Stemmer(u"it"_s).stem(u"trattato"_s));
        QCOMPARE(Stemmer(u"pt"_s).stem(u"tratados"_s), u"tratados"_s); // no stemmer: the word itself
        // Snowball stems "nucleare" as a verb: a word searched for looks for its other forms' stems.
        QVERIFY(Stemmer(u"it"_s).stem(u"nucleari"_s) != Stemmer(u"it"_s).stem(u"nucleare"_s));
        QVERIFY(Stemmer(u"it"_s).queryStems(u"nucleari"_s).contains(Stemmer(u"it"_s).stem(u"nucleare"_s)));
        QVERIFY(Stemmer(u"es"_s).queryStems(u"nucleares"_s).contains(Stemmer(u"es"_s).stem(u"nuclear"_s)));
        QCOMPARE(Stemmer(u"en"_s).queryStems(u"negotiated"_s), QStringList {u"negoti"_s});
    }

    void aWordFindsItsInflectionsInItsArticlesLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addRow("it trattati") << u"it"_s << u"Il trattato firmato a Pyongyang lega i due paesi."_s
                                     << u"trattati"_s;
        QTest::addRow("it nucleari") << u"it"_s << u"Un programma nucleare sempre più ambizioso."_s << u"nucleari"_s;
        QTest::addRow("fr écoles") << u"fr"_s << u"Une école de la ville a fermé ses portes."_s << u"écoles"_s;
        QTest::addRow("en negotiated") << u"en-GB"_s << u"The negotiations lasted for three days."_s << u"negotiated"_s;
        QTest::addRow("de Verhandlungen") << u"de"_s << u"Die Verhandlung dauerte drei Tage."_s << u"Verhandlungen"_s;
        QTest::addRow("es nucleares") << u"es"_s << u"El programa nuclear de Corea del Norte."_s << u"nucleares"_s;
        QTest::addRow("es acuerdos") << u"es"_s << u"El acuerdo firmado en junio es militar."_s << u"acuerdos"_s;
    }

    void aWordFindsItsInflectionsInItsArticlesLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, query);
        const QString id = add(*m_db, article(language, u"Notizie"_s, text));
        QVERIFY(!id.isEmpty());
        // The word as typed is not in the text: only its stem can find it.
        QVERIFY(!text.contains(query, Qt::CaseInsensitive));
        QCOMPARE(found(query), QStringList {id});
        QCOMPARE(matching(u'"' + query + u'"'), QStringList {id});
        // The same text with no language is found by its own words only.
        add(*m_db, article(QString(), u"Notizie"_s, text));
        QCOMPARE(found(query), QStringList {id});
    }

    void accentsAreFoldedWithStems()
    {
        const QString ecole = add(*m_db, article(u"fr"_s, u"Rentrée"_s, u"L'École normale rouvre en septembre."_s));
        const QString liberta = add(*m_db, article(u"it"_s, u"Diritti"_s, u"Le libertà fondamentali dei cittadini."_s));
        QCOMPARE(found(u"ecoles"_s), QStringList {ecole}); // no accent, another inflection
        QCOMPARE(found(u"liberta"_s), QStringList {liberta});
        QCOMPARE(found(u"LIBERTÀ fondamentale"_s), QStringList {liberta});
    }

    void aNameIsFoundInEveryLanguage()
    {
        const QStringList ids {
            add(*m_db, article(u"it"_s, u"Vertice"_s, u"Il presidente Putin è arrivato a Pyongyang."_s)),
            add(*m_db, article(u"fr"_s, u"Sommet"_s, u"Le président Putin est arrivé à Pyongyang."_s)),
            add(*m_db, article(u"en"_s, u"Summit"_s, u"President Putin arrived in Pyongyang."_s)),
            add(*m_db, article(u"de"_s, u"Gipfel"_s, u"Präsident Putins Besuch in Pyongyang."_s)),
            add(*m_db, article(u"es"_s, u"Cumbre"_s, u"El presidente Putin llegó a Pyongyang."_s)),
        };
        // A whole word (not the last typed): the German genitive "Putins" is found by its stem.
        QCOMPARE(found(u"putin pyongyang"_s), sorted(ids));
        QCOMPARE(found(u"Putin"_s), sorted(ids));
    }

    void anExactSearchSkipsStems()
    {
        const QString singular = add(*m_db, article(u"it"_s, u"Uno"_s, u"Il trattato è stato firmato."_s));
        const QString plural = add(*m_db, article(u"it"_s, u"Due"_s, u"I trattati sono stati firmati."_s));
        QCOMPARE(matching(u"\"trattati\""_s), sorted({singular, plural}));
        QCOMPARE(matching(u"\"=trattati\""_s), QStringList {plural});
        QCOMPARE(matching(u"\"=trattati sono\""_s), QStringList {plural}); // an exact phrase
        QCOMPARE(matching(u"\"=trattati firmato\""_s), QStringList());
        // A prefix typed after "=" is the folded prefix only.
        QCOMPARE(matching(u"\"=trattat\"*"_s), sorted({singular, plural}));
        QCOMPARE(matching(u"\"=trattatu\"*"_s), QStringList());
    }

    void oneLanguagesStemDoesNotReachAnother()
    {
        // Italian "università" and English "universe" share the Snowball stem "univers": an Italian
        // word typed must find the Italian article, not the English one through a shared stem.
        QCOMPARE(Stemmer(u"it"_s).stem(u"universita"_s), Stemmer(u"en"_s).stem(u"universe"_s));
        const QString italian
            = add(*m_db, article(u"it"_s, u"Atenei"_s, u"Le università italiane perdono studenti."_s));
        const QString english = add(*m_db, article(u"en"_s, u"Cosmos"_s, u"The universe keeps expanding, they say."_s));
        QCOMPARE(matching(u"\"universita\""_s), QStringList {italian});
        QCOMPARE(matching(u"\"universes\""_s), QStringList {english});
        // The stem tokens are not words a query can name: "en:univers" typed is two words.
        QCOMPARE(matching(u"\"en:univers\""_s), QStringList());
    }

    void theLastWordTypedIsAPrefixOfWordsAndStems()
    {
        const QString id = add(*m_db, article(u"it"_s, u"Accordi"_s, u"Il trattato sul nucleare è stato firmato."_s));
        QCOMPARE(found(u"tratt"_s), QStringList {id}); // a prefix of the word
        QCOMPARE(found(u"nucleare tratt"_s), QStringList {id});
        QCOMPARE(found(u"trattati"_s), QStringList {id}); // typed whole: its stem as a prefix
        QCOMPARE(found(u"trattatix"_s), QStringList());
        QCOMPARE(matching(u"\"trattati\"*"_s), QStringList {id});
    }

    void notesAndCommentsAreFoundByStemsInTheirArticlesLanguage()
    {
        const auto f = article(u"it"_s, u"Accordi"_s, u"Il testo del patto tra i due governi."_s);
        QVERIFY(!add(*m_db, f).isEmpty());
        Model::Annotation a = Test::annotation(f, 3, 5);
        a.note = u"Confrontare con i trattati precedenti."_s;
        Model::Comment c = Test::comment(f);
        c.body = u"Le sanzioni economiche non bastano."_s;
        QVERIFY(AnnotationRepository(*m_db).insert(a).ok());
        QVERIFY(CommentRepository(*m_db).insert(c).ok());
        auto kinds = [&](const QString &typed) {
            QList<SearchHit::Kind> out;
            const auto hits = SearchRepository(*m_db).search(typed);
            for (const SearchHit &h : hits.valueOr(QList<SearchHit>())) {
                out << h.kind;
            }
            return out;
        };
        QCOMPARE(kinds(u"trattato"_s), QList {SearchHit::Kind::Annotation});
        QCOMPARE(kinds(u"sanzione economica"_s), QList {SearchHit::Kind::Comment});
        // Edited, the note is indexed again; deleted, it leaves the index.
        a.note = u"Nessun riferimento."_s;
        QVERIFY(AnnotationRepository(*m_db).update(a).ok());
        QCOMPARE(kinds(u"trattato"_s), QList<SearchHit::Kind>());
        QVERIFY(CommentRepository(*m_db).remove(c.id).ok());
        QCOMPARE(kinds(u"sanzioni"_s), QList<SearchHit::Kind>());
    }

    void anArticleWhoseLanguageChangesIsIndexedAgain()
    {
        auto f = article(QString(), u"Trattati e accordi"_s, u"Il trattato sul nucleare è stato firmato."_s);
        QVERIFY(!add(*m_db, f).isEmpty());
        Model::Comment c = Test::comment(f);
        c.body = u"Un accordo storico."_s;
        QVERIFY(CommentRepository(*m_db).insert(c).ok());
        QCOMPARE(found(u"nucleari"_s), QStringList());
        QCOMPARE(found(u"accordi storici"_s), QStringList());

        f.article.language = u"it"_s;
        QVERIFY(ArticleRepository(*m_db).updateMetadata(f.article).ok());
        QCOMPARE(found(u"nucleari"_s), QStringList {f.article.id});
        QCOMPARE(found(u"accordi storici"_s), QStringList {f.article.id});
        QCOMPARE(found(u"trattato accordo"_s), QStringList {f.article.id}); // the title's inflections

        // Deleting the article takes every index row with it.
        QVERIFY(ArticleRepository(*m_db).remove(f.article.id).ok());
        QCOMPARE(found(u"nucleari"_s), QStringList());
        QCOMPARE(found(u"accordi storici"_s), QStringList());
    }

    void thePassageVocabularyKeepsTheFoldedWords()
    {
        add(*m_db, article(u"it"_s, u"Accordi"_s, u"La città ha firmato trattati e trattative."_s));
        // The folded words, once each, as unicode61 alone gave them; the stems beside them.
        QCOMPARE(*m_db->scalar(u"SELECT doc FROM fts_passages_terms WHERE term = 'citta'"_s), 1);
        QCOMPARE(*m_db->scalar(u"SELECT doc FROM fts_passages_terms WHERE term = 'trattati'"_s), 1);
        QCOMPARE(*m_db->scalar(u"SELECT doc FROM fts_passages_terms WHERE term = 'it:tratt'"_s), 1);
        QCOMPARE(*m_db->scalar(u"SELECT doc FROM fts_passages_terms WHERE term = 'it:trattat'"_s), 1); // trattative
        QCOMPARE(*m_db->scalar(u"SELECT count(*) FROM fts_passages_terms WHERE term LIKE 'en:%'"_s), 0);
    }

    void aVersion3LibraryIsMigratedWithProgressAndFoundByStems()
    {
        auto db = openDb(u"v3.sqlite"_s);
        QVERIFY(db);
        QVERIFY(Schema::migrate(*db, 3).ok());
        const auto it = article(u"it"_s, u"Il vertice"_s, u"Il trattato sul nucleare è stato firmato."_s);
        const auto fr = article(u"fr"_s, u"Le sommet"_s, u"Les écoles ferment pendant la visite."_s);
        Model::Comment c = Test::comment(fr);
        c.body = u"Les négociations continuent."_s;
        {
            Transaction tx(*db);
            QVERIFY(ArticleRepository(*db).insert(it.article, it.revision).ok());
            QVERIFY(ArticleRepository(*db).insert(fr.article, fr.revision).ok());
            auto q = db->prepare(u"INSERT INTO comments(id, article_id, author, body, created) "
                                 u"VALUES (?1, ?2, 'Marco', ?3, '2026-03-03T09:00:00.000Z')"_s);
            QVERIFY(q.ok());
            (*q)->bind(1, c.id);
            (*q)->bind(2, fr.article.id);
            (*q)->bind(3, c.body);
            QVERIFY((*q)->exec().ok());
            QVERIFY(tx.commit().ok());
        }
        // Before: the words as written only.
        QVERIFY(SearchRepository(*db).search(u"trattati"_s)->isEmpty());

        QList<std::pair<qint64, qint64>> calls;
        QVERIFY(Schema::migrate(*db, -1, [&](qint64 done, qint64 total) { calls.append({done, total}); }).ok());
        QCOMPARE(*db->scalar(u"PRAGMA user_version"_s), Schema::latestVersion());
        // Every row of the five indexed tables, counted once: 2 articles, 2 revisions, 2 passages
        // (the headings are too short to be passages), 1 comment.
        QVERIFY(calls.size() >= 2);
        QCOMPARE(calls.first(), (std::pair<qint64, qint64> {0, 7}));
        QCOMPARE(calls.last(), (std::pair<qint64, qint64> {7, 7}));
        for (qsizetype i = 1; i < calls.size(); ++i) {
            QVERIFY(calls[i].first >= calls[i - 1].first);
        }

        auto ids = [&](const QString &typed) {
            QStringList out;
            const auto hits = SearchRepository(*db).search(typed);
            for (const SearchHit &h : hits.valueOr(QList<SearchHit>())) {
                out << h.id;
            }
            return out;
        };
        QCOMPARE(ids(u"trattati nucleari"_s), QStringList {it.article.id});
        QCOMPARE(ids(u"ecole"_s), QStringList {fr.article.id});
        QCOMPARE(ids(u"negociation"_s), QStringList {c.id});
        // Migrating again does nothing and tells nothing.
        calls.clear();
        QVERIFY(Schema::migrate(*db, -1, [&](qint64 done, qint64 total) { calls.append({done, total}); }).ok());
        QVERIFY(calls.isEmpty());
        auto check = db->prepareUncached(u"PRAGMA integrity_check"_s);
        QCOMPARE((*check)->step(), Statement::Step::Row);
        QCOMPARE((*check)->text(0), u"ok"_s);
    }

    void aFailedUpgradeLeavesTheLibraryAsItWas()
    {
        auto db = openDb(u"v8.sqlite"_s);
        QVERIFY(db);
        QVERIFY(Schema::migrate(*db, 8).ok());
        const auto f = article(u"it"_s, u"Il vertice"_s, u"Il trattato sul nucleare è stato firmato."_s);
        QVERIFY(!add(*db, f).isEmpty());
        // Something in version 9's way (a table where it makes a view): it fails after dropping and
        // recreating the indexes.
        QVERIFY(db->exec(u"CREATE TABLE article_markers(x)"_s).ok());
        QVERIFY(!Schema::migrate(*db).ok());
        QCOMPARE(*db->scalar(u"PRAGMA user_version"_s), 8);
        auto ids = [&](const QString &typed) {
            QStringList out;
            const auto hits = SearchRepository(*db).search(typed);
            for (const SearchHit &h : hits.valueOr(QList<SearchHit>())) {
                out << h.id;
            }
            return out;
        };
        // The version 8 index, whole: words as written, no stems.
        QCOMPARE(ids(u"trattato nucleare"_s), QStringList {f.article.id});
        QCOMPARE(ids(u"trattati"_s), QStringList());
        QCOMPARE(*db->scalar(u"SELECT count(*) FROM passages"_s), 1);
        QCOMPARE(*db->scalar(u"SELECT count(*) FROM fts_passages_terms WHERE term = 'trattato'"_s), 1);
    }

    void snippetsMarkTheInflectedForms()
    {
        const QString text = u"Il trattato sul nucleare è stato firmato dai due paesi."_s;
        auto marked = [](const Search::Snippet &s) {
            return s.marked(u"["_s, u"]"_s, [](const QString &t) { return t; });
        };
        const QStringList terms = Search::Snippet::queryTerms(u"trattati nucleari"_s);
        QCOMPARE(marked(Search::Snippet::around(text, terms, 160, 3, u"it"_s)),
            u"Il [trattato] sul [nucleare] è stato firmato dai due paesi."_s);
        // With no language, only the words as typed.
        QCOMPARE(marked(Search::Snippet::around(text, terms, 160, 3)), text);
        // The last word's stem as a prefix, as the index finds it.
        QCOMPARE(marked(Search::Snippet::around(text, Search::Snippet::queryTerms(u"firmati"_s), 160, 3, u"it"_s)),
            u"Il trattato sul nucleare è stato [firmato] dai due paesi."_s);
    }

    // The library search finds an inflected form in an Italian article and marks it in the snippet,
    // while an exact search for the form typed finds nothing there.
    void theLibrarySearchFindsAndMarksInflections()
    {
        const QString it = add(*m_db,
            article(
                u"it"_s, u"Russia e Corea"_s, u"I due leader hanno firmato un trattato sul nucleare a Pyongyang."_s));
        QVERIFY(!it.isEmpty());
        const Search::LibrarySearch engine(*m_db);
        auto found = engine.find({u"trattati nucleari"_s});
        QVERIFY(found.ok());
        QCOMPARE(found->articles.size(), 1);
        QCOMPARE(found->articles[0].articleId, it);
        const Search::Hit &hit = found->articles[0].hits.at(0);
        QCOMPARE(hit.kind, Search::HitKind::Text);
        QCOMPARE(hit.snippet.marked(u"["_s, u"]"_s, [](const QString &t) { return t; }),
            u"I due leader hanno firmato un [trattato] sul [nucleare] a Pyongyang."_s);
        auto exact = engine.find({u"=\"trattati\""_s});
        QVERIFY(exact.ok());
        QCOMPARE(exact->totalHits, 0);
    }

    // The word being typed, in the library search, finds the words it begins and its own inflections
    // (accents folded), each marked in the snippet; not a word that only begins with its stem.
    void theWordTypedFindsWhatItBeginsAndItsInflections()
    {
        const QString signed_ = add(*m_db, article(u"it"_s, u"Uno"_s, u"Il trattato è stato firmato ieri."_s));
        const QString signer = add(*m_db, article(u"it"_s, u"Due"_s, u"Parla il firmatario dell'accordo."_s));
        const QString accents = add(*m_db, article(u"it"_s, u"Tre"_s, u"La città è più sicura."_s));
        QVERIFY(!signed_.isEmpty() && !signer.isEmpty() && !accents.isEmpty());
        const Search::LibrarySearch engine(*m_db);
        auto ids = [&](const QString &typed) {
            QStringList out;
            const auto found = engine.find({typed});
            for (const Search::ArticleHits &a : found.valueOr(Search::Results()).articles) {
                out << a.articleId;
            }
            return sorted(out);
        };
        QCOMPARE(ids(u"firmat"_s), sorted({signed_, signer})); // the words it begins
        QCOMPARE(ids(u"firmati"_s), QStringList {signed_}); // typed whole: its inflections
        QCOMPARE(ids(u"firmatix"_s), QStringList());
        QCOMPARE(ids(u"citta"_s), QStringList {accents});
        QCOMPARE(ids(u"CITTÀ"_s), QStringList {accents});
        auto found = engine.find({u"firmati"_s});
        QVERIFY(found.ok() && !found->articles.isEmpty());
        QCOMPARE(found->articles[0].hits.at(0).snippet.marked(u"["_s, u"]"_s, [](const QString &t) { return t; }),
            u"Il trattato è stato [firmato] ieri."_s);
    }
};

QTEST_GUILESS_MAIN(TstStemming)
#include "tst_stemming.moc"
