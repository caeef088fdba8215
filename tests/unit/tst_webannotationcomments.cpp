// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a W3C file's comments: Glossa's own export of a discussion comes back as the same
// comments in a fresh library holding the article (ids, parents, authors, bodies, votes, resolved
// marks, tombstones, the inline comment's passage), never as highlights, and importing it again
// changes nothing; another tool's reply to a comment nobody has is rejected while the rest is
// stored.
#include "export/webannotationexport.h"
#include "export/webannotationimport.h"
#include "helpers/testlibrary.h"
#include "helpers/webannotatedarticle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;
using Export::ImportOutcome;
using Export::WebAnnotationImport;

namespace {

const QString kArticleId = u"2b8deaeb-62ee-4b82-9e00-000000000001"_s;

Model::Annotation stored(const Library &library, const QString &id)
{
    return library.annotation(id).value_or(Model::Annotation {});
}

QString currentText(const Library &library)
{
    return library.currentRevision(kArticleId).value_or(Model::Revision {}).canonicalText();
}

} // namespace

class TstWebAnnotationComments : public QObject
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

    // The discussion comes back as comments, never as highlights: the same ids, parents, authors,
    // bodies, votes, resolved marks and tombstones; the inline comment's passage anchored on the
    // text; importing again changes nothing.
    void commentsComeBackAsTheDiscussion()
    {
        Library source;
        QVERIFY(Test::openNewLibrary(source, newLibraryDir()));
        const Test::WebAnnotatedArticle original = Test::addAnnotatedArticle(source, kArticleId);
        const Test::WebDiscussion d = Test::addDiscussion(source, original);
        QVERIFY(d.ok);
        const auto json = Export::WebAnnotationExport::write(source, kArticleId, {.includePrivate = true});
        QVERIFY(json);

        Library fresh;
        QVERIFY(openWithArticle(fresh));
        const auto imported = WebAnnotationImport::importBytes(fresh, *json, kArticleId);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->count(ImportOutcome::Exact), 7);
        QCOMPARE(imported->count(ImportOutcome::Rejected), 0);
        QCOMPARE(imported->thread.comments.size(), 6);
        // "6 comments" once the English plurals are loaded; the source text says "comment(s)".
        QVERIFY2(imported->summary().contains(u"; 0 rejected. 6 comment"_s)
                && imported->summary().endsWith(u" merged into the discussion."_s),
            qPrintable(imported->summary()));

        // Not one comment became an annotation; the passage is the inline comment's anchor.
        const QList<Model::Annotation> annotations = fresh.annotations(kArticleId);
        QCOMPARE(annotations.size(), 8);
        for (const Model::Annotation &a : annotations) {
            QVERIFY(!fresh.comment(a.id));
        }
        const Model::Annotation passage = stored(fresh, d.passage);
        QCOMPARE(passage.kind, Model::AnnotationKind::CommentAnchor);
        QCOMPARE(passage.anchor.status, Model::AnchorStatus::Exact);
        QCOMPARE(currentText(fresh).mid(passage.anchor.start, passage.anchor.end - passage.anchor.start),
            u"la nuova diga foranea"_s);

        for (const QString &id : {d.onArticle, d.reply, d.replyToReply, d.onPassage, d.deleted, d.replyToDeleted}) {
            const std::optional<Model::Comment> want = source.comment(id);
            const std::optional<Model::Comment> got = fresh.comment(id);
            QVERIFY2(want && got, qPrintable(id));
            QCOMPARE(got->articleId, kArticleId);
            QCOMPARE(got->parentId, want->parentId);
            QCOMPARE(got->annotationId, want->annotationId);
            QCOMPARE(got->author, want->author);
            QCOMPARE(got->body, want->body);
            QCOMPARE(got->created.toMSecsSinceEpoch(), want->created.toMSecsSinceEpoch());
            QCOMPARE(got->edited.isValid(), want->edited.isValid());
            QCOMPARE(got->votes, want->votes);
            QCOMPARE(got->ballots, want->ballots);
            QCOMPARE(got->resolved, want->resolved);
            QCOMPARE(got->deleted, want->deleted);
        }
        QVERIFY(!fresh.comment(d.deletedAlone));
        QCOMPARE(fresh.comments(kArticleId).size(), 6);

        // Again: the same thread, no new step.
        const int steps = fresh.undoStack()->count();
        const auto again = WebAnnotationImport::importBytes(fresh, *json, kArticleId);
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(fresh.comments(kArticleId).size(), 6);
        QCOMPARE(fresh.annotations(kArticleId).size(), 8);
        QCOMPARE(fresh.undoStack()->count(), steps + 1); // the annotations' update only
        QCOMPARE(fresh.comment(d.replyToReply)->body, u"Grazie mille!"_s);
    }

    // Another tool's reply to a comment nobody has is rejected, not stored as a highlight, and the
    // rest of the file is imported.
    void aReplyToAnUnknownCommentIsRejected()
    {
        Library fresh;
        QVERIFY(openWithArticle(fresh));
        const QJsonObject reply {{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
            {u"id"_s, u"http://example.org/anno/reply-1"_s}, {u"type"_s, u"Annotation"_s},
            {u"motivation"_s, u"replying"_s}, {u"target"_s, u"http://example.org/anno/unknown"_s},
            {u"body"_s, QJsonObject {{u"type"_s, u"TextualBody"_s}, {u"value"_s, u"D'accordo."_s}}}};
        const QJsonObject highlight {{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
            {u"id"_s, u"http://example.org/anno/17"_s}, {u"type"_s, u"Annotation"_s},
            {u"target"_s,
                QJsonObject {{u"source"_s, u"https://www.example.it/porto"_s},
                    {u"selector"_s,
                        QJsonObject {{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, u"la nuova diga foranea"_s}}}}}};
        const QByteArray file = QJsonDocument(QJsonArray {reply, highlight}).toJson();
        const auto imported = WebAnnotationImport::importBytes(fresh, file, kArticleId);
        QVERIFY2(imported, qPrintable(imported.error().message));
        QCOMPARE(imported->items.size(), 2);
        QCOMPARE(imported->items[0].outcome, ImportOutcome::Rejected);
        QVERIFY(imported->items[0].comment);
        QVERIFY(imported->items[0].reason.contains(u"answers a comment"_s));
        QCOMPARE(imported->count(ImportOutcome::Exact), 1);
        QCOMPARE(fresh.annotations(kArticleId).size(), 1);
        QVERIFY(fresh.comments(kArticleId).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstWebAnnotationComments)
#include "tst_webannotationcomments.moc"
