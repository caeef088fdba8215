// SPDX-License-Identifier: GPL-3.0-or-later
// Links between passages of seed articles 000 and 003, through the Library: a link round trips
// through the store with both ends' quotes and shows as a backlink from the other article; adding,
// removing and re-targeting are one undo step each, with the anchors of new passages; a link
// survives an update of either article (its ends re-anchored) and becomes dangling when an end is
// deleted, and ok again on undo; bad input is refused with a sentence and stores nothing.
#include "anchor/placement.h"
#include "export/markdownexport.h"
#include "export/webannotationexport.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "library/undostack.h"
#include "links/linkrelation.h"
#include "links/linkstatus.h"
#include "store/linkrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;
using Links::LinkStatus;

namespace {

const QString kSeed000 = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/000_2b8deaeb62eeb82e.txt"_s;
const QString kSeed003 = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/003_937af745a2f16abe.txt"_s;
// Seed 000's opening: Moscow courts North Korea and Vietnam, China looks on with suspicion.
const QString kMoscow
    = u"Sullo sfondo la Cina, che non vede di buon occhio l’attivismo russo a Pyongyang e dintorni."_s;
// Seed 003: Putin's trips to Pyongyang and Vietnam did not please Beijing.
const QString kBeijing = u"il viaggio di Vladimir Putin a Pyongyang, così come la sua visita in Vietnam, probabilmente "
                         u"non hanno soddisfatto Pechino"_s;
const QString kKept = u"Erano ventiquattro anni che Vladimir Putin non si recava in Corea del Nord."_s;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TstLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<LibraryImport> m_import;
    QString m_path000;
    QString m_path003;
    QString m_a; // seed 000
    QString m_b; // seed 003

    // A new passage of `articleId` reading `quote` (its first occurrence), as the reader marks it.
    Library::LinkTarget passage(const QString &articleId, const QString &quote)
    {
        const Model::Revision revision = *m_library->currentRevision(articleId);
        const qsizetype start = revision.canonicalText().indexOf(quote);
        if (start < 0) {
            return Library::LinkTarget::wholeArticle(u"quote not found"_s);
        }
        return Library::LinkTarget::newPassage(Anchor::exactHighlight(revision, start, start + quote.size()));
    }

    Links::ArticleLinks linksOf(const QString &articleId)
    {
        const auto links = Links::LinkReader::read(*m_library, articleId);
        return links ? *links : Links::ArticleLinks {};
    }

    int linkAnchors(const QString &articleId)
    {
        int n = 0;
        for (const Model::Annotation &a : m_library->annotations(articleId)) {
            n += a.kind == Model::AnnotationKind::LinkAnchor;
        }
        return n;
    }

    // Everything a refused action must leave as it was.
    QString snapshot()
    {
        QString s = QString::number(m_library->undoStack()->count());
        for (const QString &article : {m_a, m_b}) {
            for (const Store::StoredLink &l : m_library->links(article)) {
                s += l.link.id + l.link.from.annotationId + l.link.to.annotationId + l.link.relation;
            }
            for (const Model::Annotation &a : m_library->annotations(article)) {
                s += a.id;
            }
        }
        return s;
    }

    QString moscowToBeijing()
    {
        return m_library
            ->addLink(passage(m_a, kMoscow), passage(m_b, kBeijing), u"supports"_s, u"La stessa diffidenza."_s)
            .valueOr({});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        static int n = 0;
        ++n;
        m_library = std::make_unique<Library>();
        QVERIFY(Test::openNewLibrary(*m_library, m_dir.filePath(u"library%1"_s.arg(n))));
        m_import = std::make_unique<LibraryImport>(m_library.get());
        m_path000 = m_dir.filePath(u"000-%1.txt"_s.arg(n));
        m_path003 = m_dir.filePath(u"003-%1.txt"_s.arg(n));
        QVERIFY(writeFile(m_path000, readFile(kSeed000).toUtf8()));
        QVERIFY(writeFile(m_path003, readFile(kSeed003).toUtf8()));
        const ImportResult a = m_import->importFile(m_path000);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        const ImportResult b = m_import->importFile(m_path003);
        QVERIFY2(b.ok(), qPrintable(b.error().message));
        m_a = a->articleId;
        m_b = b->articleId;
    }

