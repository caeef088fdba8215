// SPDX-License-Identifier: GPL-3.0-or-later
// The store's foundations: the SQLite wrappers, the migrations, a round trip of every entity, and
// full-text search staying in sync with the rows.
#include "cli/jsonview.h"
#include "helpers/storefixtures.h"
#include "store/annotationrepository.h"
#include "store/articlerepository.h"
#include "store/commentrepository.h"
#include "store/database.h"
#include "store/linkrepository.h"
#include "store/schema.h"
#include "store/searchrepository.h"
#include "store/settingsrepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Glossa::Store;

class TstStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    std::unique_ptr<Database> openDb(const QString &name)
    {
        auto db = Database::open(m_dir.filePath(name), Database::Mode::ReadWriteCreate);
        if (!db) {
            return nullptr;
        }
        if (!Schema::configure(**db)) {
            return nullptr;
        }
        return std::move(*db);
    }

    QStringList searchIds(const QString &text)
    {
        QStringList ids;
        auto hits = SearchRepository(*m_db).search(text);
        if (hits) {
            for (const SearchHit &h : *hits) {
                ids << h.id;
            }
        }
        return ids;
    }

    void insertFixture(const Test::ArticleFixture &f)
    {
        Transaction tx(*m_db);
        QVERIFY(tx.began().ok());
        QVERIFY(ArticleRepository(*m_db).insert(f.article, f.revision).ok());
        QVERIFY(tx.commit().ok());
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
        m_db = openDb(QStringLiteral("t%1.sqlite").arg(++n));
        QVERIFY(m_db);
        QVERIFY(Schema::migrate(*m_db).ok());
    }

    void cleanup() { m_db.reset(); }

    // --- wrappers ------------------------------------------------------------------------------

    void emptyStringIsStoredAsEmptyNotNull()
    {
        QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE t(v TEXT)")).ok());
        auto ins = m_db->prepare(QStringLiteral("INSERT INTO t(v) VALUES (?1)"));
        QVERIFY(ins.ok());
        (*ins)->bind(1, QString());
        QVERIFY((*ins)->exec().ok());
        (*ins)->bindOptional(1, QString());
        QVERIFY((*ins)->exec().ok());
        QCOMPARE(*m_db->scalar(QStringLiteral("SELECT count(*) FROM t WHERE v = ''")), 1);
        QCOMPARE(*m_db->scalar(QStringLiteral("SELECT count(*) FROM t WHERE v IS NULL")), 1);
    }

    void trailingSqlIsRefused()
    {
        auto s = m_db->prepare(QStringLiteral("SELECT 1; DROP TABLE articles"));
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("trailing")));
        QCOMPARE(*m_db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'articles'")), 1);
    }

    void errorsCarrySqliteMessage()
    {
        auto s = m_db->prepare(QStringLiteral("SELECT nosuchcolumn FROM articles"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("nosuchcolumn")), qPrintable(s.error().message));
    }

    void preparedStatementsAreCached()
    {
        auto a = m_db->prepare(QStringLiteral("SELECT count(*) FROM articles"));
        auto b = m_db->prepare(QStringLiteral("SELECT count(*) FROM articles"));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(*a, *b);
    }

    void transactionRollsBackUnlessCommitted()
    {
        const auto f = Test::article();
        {
            Transaction tx(*m_db);
            QVERIFY(ArticleRepository(*m_db).insert(f.article, f.revision).ok());
            // no commit: an action that failed half-way leaves nothing
        }
        QCOMPARE(*ArticleRepository(*m_db).count(), 0);
        QCOMPARE(*m_db->scalar(QStringLiteral("SELECT count(*) FROM revisions")), 0);
        QCOMPARE(*m_db->scalar(QStringLiteral("SELECT count(*) FROM blocks")), 0);
    }

    void connectionSettings()
    {
        QCOMPARE(*m_db->scalar(QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(*m_db->scalar(QStringLiteral("PRAGMA synchronous")), 2); // FULL
        auto mode = m_db->prepareUncached(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.ok());
        QCOMPARE((*mode)->step(), Statement::Step::Row);
        QCOMPARE((*mode)->text(0), QStringLiteral("wal"));
    }

    // --- migrations ----------------------------------------------------------------------------

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Schema::latestVersion(); ++v) {
            QTest::addRow("from v%d", v) << v;
        }
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        static int n = 0;
        auto db = openDb(QStringLiteral("m%1.sqlite").arg(++n));
        QVERIFY(db);
        QVERIFY(Schema::migrate(*db, from).ok());
        QCOMPARE(*db->scalar(QStringLiteral("PRAGMA user_version")), from);
        const auto f = Test::article(QStringLiteral("Perché la libertà"));
        if (from >= 1) {
            // Data written by the older version survives the upgrade and is searchable after it.
            // The annotation row holds the columns every version has had, as an older Glossa wrote it.
            Transaction tx(*db);
            QVERIFY(ArticleRepository(*db).insert(f.article, f.revision).ok());
            const Model::Annotation a = Test::annotation(f);
            auto q = db->prepare(QStringLiteral(
                "INSERT INTO annotations(id, article_id, revision_id, kind, color, style, note, pos_start, pos_end, "
                "quote, anchor_start, anchor_end, anchor_score, anchor_status, created, updated) VALUES (?1, ?2, ?3, "
                "'highlight', ?4, 'fill', ?5, ?6, ?7, ?8, ?6, ?7, 1.0, 'exact', ?9, ?9)"));
            QVERIFY(q.ok());
            (*q)->bind(1, a.id);
            (*q)->bind(2, a.articleId);
            (*q)->bind(3, a.revisionId);
            (*q)->bind(4, a.color);
            (*q)->bind(5, a.note);
            (*q)->bind(6, qint64(a.selector.start));
            (*q)->bind(7, qint64(a.selector.end));
            (*q)->bind(8, a.selector.exact);
            (*q)->bind(9, QStringLiteral("2024-06-19T10:00:00.000Z"));
            QVERIFY((*q)->exec().ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(Schema::migrate(*db).ok());
        QCOMPARE(*db->scalar(QStringLiteral("PRAGMA user_version")), Schema::latestVersion());
        QCOMPARE(*db->scalar(QStringLiteral("PRAGMA application_id")), Schema::ApplicationId);
        if (from >= 1) {
            auto hits = SearchRepository(*db).search(QStringLiteral("perche liberta"));
            QVERIFY(hits.ok());
            QVERIFY(!hits->isEmpty());
            QCOMPARE(hits->first().articleId, f.article.id);
            auto notes = SearchRepository(*db).search(QStringLiteral("citta"));
            QVERIFY(notes.ok());
            QCOMPARE(notes->size(), 1);
            QCOMPARE(notes->first().kind, SearchHit::Kind::Annotation);
            // The annotation reads back whole; its marked text has not changed.
            auto read = AnnotationRepository(*db).forArticle(f.article.id);
            QVERIFY(read.ok());
            QCOMPARE(read->size(), 1);
            QCOMPARE(read->first().selector.exact, Test::annotation(f).selector.exact);
            QCOMPARE(read->first().originalQuote, QString());
            QVERIFY(!read->first().textChanged());
        }
        // Migrating again is a no-op.
        QVERIFY(Schema::migrate(*db).ok());
        auto check = db->prepareUncached(QStringLiteral("PRAGMA integrity_check"));
        QCOMPARE((*check)->step(), Statement::Step::Row);
        QCOMPARE((*check)->text(0), QStringLiteral("ok"));
    }

    void commentVotesFromVersion3AreKeptAndVotersAreOneEach()
    {
        // A library as Glossa's schema version 3 wrote it: a comment with 5 votes and no voters.
        auto db = openDb(QStringLiteral("v3votes.sqlite"));
        QVERIFY(db);
        QVERIFY(Schema::migrate(*db, 3).ok());
        const auto f = Test::article();
        const Model::Comment c = Test::comment(f);
        {
            Transaction tx(*db);
            QVERIFY(ArticleRepository(*db).insert(f.article, f.revision).ok());
            auto q = db->prepare(QStringLiteral("INSERT INTO comments(id, article_id, author, body, created, votes) "
                                                "VALUES (?1, ?2, ?3, ?4, '2026-03-03T09:00:00.000Z', 5)"));
            QVERIFY(q.ok());
            (*q)->bind(1, c.id);
            (*q)->bind(2, f.article.id);
            (*q)->bind(3, c.author);
            (*q)->bind(4, c.body);
            QVERIFY((*q)->exec().ok());
            QVERIFY(tx.commit().ok());
        }
        QVERIFY(Schema::migrate(*db).ok());
        CommentRepository repo(*db);
        auto read = repo.find(c.id);
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE((*read)->votes, 5);
        QVERIFY((*read)->ballots.isEmpty());
        QVERIFY(!(*read)->deleted);
        QCOMPARE((*read)->body, c.body);

        // One vote per author: voting again replaces it, 0 takes it back.
        QVERIFY(repo.setBallot(c.id, QStringLiteral("Anna"), 1).ok());
        QVERIFY(repo.setBallot(c.id, QStringLiteral("Anna"), -1).ok());
        QVERIFY(repo.setBallot(c.id, QStringLiteral("Luca"), 1).ok());
        QCOMPARE(*db->scalar(QStringLiteral("SELECT count(*) FROM comment_votes")), 2);
        const auto ballots = (*repo.find(c.id))->ballots;
        QCOMPARE(ballots.value(QStringLiteral("Anna")), -1);
        QCOMPARE(ballots.value(QStringLiteral("Luca")), 1);
        QVERIFY(
            !db->exec(QStringLiteral("INSERT INTO comment_votes(comment_id, voter, value) VALUES ('%1', 'Anna', 1)")
                          .arg(c.id))
                .ok());
        QVERIFY(
            !db->exec(QStringLiteral("INSERT INTO comment_votes(comment_id, voter, value) VALUES ('%1', 'Ugo', 3)")
                          .arg(c.id))
                .ok());
        QVERIFY(repo.setBallot(c.id, QStringLiteral("Anna"), 0).ok());
        QCOMPARE((*repo.find(c.id))->ballots.keys(), QStringList {QStringLiteral("Luca")});
        // The votes go with their comment.
        QVERIFY(repo.remove(c.id).ok());
        QCOMPARE(*db->scalar(QStringLiteral("SELECT count(*) FROM comment_votes")), 0);
    }

    void tombstoneAndBallotsRoundTrip()
    {
        const auto f = Test::article();
        insertFixture(f);
        CommentRepository repo(*m_db);
        Model::Comment c = Test::comment(f);
        c.deleted = true;
        c.body.clear();
        c.ballots = {{QStringLiteral("Anna"), 1}, {QStringLiteral("Luca"), -1}};
        QVERIFY(repo.insert(c).ok());
        const auto read = repo.find(c.id);
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE(Cli::JsonView::comment(**read), Cli::JsonView::comment(c));
        QVERIFY((*read)->deleted);
        QCOMPARE((*read)->ballots, c.ballots);
    }

    void newerVersionIsRefused()
    {
        QVERIFY(m_db->exec(QStringLiteral("PRAGMA user_version = 999")).ok());
        const Status s = Schema::migrate(*m_db);
        QVERIFY(!s.ok());
        QVERIFY(s.error().message.contains(QStringLiteral("newer")));
        QCOMPARE(*m_db->scalar(QStringLiteral("PRAGMA user_version")), 999);
    }

    // --- round trips ---------------------------------------------------------------------------

    void articleAndRevisionRoundTrip()
    {
        const auto f = Test::article();
        insertFixture(f);
        ArticleRepository repo(*m_db);
        const auto a = repo.find(f.article.id);
        QVERIFY(a.ok() && a->has_value());
        QCOMPARE(Cli::JsonView::article(**a), Cli::JsonView::article([&] {
            Model::Article e = f.article;
            e.created = (*a)->created; // filled by the store
            e.updated = (*a)->updated;
            return e;
        }()));
        QVERIFY((*a)->created.isValid());
        QCOMPARE((*a)->created.timeSpec(), Qt::UTC);
        const auto r = repo.revision(f.revision.id);
        QVERIFY(r.ok() && r->has_value());
        const Model::Revision &rev = **r;
        QCOMPARE(rev.canonicalText(), f.revision.canonicalText());
        QCOMPARE(rev.blocks(), f.revision.blocks());
        QCOMPARE(rev.contentHash, f.revision.contentHash);
        QCOMPARE(rev.rawSource, f.revision.rawSource);
        QCOMPARE(rev.sourceFormat, QStringLiteral("markdown"));
        QCOMPARE(rev.articleId, f.article.id);
        QCOMPARE(repo.all()->size(), 1);
    }

    void annotationRoundTrip()
    {
        const auto f = Test::article();
        insertFixture(f);
        const Model::Annotation a = Test::annotation(f);
        QVERIFY(AnnotationRepository(*m_db).insert(a).ok());
        const auto back = AnnotationRepository(*m_db).find(a.id);
        QVERIFY(back.ok() && back->has_value());
        QCOMPARE(Cli::JsonView::annotation(**back), Cli::JsonView::annotation(a));
        QCOMPARE((*back)->selector, a.selector);
        QCOMPARE((*back)->anchor, a.anchor);
        QCOMPARE((*back)->tags, a.tags);
        QCOMPARE((*back)->created, a.created);
        QCOMPARE(AnnotationRepository(*m_db).forArticle(f.article.id)->size(), 1);
    }

    void linkRoundTripAndDangling()
    {
        const auto one = Test::article(QStringLiteral("Uno"));
        const auto two = Test::article(QStringLiteral("Due"));
        insertFixture(one);
        insertFixture(two);
        const Model::Annotation a = Test::annotation(one);
        QVERIFY(AnnotationRepository(*m_db).insert(a).ok());
        Model::Link link {Test::uuid(), {one.article.id, a.id}, {two.article.id, {}}, QStringLiteral("supports"),
            QStringLiteral("vedi sopra"),
            QDateTime::fromString(QStringLiteral("2026-01-01T00:00:00.000Z"), Qt::ISODateWithMs)};
        QVERIFY(LinkRepository(*m_db).insert(link).ok());
        auto fromTwo = LinkRepository(*m_db).forArticle(two.article.id); // a backlink
        QVERIFY(fromTwo.ok());
        QCOMPARE(fromTwo->size(), 1);
        QCOMPARE(Cli::JsonView::link(fromTwo->first().link, false), Cli::JsonView::link(link, false));
        QVERIFY(!fromTwo->first().dangling);

        // Deleting the annotation keeps the link, now dangling (the documented ON DELETE choice).
        QVERIFY(AnnotationRepository(*m_db).remove(a.id).ok());
        fromTwo = LinkRepository(*m_db).forArticle(two.article.id);
        QCOMPARE(fromTwo->size(), 1);
        QVERIFY(fromTwo->first().dangling);
    }

    void commentRoundTripWithHistory()
    {
        const auto f = Test::article();
        insertFixture(f);
        const Model::Annotation a = Test::annotation(f);
        QVERIFY(AnnotationRepository(*m_db).insert(a).ok());
        CommentRepository repo(*m_db);
        const Model::Comment top = Test::comment(f, {}, a.id);
        Model::Comment reply = Test::comment(f, top.id);
        reply.resolved = true;
        reply.edited = QDateTime::fromString(QStringLiteral("2026-03-04T00:00:00.000Z"), Qt::ISODateWithMs);
        QVERIFY(repo.insert(top).ok());
        QVERIFY(repo.insert(reply).ok());
        QVERIFY(repo.addEdit(reply.id, QStringLiteral("prima versione"), reply.edited).ok());
        const auto all = repo.forArticle(f.article.id);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(Cli::JsonView::comment(all->at(0)), Cli::JsonView::comment(top));
        QCOMPARE(Cli::JsonView::comment(all->at(1)), Cli::JsonView::comment(reply));
        QCOMPARE(repo.edits(reply.id)->size(), 1);
        QCOMPARE(repo.edits(reply.id)->first().body, QStringLiteral("prima versione"));

        // An inline comment outlives its annotation, in the article's thread.
        QVERIFY(AnnotationRepository(*m_db).remove(a.id).ok());
        QVERIFY((*repo.find(top.id))->annotationId.isEmpty());
        // Deleting a comment takes its replies and their history.
        QVERIFY(repo.remove(top.id).ok());
        QCOMPARE(repo.forArticle(f.article.id)->size(), 0);
        QCOMPARE(*m_db->scalar(QStringLiteral("SELECT count(*) FROM comment_edits")), 0);
    }

    void deletingAnArticleCascades()
    {
        const auto f = Test::article();
        insertFixture(f);
        QVERIFY(AnnotationRepository(*m_db).insert(Test::annotation(f)).ok());
        QVERIFY(CommentRepository(*m_db).insert(Test::comment(f)).ok());
        QVERIFY(ArticleRepository(*m_db).remove(f.article.id).ok());
        for (const char *table :
            {"revisions", "blocks", "annotations", "annotation_tags", "comments", "article_tags"}) {
            QCOMPARE(*m_db->scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table)), 0);
        }
        QVERIFY(searchIds(QStringLiteral("liberta")).isEmpty());
    }

    void settingsAndLocalAuthor()
    {
        SettingsRepository settings(*m_db);
        QVERIFY(!settings.value(QStringLiteral("theme"))->has_value());
        QVERIFY(settings.setValue(QStringLiteral("theme"), QStringLiteral("dark")).ok());
        QVERIFY(settings.setValue(QStringLiteral("theme"), QStringLiteral("light")).ok());
        QCOMPARE(**settings.value(QStringLiteral("theme")), QStringLiteral("light"));
        const auto author = settings.localAuthor(QStringLiteral("Anna"));
        QVERIFY(author.ok());
        QCOMPARE(author->name, QStringLiteral("Anna"));
        QVERIFY(settings.setLocalAuthorName(QStringLiteral("Anna B.")).ok());
        QCOMPARE(settings.localAuthor(QStringLiteral("ignored"))->name, QStringLiteral("Anna B."));
        QCOMPARE(settings.localAuthor(QStringLiteral("ignored"))->id, author->id);
    }

    // --- search --------------------------------------------------------------------------------

    void searchFoldsDiacritics_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addRow("liberta finds libertà") << QStringLiteral("liberta");
        QTest::addRow("capitals and accents") << QStringLiteral("LIBERTÀ");
        QTest::addRow("perche finds perché") << QStringLiteral("perche");
        QTest::addRow("prefix of the last word") << QStringLiteral("verific");
        QTest::addRow("an unbalanced quote is plain text") << QStringLiteral("\"fonti");
        QTest::addRow("a minus is not NOT") << QStringLiteral("fonti -verificabili");
        QTest::addRow("a colon is plain text") << QStringLiteral("fonti: note*");
    }

    void searchFoldsDiacritics()
    {
        QFETCH(QString, query);
        const auto f = Test::article();
        insertFixture(f);
        QVERIFY(searchIds(query).contains(f.article.id));
    }

    void searchFollowsEveryChange()
    {
        const auto f = Test::article(QStringLiteral("Titolo"));
        insertFixture(f);
        Model::Annotation a = Test::annotation(f);
        AnnotationRepository annotations(*m_db);
        QVERIFY(annotations.insert(a).ok());
        QVERIFY(searchIds(QStringLiteral("citta")).contains(a.id));
        a.note = QStringLiteral("école");
        QVERIFY(annotations.update(a).ok());
        QVERIFY(!searchIds(QStringLiteral("citta")).contains(a.id));
        QVERIFY(searchIds(QStringLiteral("ecole")).contains(a.id));
        // Re-anchored onto other words (the quote changes): found by them, no longer by the old ones.
        a.selector.exact = QStringLiteral("La libertà di stampa");
        QVERIFY(annotations.update(a).ok());
        QVERIFY(searchIds(QStringLiteral("stampa")).contains(a.id));
        a.selector.exact = QStringLiteral("fonti verificabili");
        QVERIFY(annotations.update(a).ok());
        QVERIFY(searchIds(QStringLiteral("verificabili")).contains(a.id));
        QVERIFY(!searchIds(QStringLiteral("stampa")).contains(a.id));
        // A change that moves neither the quote nor the note keeps both found.
        a.color = QStringLiteral("question");
        a.anchor.start += 1;
        QVERIFY(annotations.update(a).ok());
        QCOMPARE(annotations.find(a.id)->value().color, QStringLiteral("question"));
        QVERIFY(searchIds(QStringLiteral("verificabili")).contains(a.id));
        QVERIFY(searchIds(QStringLiteral("ecole")).contains(a.id));

        Model::Comment c = Test::comment(f);
        CommentRepository comments(*m_db);
        QVERIFY(comments.insert(c).ok());
        QVERIFY(searchIds(QStringLiteral("debole")).contains(c.id));
        QVERIFY(
            comments.setBody(c.id, QStringLiteral("Ripensandoci, è solida."), QDateTime::currentDateTimeUtc()).ok());
        QVERIFY(!searchIds(QStringLiteral("debole")).contains(c.id));
        QVERIFY(searchIds(QStringLiteral("solida")).contains(c.id));

        QVERIFY(ArticleRepository(*m_db)
                .setTitle(f.article.id, QStringLiteral("Nuovo nome"), QDateTime::currentDateTimeUtc())
                .ok());
        QVERIFY(searchIds(QStringLiteral("nuovo")).contains(f.article.id));
        QVERIFY(annotations.remove(a.id).ok());
        QVERIFY(!searchIds(QStringLiteral("ecole")).contains(a.id));
        QVERIFY(
            m_db->exec(QStringLiteral("INSERT INTO fts_annotations(fts_annotations) VALUES ('integrity-check');"
                                      "INSERT INTO fts_comments(fts_comments) VALUES ('integrity-check');"
                                      "INSERT INTO fts_articles(fts_articles) VALUES ('integrity-check');"
                                      "INSERT INTO fts_revisions(fts_revisions) VALUES ('integrity-check');"))
                .ok());
    }
};

QTEST_GUILESS_MAIN(TstStore)
#include "tst_store.moc"
