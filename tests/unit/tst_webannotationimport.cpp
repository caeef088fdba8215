// SPDX-License-Identifier: GPL-3.0-or-later
// Importing annotations back: Glossa's own export gives back identical annotations in a fresh
// library holding the same article (ids, selectors, colours, styles, notes, tags, private flags,
// authors, dates); a second import updates rather than duplicates; the whole import is one undo
// step; Hypothesis's JSON lands exact, on changed text or as orphans, and a page note is rejected;
// bad files are refused with a sentence and store nothing.
#include "export/webannotationexport.h"
#include "export/webannotationimport.h"
#include "helpers/testfiles.h"
#include "helpers/testlibrary.h"
#include "helpers/webannotatedarticle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;
using Export::ImportOutcome;
using Export::WebAnnotationImport;

namespace {

const QString kArticleId = u"2b8deaeb-62ee-4b82-9e00-000000000001"_s;

// The stored annotation, or an invalid one (no id) when there is none.
Model::Annotation stored(const Library &library, const QString &id)
{
    return library.annotation(id).value_or(Model::Annotation {});
}

QString currentText(const Library &library)
{
    return library.currentRevision(kArticleId).value_or(Model::Revision {}).canonicalText();
}

void compareAnnotations(const Model::Annotation &got, const Model::Annotation &want)
{
    QCOMPARE(got.id, want.id);
    QCOMPARE(got.articleId, want.articleId);
    QCOMPARE(got.revisionId, want.revisionId);
    QCOMPARE(got.kind, want.kind);
    QCOMPARE(got.selector, want.selector);
    QCOMPARE(got.anchor.status, Model::AnchorStatus::Exact);
    QCOMPARE(got.anchor.start, want.selector.start);
    QCOMPARE(got.anchor.end, want.selector.end);
    QCOMPARE(got.color, want.color);
    QCOMPARE(got.style, want.style);
    QCOMPARE(got.note, want.note);
    QCOMPARE(got.tags, want.tags);
    QCOMPARE(got.isPrivate, want.isPrivate);
    QCOMPARE(got.author, want.author);
    QCOMPARE(got.created, want.created);
    QCOMPARE(got.updated, want.updated);
    QVERIFY(got.originalQuote.isEmpty());
}

} // namespace

class TstWebAnnotationImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_libraries = 0;

    QString newLibraryDir() { return m_dir.filePath(u"library%1"_s.arg(++m_libraries)); }

    // A library holding the article with no annotations.
    bool openWithArticle(Library &library)
    {
        if (!Test::openNewLibrary(library, newLibraryDir())) {
            return false;
        }
        const Test::WebAnnotatedArticle a = Test::annotatedArticle(kArticleId, u"https://www.example.it/porto"_s);
        return bool(library.addArticle(a.article, a.revision));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void aRoundTripGivesBackIdenticalAnnotations()
    {
        Library source;
        QVERIFY(Test::openNewLibrary(source, newLibraryDir()));
        const Test::WebAnnotatedArticle original = Test::addAnnotatedArticle(source, kArticleId);
        QCOMPARE(original.annotations.size(), 7);
        const auto json = Export::WebAnnotationExport::write(source, kArticleId, {.includePrivate = true});
        QVERIFY(json);

        Library fresh;
        QVERIFY(openWithArticle(fresh));
        QSignalSpy added(&fresh, &Library::annotationAdded);
        const auto imported = WebAnnotationImport::importBytes(fresh, *json, kArticleId);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->format, u"glossa"_s);
        QCOMPARE(imported->count(ImportOutcome::Exact), 7);
        QCOMPARE(added.size(), 7);
        QCOMPARE(fresh.undoStack()->count(), 1);

        const QList<Model::Annotation> all = fresh.annotations(kArticleId);
        QCOMPARE(all.size(), 7);
        for (const Model::Annotation &want : original.annotations) {
            const Model::Annotation got = stored(fresh, want.id);
            QVERIFY2(got.isValid(), qPrintable(want.selector.exact));
            compareAnnotations(got, stored(source, want.id));
        }
    }

    void importingAgainUpdatesInsteadOfDuplicating()
    {
        Library library;
        QVERIFY(Test::openNewLibrary(library, newLibraryDir()));
        const Test::WebAnnotatedArticle a = Test::addAnnotatedArticle(library, kArticleId);
        auto json = Export::WebAnnotationExport::write(library, kArticleId, {.includePrivate = true});
        QVERIFY(json);
        // The file says something else about the first annotation than the library does now.
        QVERIFY(library.setAnnotationNote(a.annotations[0].id, u"Scritta dopo l'esportazione."_s));
        library.undoStack()->clear();
        QSignalSpy changed(&library, &Library::annotationChanged);
        const auto imported = WebAnnotationImport::importBytes(library, *json, kArticleId);
        QVERIFY(imported);
        QCOMPARE(imported->items.size(), 7);
        for (const Export::ImportedAnnotation &i : imported->items) {
            QVERIFY(i.updated);
        }
        QCOMPARE(changed.size(), 7);
        QCOMPARE(library.annotations(kArticleId).size(), 7);
        QCOMPARE(stored(library, a.annotations[0].id).note, QString());

        // One undo step brings back what the library held before the import.
        QCOMPARE(library.undoStack()->count(), 1);
        library.undoStack()->undo();
        QCOMPARE(stored(library, a.annotations[0].id).note, u"Scritta dopo l'esportazione."_s);
        QCOMPARE(library.annotations(kArticleId).size(), 7);
    }

    void undoRemovesEveryImportedAnnotationAtOnce()
    {
        Library library;
        QVERIFY(openWithArticle(library));
        Library source;
        QVERIFY(Test::openNewLibrary(source, newLibraryDir()));
        Test::addAnnotatedArticle(source, kArticleId);
        const auto json = Export::WebAnnotationExport::write(source, kArticleId);
        QVERIFY(json);
        QVERIFY(WebAnnotationImport::importBytes(library, *json, kArticleId));
        QCOMPARE(library.annotations(kArticleId).size(), 6); // the private one was not exported
        library.undoStack()->undo();
        QCOMPARE(library.annotations(kArticleId).size(), 0);
        library.undoStack()->redo();
        QCOMPARE(library.annotations(kArticleId).size(), 6);
    }

    void hypothesisAnnotationsAnchorOnTheArticle()
    {
        Library library;
        QVERIFY(openWithArticle(library));
        const auto imported = WebAnnotationImport::importFile(
            library, QStringLiteral(GLOSSA_TEST_DATA "/webannotations/hypothesis_porto.json"), kArticleId);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->format, u"hypothesis"_s);
        const QList<Export::ImportedAnnotation> &items = imported->items;
        QCOMPARE(items.size(), 5);
        QCOMPARE(items[0].outcome, ImportOutcome::Exact);
        QCOMPARE(items[1].outcome, ImportOutcome::Exact);
        QCOMPARE(items[2].outcome, ImportOutcome::Changed);
        QCOMPARE(items[3].outcome, ImportOutcome::Orphan);
        QCOMPARE(items[4].outcome, ImportOutcome::Rejected);
        QVERIFY(items[4].reason.contains(u"page note"_s));
        QCOMPARE(library.annotations(kArticleId).size(), 4);

        const Model::Annotation note = stored(library, items[0].id);
        QVERIFY(note.isValid());
        QCOMPARE(note.note, u"Il **Terzo Valico** torna in ogni articolo: vale una scheda a parte."_s);
        QCOMPARE(note.tags, (QStringList {u"porto"_s, u"infrastrutture"_s}));
        QCOMPARE(note.author, u"Giulia Ferraro"_s);
        QVERIFY(!note.isPrivate);
        QCOMPARE(note.created, QDateTime(QDate(2026, 11, 22), QTime(10, 15, 42, 123), QTimeZone::UTC));
        const QString text = currentText(library);
        QCOMPARE(text.mid(note.anchor.start, note.anchor.end - note.anchor.start), note.selector.exact);
        QCOMPARE(note.color, library.palette().colors().first().name);

        const Model::Annotation highlight = stored(library, items[1].id);
        QVERIFY(highlight.isPrivate); // only its author may read it on Hypothesis
        QVERIFY(highlight.note.isEmpty());

        const Model::Annotation reworded = stored(library, items[2].id);
        QCOMPARE(reworded.author, u"luca.r"_s);
        QCOMPARE(reworded.anchor.status, Model::AnchorStatus::Fuzzy);
        QVERIFY(reworded.originalQuote.contains(u"controllavano gli scali"_s));

        QCOMPARE(stored(library, items[3].id).anchor.status, Model::AnchorStatus::Orphan);

        // Hypothesis ids become the same Glossa ids each time: a second import updates.
        const auto again = WebAnnotationImport::importFile(
            library, QStringLiteral(GLOSSA_TEST_DATA "/webannotations/hypothesis_porto.json"), kArticleId);
        QVERIFY(again);
        QCOMPARE(library.annotations(kArticleId).size(), 4);
        QVERIFY(again->items[0].updated);
    }

    // Hypothesis's own export file ({"export_date", "annotations": […]}) reads as its API result does.
    void hypothesisExportFileReadsLikeItsSearchResult()
    {
        QFile f(QStringLiteral(GLOSSA_TEST_DATA "/webannotations/hypothesis_porto.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(f.readAll())[u"rows"].toArray();
        const QJsonObject exportFile {{u"export_date"_s, u"2026-11-23T09:00:00.000Z"_s},
            {u"export_userid"_s, u"acct:giulia_f@hypothes.is"_s}, {u"client_version"_s, u"1.1500.0"_s},
            {u"annotations"_s, rows}};
        Library library;
        QVERIFY(openWithArticle(library));
        const auto imported = WebAnnotationImport::importBytes(library, QJsonDocument(exportFile).toJson(), kArticleId);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->format, u"hypothesis"_s);
        QCOMPARE(imported->annotations.size(), 4);
        QCOMPARE(imported->count(ImportOutcome::Rejected), 1);
    }

    // Another tool's W3C annotation: an http id, a creator given as a name, the note as bodyValue,
    // a tagging motivation whose bodies carry no purpose, and a position alone (in code points).
    void anotherToolsAnnotationAnchorsByPosition()
    {
        Library library;
        QVERIFY(openWithArticle(library));
        const QString text = currentText(library);
        const QString quote = u"tre simboli 🏛️ per un solo porto"_s;
        const qsizetype start = text.indexOf(quote);
        QVERIFY(start > 0);
        const qsizetype cpStart = text.left(start).toUcs4().size();
        const qsizetype cpEnd = cpStart + quote.toUcs4().size();
        const QJsonArray page {
            QJsonObject {{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s}, {u"type"_s, u"Annotation"_s},
                {u"id"_s, u"http://example.org/anno/17"_s}, {u"motivation"_s, u"commenting"_s},
                {u"creator"_s, u"Ada"_s}, {u"bodyValue"_s, u"Tre simboli, tre storie."_s},
                {u"target"_s,
                    QJsonObject {{u"source"_s, u"https://www.example.it/porto"_s},
                        {u"selector"_s,
                            QJsonObject {
                                {u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, cpStart}, {u"end"_s, cpEnd}}}}}},
            QJsonObject {{u"type"_s, u"Annotation"_s}, {u"id"_s, u"http://example.org/anno/18"_s},
                {u"motivation"_s, u"tagging"_s},
                {u"body"_s, QJsonArray {QJsonObject {{u"type"_s, u"TextualBody"_s}, {u"value"_s, u"logo"_s}}}},
                {u"target"_s,
                    QJsonObject {{u"source"_s, u"https://www.example.it/porto"_s},
                        {u"selector"_s,
                            QJsonObject {
                                {u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, u"la nuova diga foranea"_s}}}}}},
            QJsonObject {{u"type"_s, u"Annotation"_s}, {u"id"_s, u"http://example.org/anno/19"_s},
                {u"target"_s, u"https://www.example.it/porto"_s}},
        };
        const QJsonObject file {{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, page}};
        const auto imported = WebAnnotationImport::importBytes(library, QJsonDocument(file).toJson(), kArticleId);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->format, u"w3c"_s);
        QCOMPARE(imported->items[0].outcome, ImportOutcome::Exact);
        QCOMPARE(imported->items[1].outcome, ImportOutcome::Exact);
        QCOMPARE(imported->items[2].outcome, ImportOutcome::Rejected);
        QVERIFY(imported->items[2].reason.contains(u"no text selector"_s));

        const Model::Annotation note = stored(library, imported->items[0].id);
        QVERIFY(note.isValid());
        QCOMPARE(note.selector.start, start);
        QCOMPARE(note.selector.exact, quote);
        QCOMPARE(note.note, u"Tre simboli, tre storie."_s);
        QCOMPARE(note.author, u"Ada"_s);
        QCOMPARE(stored(library, imported->items[1].id).tags, QStringList {u"logo"_s});
        // The same http id gives the same Glossa id: importing again updates.
        const auto again = WebAnnotationImport::importBytes(library, QJsonDocument(file).toJson(), kArticleId);
        QVERIFY(again);
        QCOMPARE(again->items[0].id, imported->items[0].id);
        QVERIFY(again->items[0].updated);
        QCOMPARE(library.annotations(kArticleId).size(), 2);
    }

    // An export taken when the article was longer: a position past today's end goes with a quote,
    // which finds the passage; the position alone would have been refused (see the bad files).
    void aQuoteFindsItsPassageWhenThePositionIsPastTheEnd()
    {
        Library source;
        QVERIFY(Test::openNewLibrary(source, newLibraryDir()));
        const Test::WebAnnotatedArticle a = Test::addAnnotatedArticle(source, kArticleId);
        const auto json = Export::WebAnnotationExport::write(source, kArticleId);
        QVERIFY(json);
        QJsonObject collection = QJsonDocument::fromJson(*json).object();
        QJsonObject page = collection[u"first"].toObject();
        QJsonArray list = page[u"items"].toArray();
        QJsonObject first = list[0].toObject();
        QJsonObject target = first[u"target"].toObject();
        QJsonArray selectors = target[u"selector"].toArray();
        QCOMPARE(selectors[1][u"type"].toString(), u"TextPositionSelector"_s);
        selectors[1] = QJsonObject {{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, 90'000}, {u"end"_s, 90'048}};
        target[u"selector"_s] = selectors;
        first[u"target"_s] = target;
        list[0] = first;
        page[u"items"_s] = list;
        collection[u"first"_s] = page;

        Library library;
        QVERIFY(openWithArticle(library));
        const auto imported = WebAnnotationImport::importBytes(library, QJsonDocument(collection).toJson(), kArticleId);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->items[0].outcome, ImportOutcome::Exact);
        QCOMPARE(stored(library, a.annotations[0].id).selector, a.annotations[0].selector);
    }

    // Bad input: a sentence saying what is wrong, and nothing stored, not even an undo step.
    void badFilesAreRefusedAndStoreNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray annotation = "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"Annotation\",\n"
                                      "            \"id\": \"urn:uuid:0f5d7a52-8a57-4c4e-9d43-1b1d0a6a0c01\", "
                                      "\"target\": {\"source\": \"https://www.example.it/porto\",\n"
                                      "            \"selector\": SELECTOR}}";
        const auto with = [&](const char *selector) {
            return QByteArray(annotation).replace("SELECTOR", selector);
        };
        QTest::addRow("malformed JSON") << QByteArray("{\"type\": \"Annotation\", \"target\": ") << u"not valid JSON"_s;
        QTest::addRow("number for the quote")
            << with("{\"type\": \"TextQuoteSelector\", \"exact\": 42}") << u"other than text as its \"exact\""_s;
        QTest::addRow("list for the note")
            << QByteArray(annotation)
                   .replace("SELECTOR", "{\"type\": \"TextQuoteSelector\", \"exact\": \"porto\"}")
                   .replace("\"type\": \"Annotation\",", "\"type\": \"Annotation\", \"bodyValue\": [\"a\"],")
            << u"other than text as its \"bodyValue\""_s;
        QTest::addRow("position outside the text")
            << with("{\"type\": \"TextPositionSelector\", \"start\": 100000, \"end\": 100020}")
            << u"outside the article's text"_s;
        QTest::addRow("negative position") << with("{\"type\": \"TextPositionSelector\", \"start\": -4, \"end\": 2}")
                                           << u"a whole number of characters"_s;
        // Found by fuzzing (tools/dev fuzz webannotations): converting 1e300 to an offset was
        // undefined behaviour before it was compared with the largest offset.
        QTest::addRow("position past any text")
            << with("{\"type\": \"TextPositionSelector\", \"start\": 1e300, \"end\": 1e301}")
            << u"a whole number of characters"_s;
        QTest::addRow("position ending before it starts")
            << with("{\"type\": \"TextPositionSelector\", \"start\": 20, \"end\": 10}") << u"ends (10) before"_s;
        QTest::addRow("date that is not one")
            << QByteArray(annotation)
                   .replace("SELECTOR", "{\"type\": \"TextQuoteSelector\", \"exact\": \"porto\"}")
                   .replace("\"type\": \"Annotation\",", "\"type\": \"Annotation\", \"created\": \"ieri\",")
            << u"not a date and time"_s;
        const QByteArray reply
            = "{\"type\": \"Annotation\", \"id\": \"urn:uuid:0f5d7a52-8a57-4c4e-9d43-1b1d0a6a0c02\", "
              "\"motivation\": \"replying\", \"target\": TARGET, \"bodyValue\": \"Si\"}";
        QTest::addRow("reply to nothing")
            << QByteArray(reply).replace("TARGET", "[]") << u"does not name the comment"_s;
        QTest::addRow("votes that are not a number")
            << QByteArray(reply)
                   .replace("TARGET", "\"urn:uuid:0f5d7a52-8a57-4c4e-9d43-1b1d0a6a0c03\"")
                   .replace("\"bodyValue\"", "\"glossa:votes\": \"molti\", \"bodyValue\"")
            << u"a whole number"_s;
        QTest::addRow("not annotations") << QByteArray("{\"title\": \"Appunti\"}")
                                         << u"no annotations Glossa can read"_s;
        QTest::addRow("deep nesting") << QByteArray(100'000, '[') + QByteArray(100'000, ']') << u"levels deep"_s;
    }

    void badFilesAreRefusedAndStoreNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        Library library;
        QVERIFY(openWithArticle(library));
        QSignalSpy added(&library, &Library::annotationAdded);
        const auto imported = WebAnnotationImport::importBytes(library, json, kArticleId);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));
        QCOMPARE(library.annotations(kArticleId).size(), 0);
        QCOMPARE(added.size(), 0);
        QCOMPARE(library.undoStack()->count(), 0);
    }

    // What Qt's own parser does with 100,000 levels: an error, not a crash (Glossa refuses such a
    // file before parsing it anyway).
    void qtRefusesDeepNestingWithoutCrashing()
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(100'000, '[') + QByteArray(100'000, ']'), &error);
        QCOMPARE(error.error, QJsonParseError::DeepNesting);
        QVERIFY(doc.isNull());
    }

    void aFileTooLargeIsRefusedBeforeItIsRead()
    {
        QFile big(m_dir.filePath(u"huge.json"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(200LL * 1024 * 1024)); // sparse: no 200 MB written to the disk
        big.close();
        Library library;
        QVERIFY(openWithArticle(library));
        const auto imported = WebAnnotationImport::importFile(library, big.fileName(), kArticleId);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(u"200 MB"_s), qPrintable(imported.error().message));
        QCOMPARE(library.annotations(kArticleId).size(), 0);
        QCOMPARE(library.undoStack()->count(), 0);
    }

    void anAnnotationOfAnotherArticleIsRejected()
    {
        Library library;
        QVERIFY(Test::openNewLibrary(library, newLibraryDir()));
        const Test::WebAnnotatedArticle first = Test::addAnnotatedArticle(library, kArticleId);
        const QString otherId = u"2b8deaeb-62ee-4b82-9e00-000000000002"_s;
        const Test::WebAnnotatedArticle other = Test::annotatedArticle(otherId, QString());
        QVERIFY(library.addArticle(other.article, other.revision));
        const auto json = Export::WebAnnotationExport::write(library, kArticleId);
        QVERIFY(json);
        const auto imported = WebAnnotationImport::importBytes(library, *json, otherId);
        QVERIFY(imported);
        QCOMPARE(imported->count(ImportOutcome::Rejected), 6);
        QVERIFY(imported->items[0].reason.contains(u"another article"_s));
        QCOMPARE(library.annotations(otherId).size(), 0);
        QCOMPARE(library.undoStack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TstWebAnnotationImport)
#include "tst_webannotationimport.moc"