    void cleanup()
    {
        m_import.reset();
        m_library.reset();
    }

    void aPassageLinkRoundTripsAndShowsAsABacklink()
    {
        const int steps = m_library->undoStack()->count();
        const QString id = moscowToBeijing();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_library->undoStack()->count(), steps + 1); // the link and both anchors: one step

        const Links::ArticleLinks fromA = linksOf(m_a);
        QCOMPARE(fromA.outgoing.size(), 1);
        QVERIFY(fromA.incoming.isEmpty());
        const Links::LinkView &v = fromA.outgoing.first();
        QCOMPARE(v.link.id, id);
        QCOMPARE(v.link.relation, u"supports"_s);
        QCOMPARE(v.link.note, u"La stessa diffidenza."_s);
        QCOMPARE(v.status, LinkStatus::Ok);
        QCOMPARE(v.from.quote(), kMoscow);
        QCOMPARE(v.to.quote(), kBeijing);
        QCOMPARE(v.to.articleTitle, m_library->article(m_b)->title);
        // Both ends are link anchors, kept off the reader's highlights.
        QCOMPARE(v.from.annotation->kind, Model::AnnotationKind::LinkAnchor);
        QVERIFY(!Model::isReaderAnnotation(*v.to.annotation));
        QCOMPARE(linkAnchors(m_a), 1);
        QCOMPARE(linkAnchors(m_b), 1);

        // The other article lists it as a backlink.
        const Links::ArticleLinks fromB = linksOf(m_b);
        QVERIFY(fromB.outgoing.isEmpty());
        QCOMPARE(fromB.incoming.size(), 1);
        QCOMPARE(fromB.incoming.first().link.id, id);
        QCOMPARE(fromB.incoming.first().from.articleTitle, m_library->article(m_a)->title);

