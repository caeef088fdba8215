// SPDX-License-Identifier: GPL-3.0-or-later
// Tags, article notes and properties, and deleting articles, on a library: a note's #tags become the
// annotation's tags and follow its text; tags by hand stay; an article's properties and note are
// one undo step each and refuse what they cannot store; several articles go in one undo step; older
// libraries get their notes' #tags when they are upgraded.
#include "helpers/storefixtures.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "library/librarylistmodel.h"
#include "library/undostack.h"
#include "store/annotationrepository.h"
#include "store/articlerepository.h"
#include "store/schema.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

class TstArticleProperties : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    Test::ArticleFixture m_article;
    Test::ArticleFixture m_other;

    QString annotate(const QString &note, const QStringList &tags = {})
    {
        Model::Annotation a = Test::annotation(m_article);
        a.note = note;
        a.tags = tags;
        return m_library->addAnnotation(a).valueOr({});
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
        m_library = std::make_unique<Library>();
        QVERIFY(Test::openNewLibrary(*m_library, m_dir.filePath(u"lib%1"_s.arg(++n))));
        m_article = Test::article();
        m_other = Test::article(u"Un altro articolo"_s);
        QVERIFY(m_library->addArticle(m_article.article, m_article.revision));
        QVERIFY(m_library->addArticle(m_other.article, m_other.revision));
    }

    void cleanup() { m_library.reset(); }

    void aNotesHashTagsBecomeTagsAndFollowTheText()
    {
        const QString id = annotate(u"Un passaggio sulla #storia della #Corea"_s, {u"fonte"_s});
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_library->annotation(id)->tags, (QStringList {u"fonte"_s, u"storia"_s, u"Corea"_s}));
        // Edited: #Corea goes, #russia comes, the tag added by hand stays; one undo step.
        const int steps = m_library->undoStack()->count();
        QVERIFY(m_library->setAnnotationNote(id, u"La #storia e la #russia"_s));
        QCOMPARE(m_library->undoStack()->count(), steps + 1);
        QCOMPARE(m_library->annotation(id)->tags, (QStringList {u"fonte"_s, u"storia"_s, u"russia"_s}));
        m_library->undoStack()->undo();
        QCOMPARE(m_library->annotation(id)->tags, (QStringList {u"fonte"_s, u"storia"_s, u"Corea"_s}));
    }

    void tagsByHandAreOneUndoStepAndRefuseSpaces()
    {
        const QString id = annotate(u"nessun tag"_s);
        QVERIFY(m_library->setAnnotationTags(id, {u"#storia"_s, u"fonti"_s, u"Storia"_s, u" "_s}));
        QCOMPARE(m_library->annotation(id)->tags, (QStringList {u"storia"_s, u"fonti"_s}));
        QCOMPARE(m_library->undoStack()->undoText(), u"Edit tags"_s);
        const int steps = m_library->undoStack()->count();
        const Store::Status refused = m_library->setAnnotationTags(id, {u"due parole"_s});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"due parole"), qPrintable(refused.error().message));
        QCOMPARE(m_library->undoStack()->count(), steps);
        m_library->undoStack()->undo();
        QVERIFY(m_library->annotation(id)->tags.isEmpty());
    }

    void theTagListCountsArticlesAndAnnotations()
    {
        annotate(u"#storia"_s);
        annotate(u"#storia e #corea"_s);
        const auto counts = m_library->readTagCounts();
        QVERIFY(counts);
        // The fixture's articles are tagged "stampa" and "diritti".
        QCOMPARE(*counts,
            (QList<Store::TagStore::Count> {
                {u"corea"_s, 0, 1}, {u"diritti"_s, 2, 0}, {u"stampa"_s, 2, 0}, {u"storia"_s, 0, 2}}));
    }

    void theLibraryListFiltersByAnAnnotationsTag()
    {
        LibraryListModel model(m_library.get());
        annotate(u"#storia"_s);
        QTRY_VERIFY(model.tags().contains(std::pair<QString, int>(u"storia"_s, 1)));
        model.setTagFilter(u"storia"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(LibraryListModel::IdRole).toString(), m_article.article.id);
    }

    void propertiesAreOneUndoStep()
    {
        Model::Article a = *m_library->article(m_article.article.id);
        const Model::Article before = a;
        a.title = u"Titolo nuovo"_s;
        a.byline = u"Anna Rossi"_s;
        a.site = u"Limes"_s;
        a.source = u"https://example.org/articolo"_s;
        a.published = u"2024-06-19"_s;
        a.language = u"it-IT"_s;
        a.tags = {u"corea"_s, u"#russia"_s};
        QSignalSpy changed(m_library.get(), &Library::articleChanged);
        QVERIFY(m_library->setArticleProperties(a));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_library->undoStack()->undoText(), u"Edit properties"_s);
        const Model::Article stored = *m_library->article(a.id);
        QCOMPARE(stored.title, a.title);
        QCOMPARE(stored.byline, a.byline);
        QCOMPARE(stored.site, a.site);
        QCOMPARE(stored.source, a.source);
        QCOMPARE(stored.published, a.published);
        QCOMPARE(stored.language, a.language);
        QCOMPARE(stored.tags, (QStringList {u"corea"_s, u"russia"_s}));
        m_library->undoStack()->undo();
        const Model::Article undone = *m_library->article(a.id);
        QCOMPARE(undone.title, before.title);
        QCOMPARE(undone.published, QString());
        QCOMPARE(undone.tags, before.tags);
        QCOMPARE(undone.source, before.source);
        // Nothing changed: no step.
        const int steps = m_library->undoStack()->count();
        QVERIFY(m_library->setArticleProperties(undone));
        QCOMPARE(m_library->undoStack()->count(), steps);
    }

    void propertiesRefuseWhatTheyCannotStore_data()
    {
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("named");
        QTest::addRow("date") << u"19 giugno"_s << u"it"_s << u"19 giugno"_s;
        QTest::addRow("impossible date") << u"2024-02-30"_s << u"it"_s << u"2024-02-30"_s;
        QTest::addRow("language") << u"2024-06-19"_s << u"italiano moderno"_s << u"italiano moderno"_s;
    }

    void propertiesRefuseWhatTheyCannotStore()
    {
        QFETCH(QString, published);
        QFETCH(QString, language);
        QFETCH(QString, named);
        Model::Article a = *m_library->article(m_article.article.id);
        a.published = published;
        a.language = language;
        const Store::Status s = m_library->setArticleProperties(a);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(named), qPrintable(s.error().message));
        QCOMPARE(m_library->undoStack()->count(), 0);
        QCOMPARE(m_library->article(a.id)->language, u"it"_s);
    }

    void theArticleNoteIsUndoableAndItsTagsFollowIt()
    {
        const QString id = m_article.article.id;
        QVERIFY(m_library->setArticleNote(id, u"Da leggere con #corea in mente."_s));
        QCOMPARE(m_library->undoStack()->undoText(), u"Edit article note"_s);
        QCOMPARE(m_library->article(id)->note, u"Da leggere con #corea in mente."_s);
        QCOMPARE(m_library->article(id)->tags, (QStringList {u"stampa"_s, u"diritti"_s, u"corea"_s}));
        QVERIFY(m_library->setArticleNote(id, u"Riletto."_s));
        QCOMPARE(m_library->article(id)->tags, (QStringList {u"stampa"_s, u"diritti"_s}));
        m_library->undoStack()->undo();
        m_library->undoStack()->undo();
        QCOMPARE(m_library->article(id)->note, QString());
        QCOMPARE(m_library->article(id)->tags, (QStringList {u"stampa"_s, u"diritti"_s}));
    }

    void severalArticlesAreDeletedInOneStepAndComeBack()
    {
        const QString an = annotate(u"#storia"_s);
        QVERIFY(m_library->addComment(Test::comment(m_article)));
        QVERIFY(m_library->setArticleNote(m_other.article.id, u"nota"_s));
        const int steps = m_library->undoStack()->count();
        QSignalSpy removed(m_library.get(), &Library::articleRemoved);
        QVERIFY(m_library->deleteArticles({m_article.article.id, m_other.article.id}));
        QCOMPARE(m_library->undoStack()->count(), steps + 1);
        QCOMPARE(m_library->undoStack()->undoText(), u"Delete 2 article(s)"_s);
        QCOMPARE(removed.size(), 2);
        QVERIFY(m_library->articles().isEmpty());
        QVERIFY(m_library->readTagCounts()->isEmpty());
        m_library->undoStack()->undo();
        QCOMPARE(m_library->articles().size(), 2);
        QCOMPARE(m_library->annotation(an)->tags, QStringList {u"storia"_s});
        QCOMPARE(m_library->comments(m_article.article.id).size(), 1);
        QCOMPARE(m_library->article(m_other.article.id)->note, u"nota"_s);
    }

    void deletingAnArticleThatIsNotThereDeletesNothing()
    {
        const Store::Status s = m_library->deleteArticles({m_article.article.id, u"no-such-article"_s});
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(u"no-such-article"));
        QCOMPARE(m_library->articles().size(), 2);
        QCOMPARE(m_library->undoStack()->count(), 0);
    }

    void anOlderLibrarysNotesGetTheirTagsWhenUpgraded()
    {
        QTemporaryDir dir;
        auto db = Store::Database::open(dir.filePath(u"v9.sqlite"_s), Store::Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(Store::Schema::migrate(**db, 9).ok());
        const Test::ArticleFixture f = Test::article();
        QVERIFY(Store::ArticleRepository(**db).insert(f.article, f.revision).ok());
        Model::Annotation a = Test::annotation(f);
        a.note = u"Scritta prima dei tag: #storia e #fonti"_s;
        a.tags = {u"fonti"_s, u"mano"_s};
        QVERIFY(Store::AnnotationRepository(**db).insert(a).ok());
        QVERIFY(Store::Schema::migrate(**db).ok());
        const auto stored = Store::AnnotationRepository(**db).find(a.id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->tags, (QStringList {u"fonti"_s, u"mano"_s, u"storia"_s}));
    }
};

QTEST_GUILESS_MAIN(TstArticleProperties)
#include "tst_articleproperties.moc"
