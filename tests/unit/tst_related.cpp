// SPDX-License-Identifier: GPL-3.0-or-later
// Related passages (Links::Related) and the passage index under them: on a small library written with
// known answers, a passage's counterpart in another article comes first, across Italian and English
// where names and numbers coincide, with the words they share and a snippet; the article's own
// passages never come back; stop words are never asked for; the index follows an update, a delete and
// their undo, and the migration fills it for a library that had articles before it. On the seeds, the
// paragraph of seed 003 on Putin's trips to Pyongyang and Vietnam comes first among 003's passages for
// seed 000's opening paragraph.
#include "helpers/relatedlibrary.h"
#include "helpers/storefixtures.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "library/undostack.h"
#include "links/related.h"
#include "links/stopwords.h"
#include "links/terms.h"
#include "store/articlerepository.h"
#include "store/librarystore.h"
#include "store/schema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Glossa;

class TstRelated : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    QHash<QString, QString> m_ids; // article key → id

    QString passage(const QString &name) const { return Test::relatedPassages().value(name); }
    QString idOf(const QString &passageName) const { return m_ids.value(passageName.section(u'.', 0, 0)); }

    QList<Links::RelatedPassage> related(const QString &passageName, int limit = 10)
    {
        Links::Related engine(m_library.store()->db());
        const auto found = engine.forText(idOf(passageName), passage(passageName), limit);
        if (!found) {
            qWarning() << found.error().message;
            return {};
        }
        return *found;
    }

    // The text of a found passage, read from its article.
    QString textOf(const Library &library, const Links::RelatedPassage &p) const
    {
        const auto revision = library.currentRevision(p.articleId);
        return revision ? revision->canonicalText().mid(p.start, p.end - p.start) : QString();
    }

    qint64 passageCount(const QString &articleId)
    {
        auto q = m_library.store()->db().prepare(u"SELECT count(*) FROM passages WHERE article_id = ?1"_s);
        if (!q) {
            return -1;
        }
        (*q)->bind(1, articleId);
        return (*q)->step() == Store::Statement::Step::Row ? (*q)->int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.filePath(u"library"_s)));
        m_ids = Test::addRelatedArticles(m_library);
        QCOMPARE(m_ids.size(), 4);
    }

    void theCounterpartComesFirst_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("expected");
        // Across languages: the shared words are names and a year.
        QTest::newRow("maersk it→en") << u"porti.maersk"_s << u"shipping.maersk"_s;
        QTest::newRow("maersk en→it") << u"shipping.maersk"_s << u"porti.maersk"_s;
        QTest::newRow("museum") << u"porti.museo"_s << u"musei.museo"_s;
        QTest::newRow("museum, other way") << u"musei.museo"_s << u"porti.museo"_s;
        QTest::newRow("freight") << u"shipping.freight"_s << u"electronics.freight"_s;
    }
    void theCounterpartComesFirst()
    {
        QFETCH(QString, from);
        QFETCH(QString, expected);
        const QList<Links::RelatedPassage> found = related(from);
        QVERIFY(!found.isEmpty());
        const Links::RelatedPassage &first = found.first();
        QCOMPARE(first.articleId, idOf(expected));
        QCOMPARE(textOf(m_library, first), passage(expected));
        QCOMPARE(first.snippet, passage(expected)); // short enough to be shown whole
        QVERIFY(first.score > 0);
        for (qsizetype i = 1; i < found.size(); ++i) {
            QVERIFY(found[i - 1].score >= found[i].score);
        }
        for (const Links::RelatedPassage &p : found) {
            QVERIFY2(p.articleId != idOf(from), "the article's own passages are not related passages");
            QVERIFY(!p.title.isEmpty());
        }
    }

    void sharedWordsAreNamedAsTheOtherPassageWritesThem()
    {
        const QList<Links::RelatedPassage> found = related(u"porti.maersk"_s);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().title, u"Shipping lines rethink their ports"_s);
        const QStringList shared = found.first().shared;
        for (const QString &word : {u"Maersk"_s, u"2027"_s, u"Vado"_s, u"Ligure"_s}) {
            QVERIFY2(shared.contains(word), qPrintable(shared.join(u", ")));
        }
        QCOMPARE(shared.size(), 4); // "the", "from", "its" are no one's subject
    }

    void aPassageWithNoCounterpartFindsNothingUnrelated()
    {
        // "Le scuole della regione…" shares no word but stop words with any other article.
        QVERIFY(related(u"musei.scuole"_s).isEmpty());
    }

    void theLimitIsKept()
    {
        QCOMPARE(related(u"porti.maersk"_s, 1).size(), 1);
        QVERIFY(related(u"porti.maersk"_s, 0).isEmpty());
    }

    void stopWordsAreNeverAskedFor()
    {
        for (const QString &w : {u"the"_s, u"della"_s, u"perché"_s, u"und"_s, u"über"_s, u"pour"_s, u"même"_s,
                 u"para"_s, u"también"_s, u"which"_s, u"nell"_s}) {
            QVERIFY2(Links::isStopWord(Links::Terms::fold(w)), qPrintable(w));
        }
        for (const QString &w : {u"maersk"_s, u"museo"_s, u"freight"_s, u"2027"_s}) {
            QVERIFY2(!Links::isStopWord(w), qPrintable(w));
        }
        Links::Related engine(m_library.store()->db());
        const auto terms = engine.distinctiveTerms(m_ids[u"porti"_s],
            u"Il museo del mare e la collezione della città, che per il porto e per le navi è nel cuore."_s);
        QVERIFY(terms);
        QStringList words;
        for (const Links::RelatedTerm &t : *terms) {
            words << t.term;
        }
        // Only words some other article has: "porto" and "città" are this article's alone.
        QCOMPARE(QSet<QString>(words.cbegin(), words.cend()),
            (QSet<QString> {u"museo"_s, u"mare"_s, u"collezione"_s, u"navi"_s}));
    }

    void namesAndNumbersWeighMore()
    {
        Links::Related engine(m_library.store()->db());
        // "Maersk" and "navi" are each in one passage of another article; the name weighs more.
        const auto terms = engine.distinctiveTerms(m_ids[u"porti"_s], u"Le navi di Maersk e le navi di altri."_s);
        QVERIFY(terms);
        QCOMPARE(terms->size(), 2);
        QCOMPARE(terms->at(0).term, u"maersk"_s);
        QVERIFY(terms->at(0).nameOrNumber);
        QVERIFY(!terms->at(1).nameOrNumber);
    }

    void foldingMatchesTheIndex()
    {
        QCOMPARE(Links::Terms::fold(u"Città"_s), u"citta"_s);
        QCOMPARE(Links::Terms::fold(u"ÉCOLE"_s), u"ecole"_s);
        const QList<Links::Terms::Token> t = Links::Terms::tokens(u"L’Unione e la Cina. Pechino, 2024"_s);
        QCOMPARE(t.size(), 7);
        QCOMPARE(t[1].term, u"unione"_s);
        QVERIFY(t[1].looksLikeName());
        QVERIFY(t[4].looksLikeName()); // "Cina"
        QVERIFY(t[5].capitalised && t[5].sentenceStart && !t[5].looksLikeName()); // "Pechino" starts a sentence
        QVERIFY(t[6].number);
    }

    void snippetsAreElidedAroundTheSharedWords()
    {
        const QString filler = u"parole che non contano nulla "_s.repeated(20);
        const QString text = filler + u"qui Maersk arriva a Vado Ligure nel 2027 "_s + filler;
        const QString s = Links::Related::snippet(
            text, {{u"maersk"_s, 2.0}, {u"vado"_s, 1.0}, {u"ligure"_s, 1.0}, {u"2027"_s, 2.0}}, 120);
        QVERIFY2(s.startsWith(u'…') && s.endsWith(u'…'), qPrintable(s));
        QVERIFY2(s.contains(u"Maersk arriva a Vado Ligure nel 2027"_s), qPrintable(s));
        QVERIFY(s.size() <= 122);

        // A rare word once beats a common one said again and again.
        const QString repeated = u"Corea e Corea e ancora Corea, "_s.repeated(6);
        const QString t = repeated + filler + u"e poi il Vietnam "_s + filler;
        const QString v = Links::Related::snippet(t, {{u"corea"_s, 1.0}, {u"vietnam"_s, 3.0}}, 120);
        QVERIFY2(v.contains(u"Vietnam"_s), qPrintable(v));
    }

    void theIndexFollowsAnUpdateAndItsUndo()
    {
        const QString electronics = m_ids[u"electronics"_s];
        const auto articleOf = [](const QList<Links::RelatedPassage> &found) {
            QStringList ids;
            for (const Links::RelatedPassage &p : found) {
                ids << p.articleId;
            }
            return ids;
        };
        QVERIFY(articleOf(related(u"shipping.freight"_s)).contains(electronics));
        QVERIFY(!articleOf(related(u"porti.maersk"_s)).contains(electronics));

        // The freight paragraph gives way to one on Maersk.
        const QString replaced = u"Maersk will also order new ships for the route to Vado Ligure in 2027."_s;
        LibraryImport import(&m_library);
        const ImportResult r = import.importBytes(
            Test::relatedMarkdown(u"Electronics demand and trade"_s, {replaced, passage(u"electronics.season"_s)}),
            Ingest::Format::Markdown, u"related-test:electronics"_s, WhenAlreadyImported::UpdateExisting);
        QVERIFY(r);
        QVERIFY(r->updated);
        QCOMPARE(passageCount(electronics), 2);
        QVERIFY(!articleOf(related(u"shipping.freight"_s)).contains(electronics));
        const QList<Links::RelatedPassage> maersk = related(u"porti.maersk"_s);
        QVERIFY(articleOf(maersk).contains(electronics));
        for (const Links::RelatedPassage &p : maersk) {
            if (p.articleId == electronics) {
                QCOMPARE(textOf(m_library, p), replaced); // its range is in the new text
            }
        }

        m_library.undoStack()->undo();
        QCOMPARE(passageCount(electronics), 2);
        QVERIFY(articleOf(related(u"shipping.freight"_s)).contains(electronics));
        QVERIFY(!articleOf(related(u"porti.maersk"_s)).contains(electronics));
    }

    void theIndexFollowsADeleteAndItsUndo()
    {
        const QString musei = m_ids[u"musei"_s];
        QCOMPARE(related(u"porti.museo"_s).first().articleId, musei);
        QVERIFY(m_library.deleteArticle(musei).ok());
        QCOMPARE(passageCount(musei), 0);
        QVERIFY(related(u"porti.museo"_s).isEmpty());
        m_library.undoStack()->undo();
        QCOMPARE(passageCount(musei), 2);
        QCOMPARE(related(u"porti.museo"_s).first().articleId, musei);
    }

    void theMigrationIndexesArticlesStoredBefore()
    {
        QTemporaryDir dir;
        auto db = Store::Database::open(dir.filePath(u"old.sqlite"_s), Store::Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(Store::Schema::migrate(**db, 5).ok());
        const Test::ArticleFixture f = Test::article();
        QVERIFY(Store::ArticleRepository(**db).insert(f.article, f.revision).ok());
        QVERIFY(Store::Schema::migrate(**db).ok());
        // The fixture's passages: its paragraph and its quote (a short heading, a short list item, code
        // and a separator are not).
        QCOMPARE(*(*db)->scalar(u"SELECT count(*) FROM passages"_s), 2);
        QCOMPARE(*(*db)->scalar(u"SELECT count(*) FROM fts_passages WHERE fts_passages MATCH 'verificabili'"_s), 1);
    }

    void onTheSeedsPutinsTripsComeFirstAmong003sPassages()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir.filePath(u"seeds"_s)));
        LibraryImport import(&library);
        const ImportResult seed000
            = import.importFile(QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/000_2b8deaeb62eeb82e.txt"_s);
        const ImportResult seed003
            = import.importFile(QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/003_937af745a2f16abe.txt"_s);
        QVERIFY(seed000);
        QVERIFY(seed003);
        const auto text000 = library.currentRevision(seed000->articleId);
        QVERIFY(text000);
        const QString &t = text000->canonicalText();
        const qsizetype start = t.indexOf(u"Mosca cerca la sponda dei Paesi asiatici"_s);
        QVERIFY(start >= 0);
        const QString opening = t.mid(start, t.indexOf(u'\n', start) - start);
        QVERIFY(opening.endsWith(u"a Pyongyang e dintorni."_s));

        Links::Related engine(library.store()->db());
        const auto found = engine.forText(seed000->articleId, opening, 50);
        QVERIFY(found);
        QList<Links::RelatedPassage> of003;
        for (const Links::RelatedPassage &p : *found) {
            QCOMPARE(p.articleId, seed003->articleId); // the library has no other article
            of003.append(p);
        }
        QVERIFY(of003.size() > 1);
        const QString first = textOf(library, of003.first());
        QVERIFY2(first.contains(u"il viaggio di Vladimir Putin a Pyongyang, così come la sua visita in Vietnam"_s),
            qPrintable(first.left(200)));
        QVERIFY(of003.first().shared.contains(u"Vietnam"_s));
        QVERIFY2(of003.first().snippet.contains(u"Vietnam"_s), qPrintable(of003.first().snippet));
        QVERIFY(of003.first().shared.contains(u"Pyongyang"_s));
    }
};

QTEST_GUILESS_MAIN(TstRelated)
#include "tst_related.moc"