        // A library opened afresh reads the same.
        const QString dir = m_library->directory();
        m_import.reset();
        m_library = std::make_unique<Library>();
        QVERIFY(!m_library->open(dir).failed());
        QCOMPARE(linksOf(m_b).incoming.first().from.quote(), kMoscow);
    }

    void highlightsAndWholeArticlesAreEndsAsTheyAre()
    {
        const Library::LinkTarget p = passage(m_a, kKept);
        Model::Annotation highlight = *p.passage;
        const QString h = m_library->addAnnotation(highlight).valueOr({});
        QVERIFY(!h.isEmpty());
        const QString id = m_library
                               ->addLink(Library::LinkTarget::annotation(h), Library::LinkTarget::wholeArticle(m_b),
                                   u"  Same   topic "_s)
                               .valueOr({});
        QVERIFY(!id.isEmpty());
        const Links::LinkView v = linksOf(m_a).outgoing.first();
        QCOMPARE(v.link.relation, u"same-topic"_s);
        QCOMPARE(v.from.end.annotationId, h);
        QCOMPARE(v.from.annotation->kind, Model::AnnotationKind::Highlight);
        QVERIFY(v.to.isWholeArticle());
        QVERIFY(v.to.quote().isEmpty());
        QCOMPARE(linkAnchors(m_a) + linkAnchors(m_b), 0); // no anchor made
        // Removing the link leaves the highlight: it was not made for the link.
        QVERIFY(m_library->removeLink(id));
        QVERIFY(m_library->annotation(h));
        // Free words are kept as the user wrote them (spaces tidied).
        QVERIFY(m_library->addLink(
            Library::LinkTarget::wholeArticle(m_a), Library::LinkTarget::wholeArticle(m_b), u"ne è la fonte"_s));
        QCOMPARE(linksOf(m_b).incoming.first().link.relation, u"ne è la fonte"_s);
    }

    void linkAnchorsStayOutOfTheExports()
    {
        const QString highlight = m_library->addAnnotation(*passage(m_a, kKept).passage).valueOr({});
        QVERIFY(!moscowToBeijing().isEmpty());
        const QList<Model::Annotation> all = m_library->annotations(m_a);
        QCOMPARE(all.size(), 2); // the highlight and the link's anchor
        const Model::Article article = *m_library->article(m_a);
        const Model::Revision revision = *m_library->currentRevision(m_a);
        const Export::MarkdownDocument md
            = Export::MarkdownExport::write(article, revision, all, m_library->palette(), {});
        QCOMPARE(md.annotationCount, 1);
        QVERIFY(md.text.contains(kKept));
        QVERIFY(!md.text.contains(kMoscow));
        const QJsonObject collection
            = Export::WebAnnotationExport::collection(article, revision, all, m_library->palette());
        QCOMPARE(collection.value(u"total").toInt(), 1);
        const QJsonArray items = collection.value(u"first").toObject().value(u"items").toArray();
        QVERIFY(items.first().toObject().value(u"id").toString().endsWith(highlight));
    }

    void addingAndRemovingAreOneUndoStepWithTheirAnchors()
    {
        const QString id = moscowToBeijing();
        QVERIFY(!id.isEmpty());
        m_library->undoStack()->undo();
        QVERIFY(linksOf(m_a).outgoing.isEmpty());
        QCOMPARE(linkAnchors(m_a) + linkAnchors(m_b), 0); // undo takes the anchors it made
        m_library->undoStack()->redo();
        QCOMPARE(linksOf(m_b).incoming.first().link.id, id);
        QCOMPARE(linkAnchors(m_a) + linkAnchors(m_b), 2);

        // A second link from the same passage: removing the first keeps the shared anchor.
        const QString anchorA = linksOf(m_a).outgoing.first().from.end.annotationId;
        const QString second = m_library
                                   ->addLink(Library::LinkTarget::annotation(anchorA),
                                       Library::LinkTarget::wholeArticle(m_b), u"cites"_s)
                                   .valueOr({});
        QVERIFY(!second.isEmpty());
        const int steps = m_library->undoStack()->count();
        QVERIFY(m_library->removeLink(id));
        QCOMPARE(m_library->undoStack()->count(), steps + 1);
        QVERIFY(m_library->annotation(anchorA)); // still used by the second link
        QCOMPARE(linkAnchors(m_b), 0); // the other end was the first link's alone
        m_library->undoStack()->undo();
        QCOMPARE(linksOf(m_a).outgoing.size(), 2);
        QCOMPARE(linkAnchors(m_b), 1);
        QCOMPARE(linksOf(m_a).outgoing.first().status, LinkStatus::Ok);
        m_library->undoStack()->redo();
        QCOMPARE(linksOf(m_a).outgoing.size(), 1);
        QCOMPARE(linksOf(m_a).outgoing.first().link.id, second);
    }

    void retargetingIsOneUndoStep()
    {
        const QString id = moscowToBeijing();
        const QString oldAnchor = linksOf(m_b).incoming.first().to.end.annotationId;
        const int steps = m_library->undoStack()->count();
        QVERIFY(m_library->retargetLink(id, Library::LinkSide::To, Library::LinkTarget::wholeArticle(m_b)));
        QCOMPARE(m_library->undoStack()->count(), steps + 1);
        const Links::LinkView v = linksOf(m_a).outgoing.first();
        QVERIFY(v.to.isWholeArticle());
        QCOMPARE(v.from.quote(), kMoscow);
        QVERIFY(!m_library->annotation(oldAnchor)); // the old end's anchor went with it
        m_library->undoStack()->undo();
        QCOMPARE(linksOf(m_a).outgoing.first().to.end.annotationId, oldAnchor);
        QCOMPARE(linksOf(m_a).outgoing.first().to.quote(), kBeijing);
        // To the same end again: nothing to do, no step (the undone re-target stays redoable).
        QVERIFY(m_library->retargetLink(id, Library::LinkSide::To, Library::LinkTarget::annotation(oldAnchor)));
        QCOMPARE(m_library->undoStack()->count(), steps + 1);
        QVERIFY(m_library->undoStack()->canRedo());
    }

    void aLinkSurvivesAnUpdateOfEitherArticle()
    {
        const QString id = moscowToBeijing();
        QVERIFY(!id.isEmpty());
        // Seed 000 edited: a paragraph added before the linked passage.
        const QString original = readFile(m_path000);
        QVERIFY(writeFile(m_path000,
            QString(original)
                .replace(u"Mosca cerca la sponda"_s, u"Una premessa nuova.\n\nMosca cerca la sponda"_s)
                .toUtf8()));
        const ImportResult updated
            = m_import->importFile(m_path000, Ingest::Format::Auto, WhenAlreadyImported::UpdateExisting);
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        QVERIFY(updated->updated);
        // Seed 003 edited too: words added inside the linked passage.
        QVERIFY(writeFile(m_path003,
            readFile(m_path003).replace(u"probabilmente non hanno"_s, u"molto probabilmente non hanno"_s).toUtf8()));
        const ImportResult updated3
            = m_import->importFile(m_path003, Ingest::Format::Auto, WhenAlreadyImported::UpdateExisting);
        QVERIFY2(updated3.ok(), qPrintable(updated3.error().message));
        QVERIFY(updated3->updated);

        const Links::LinkView v = linksOf(m_a).outgoing.first();
        QCOMPARE(v.link.id, id);
        // 000's passage moved with the text and reads the same: ok.
        const Model::Revision revA = *m_library->currentRevision(m_a);
        QCOMPARE(v.from.status, LinkStatus::Ok);
        QCOMPARE(revA.canonicalText().mid(
                     v.from.annotation->anchor.start, v.from.annotation->anchor.end - v.from.annotation->anchor.start),
            kMoscow);
        // 003's passage now reads differently: still found, marked changed, the old words kept.
        QCOMPARE(v.to.status, LinkStatus::Changed);
        QCOMPARE(v.status, LinkStatus::Changed);
        QVERIFY2(v.to.quote().contains(u"molto probabilmente"_s), qPrintable(v.to.quote()));
        QCOMPARE(v.to.end.quote, kBeijing);
        // Undoing 003's update makes it ok again.
        m_library->undoStack()->undo();
        QCOMPARE(linksOf(m_a).outgoing.first().status, LinkStatus::Ok);
    }

    void aLinkIsDanglingWhenAnEndIsDeletedAndOkAgainOnUndo()
    {
        const Library::LinkTarget p = passage(m_b, kBeijing);
        const QString highlight = m_library->addAnnotation(*p.passage).valueOr({});
        const QString id
            = m_library->addLink(passage(m_a, kMoscow), Library::LinkTarget::annotation(highlight), u"contradicts"_s)
                  .valueOr({});
        QVERIFY(!id.isEmpty());
        // The highlight at the other end is deleted: dangling, still saying what it was.
        QVERIFY(m_library->removeAnnotation(highlight));
        Links::LinkView v = linksOf(m_a).outgoing.first();
        QCOMPARE(v.status, LinkStatus::Dangling);
        QCOMPARE(v.to.status, LinkStatus::Dangling);
        QVERIFY(!v.to.annotation);
        QCOMPARE(v.to.quote(), kBeijing);
        m_library->undoStack()->undo();
        QCOMPARE(linksOf(m_a).outgoing.first().status, LinkStatus::Ok);

        // The article at the other end is deleted: dangling, listed from the article that remains.
        QVERIFY(m_library->deleteArticle(m_b));
        v = linksOf(m_a).outgoing.first();
        QCOMPARE(v.status, LinkStatus::Dangling);
        QVERIFY(!v.to.articleExists);
        QCOMPARE(v.to.quote(), kBeijing);
        m_library->undoStack()->undo();
        QCOMPARE(linksOf(m_a).outgoing.first().status, LinkStatus::Ok);
        QCOMPARE(linksOf(m_b).incoming.size(), 1);

        // A passage the update removed (its whole paragraph) is an orphan: dangling too.
        const QString original = readFile(m_path000);
        const qsizetype at = original.lastIndexOf(u'\n', original.indexOf(kMoscow)) + 1;
        QVERIFY(at > 0);
        QVERIFY(writeFile(m_path000, QString(original).remove(at, original.indexOf(u'\n', at) - at).toUtf8()));
        const ImportResult updated
            = m_import->importFile(m_path000, Ingest::Format::Auto, WhenAlreadyImported::UpdateExisting);
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        v = linksOf(m_a).outgoing.first();
        QCOMPARE(v.from.status, LinkStatus::Dangling);
        QCOMPARE(v.from.quote(), kMoscow);
        m_library->undoStack()->undo();
        QCOMPARE(linksOf(m_a).outgoing.first().status, LinkStatus::Ok);
    }

    void badInputIsRefusedAndStoresNothing_data()
    {
        QTest::addColumn<int>("which");
        QTest::addRow("passage to itself") << 0;
        QTest::addRow("the same new passage twice") << 1;
        QTest::addRow("article whole to itself") << 2;
        QTest::addRow("no such article") << 3;
        QTest::addRow("no such annotation") << 4;
        QTest::addRow("relation of 10,000 characters") << 5;
        QTest::addRow("empty relation") << 6;
        QTest::addRow("annotation on another article than named") << 7;
        QTest::addRow("new passage on no such article") << 8;
    }

    void badInputIsRefusedAndStoresNothing()
    {
        QFETCH(int, which);
        const QString highlight = m_library->addAnnotation(*passage(m_a, kKept).passage).valueOr({});
        QVERIFY(!highlight.isEmpty());
        const QString before = snapshot();
        using T = Library::LinkTarget;
        Store::Result<QString> r = QString();
        switch (which) {
        case 0:
            r = m_library->addLink(T::annotation(highlight), T::annotation(highlight), u"cites"_s);
            break;
        case 1:
            r = m_library->addLink(passage(m_a, kMoscow), passage(m_a, kMoscow), u"cites"_s);
            break;
        case 2:
            r = m_library->addLink(T::wholeArticle(m_a), T::wholeArticle(m_a), u"cites"_s);
            break;
        case 3:
            r = m_library->addLink(passage(m_a, kMoscow), T::wholeArticle(u"no-such-article"_s), u"cites"_s);
            break;
        case 4:
            r = m_library->addLink(passage(m_a, kMoscow), T::annotation(u"no-such-annotation"_s), u"cites"_s);
            break;
        case 5:
            r = m_library->addLink(passage(m_a, kMoscow), T::wholeArticle(m_b), QString(10'000, u'x'));
            break;
        case 6:
            r = m_library->addLink(passage(m_a, kMoscow), T::wholeArticle(m_b), u"   "_s);
            break;
        case 7:
            r = m_library->addLink(T {m_b, highlight, {}}, T::wholeArticle(m_a), u"cites"_s);
            break;
        case 8: {
            Model::Annotation p = *passage(m_a, kMoscow).passage;
            p.articleId = u"no-such-article"_s;
            r = m_library->addLink(T::newPassage(p), T::wholeArticle(m_b), u"cites"_s);
            break;
        }
        }
        QVERIFY(!r);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(snapshot(), before);
    }

    void refusalsSaySo()
    {
        const auto self = m_library->addLink(
            Library::LinkTarget::wholeArticle(m_a), Library::LinkTarget::wholeArticle(m_a), u"cites"_s);
        QVERIFY(self.error().message.contains(u"both ends are the same"_s));
        const auto missing = m_library->addLink(
            Library::LinkTarget::wholeArticle(m_a), Library::LinkTarget::wholeArticle(u"zzz"_s), u"cites"_s);
        QCOMPARE(missing.error().message, u"There is no article zzz."_s);
        const auto longRelation = Links::LinkRelation::normalized(QString(10'000, u'x'));
        QVERIFY(longRelation.error().message.contains(u"at most 200 characters"_s));
        QVERIFY(Links::LinkRelation::normalized(QString(200, u'x')));
        QVERIFY(!m_library->removeLink(u"no-such-link"_s));
        QVERIFY(!m_library->retargetLink(
            moscowToBeijing(), Library::LinkSide::To, Library::LinkTarget::annotation(u"nothing"_s)));
    }

    // What the markers and the Links pane show for a stored relation: the named ones (and the
    // "mentions" of [[wiki links]]) in words, the reader's own words as typed.
    void relationsReadAsWords()
    {
        QCOMPARE(Links::LinkRelation::label(u"same-topic"_s), u"same topic"_s);
        for (const QString &named : Links::LinkRelation::named()) {
            QVERIFY(!Links::LinkRelation::label(named).isEmpty());
        }
        QCOMPARE(Links::LinkRelation::label(u"mentions"_s), u"mentions"_s);
        QCOMPARE(Links::LinkRelation::label(u"Same Topic, mostly"_s), u"Same Topic, mostly"_s);
        QCOMPARE(Links::LinkRelation::label(*Links::LinkRelation::normalized(u"Same Topic"_s)), u"same topic"_s);
    }
};

QTEST_GUILESS_MAIN(TstLinks)
#include "tst_links.moc"
