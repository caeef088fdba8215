// SPDX-License-Identifier: GPL-3.0-or-later
// Inline comments' passages are annotations: when seed article 000 is updated to an edited text,
// a comment on a passage that survives stays on it, and one on a passage the update removed becomes
// an orphan honestly (the reader page gets no marker for it) while the comment stays in the thread.
// Undoing the update brings the passage back.
#include "anchor/placement.h"
#include "helpers/testlibrary.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "library/undostack.h"
#include "render/pageitems.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

const QString kSeed = QStringLiteral(GLOSSA_TEST_DATA) + u"/seeds/000_2b8deaeb62eeb82e.txt"_s;
const QString kKept = u"Erano ventiquattro anni che Vladimir Putin non si recava in Corea del Nord."_s;
const QString kRemoved
    = u"Divisa tra la volontà di virare verso Occidente e la sicurezza di rimanere ancorata ai vecchi "
      u"schemi geopolitici di stampo sovietico"_s;

} // namespace

class TstInlineCommentAnchors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    // A top-level comment on the first occurrence of `quote`, its passage marked the way the reader
    // marks a selection; the comment's id (empty when the text lacks the quote or the library refuses).
    static QString commentOn(Library &library, const QString &articleId, const QString &quote, const QString &body)
    {
        const Model::Revision revision = *library.currentRevision(articleId);
        const qsizetype start = revision.canonicalText().indexOf(quote);
        if (start < 0) {
            return {};
        }
        Model::Annotation anchor = Anchor::exactHighlight(revision, start, start + quote.size());
        anchor.kind = Model::AnnotationKind::CommentAnchor;
        Model::Comment c;
        c.articleId = articleId;
        c.author = u"Anna"_s;
        c.body = body;
        return library.addComment(c, anchor).valueOr({});
    }

    // The passages the reader page marks: anchor id → [start, end, replies].
    static QHash<QString, QList<int>> marked(Library &library, const QString &articleId)
    {
        QHash<QString, QList<int>> map;
        for (const QJsonValue &v : Render::PageItems::commentItems(library, articleId)) {
            const QJsonObject o = v.toObject();
            map.insert(o.value(u"id").toString(),
                {o.value(u"start").toInt(), o.value(u"end").toInt(), o.value(u"replies").toInt()});
        }
        return map;
    }

private Q_SLOTS:
    void survivingPassageKeepsItsCommentRemovedOneIsAnOrphan()
    {
        QVERIFY(m_dir.isValid());
        Library library;
        QVERIFY(Test::openNewLibrary(library, m_dir.filePath(u"library"_s)));
        QFile seed(kSeed);
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(seed.readAll());
        QVERIFY(original.contains(kKept) && original.contains(kRemoved));
        const QString path = m_dir.filePath(u"000.txt"_s);
        QVERIFY(writeFile(path, original.toUtf8()));
        LibraryImport import(&library);
        const ImportResult imported = import.importFile(path);
        QVERIFY2(imported.ok(), qPrintable(imported.error().message));
        const QString article = imported->articleId;

        const QString kept = commentOn(library, article, kKept, u"Ventiquattro anni: perché proprio ora?"_s);
        const QString removed = commentOn(library, article, kRemoved, u"Serve una fonte."_s);
        QVERIFY(!kept.isEmpty() && !removed.isEmpty());
        Model::Comment reply;
        reply.articleId = article;
        reply.parentId = kept;
        reply.author = u"Luca"_s;
        reply.body = u"Per la guerra in Ucraina."_s;
        QVERIFY(library.addComment(reply));
        const QString keptAnchor = library.comment(kept)->annotationId;
        const QString removedAnchor = library.comment(removed)->annotationId;
        QCOMPARE(marked(library, article).size(), 2);
        QCOMPARE(marked(library, article).value(keptAnchor).value(2), 1); // one reply

        // The edited revision: the paragraph of the second passage is gone, text before it is added.
        QString edited = original;
        const qsizetype at = edited.indexOf(kRemoved);
        const qsizetype end = edited.indexOf(u'\n', at);
        edited.remove(at, end - at);
        edited.replace(
            u"Erano ventiquattro anni"_s, u"Premessa aggiunta alla nuova versione.\n\nErano ventiquattro anni"_s);
        QVERIFY(writeFile(path, edited.toUtf8()));
        const int steps = library.undoStack()->count();
        const ImportResult updated = import.importFile(path, Ingest::Format::Auto, WhenAlreadyImported::UpdateExisting);
        QVERIFY2(updated.ok(), qPrintable(updated.error().message));
        QVERIFY(updated->updated);
        QCOMPARE(updated->orphaned, 1);
        QCOMPARE(library.undoStack()->count(), steps + 1);

        // The surviving passage moved with the text and still reads the same.
        const Model::Revision revision = *library.currentRevision(article);
        const auto keptPassage = library.annotation(keptAnchor);
        QVERIFY(keptPassage);
        QCOMPARE(keptPassage->anchor.status, Model::AnchorStatus::Exact);
        QCOMPARE(revision.canonicalText().mid(
                     keptPassage->anchor.start, keptPassage->anchor.end - keptPassage->anchor.start),
            kKept);
        // The removed one is an orphan: no marker, but its comment stays in the thread, on it.
        const auto removedPassage = library.annotation(removedAnchor);
        QVERIFY(removedPassage);
        QCOMPARE(removedPassage->anchor.status, Model::AnchorStatus::Orphan);
        QCOMPARE(removedPassage->kind, Model::AnnotationKind::CommentAnchor);
        QCOMPARE(library.comments(article).size(), 3);
        QCOMPARE(library.comment(removed)->annotationId, removedAnchor);
        QCOMPARE(library.comment(removed)->body, u"Serve una fonte."_s);
        const auto shown = marked(library, article);
        QCOMPARE(shown.keys(), QList<QString> {keptAnchor});
        QCOMPARE(
            shown.value(keptAnchor), (QList<int> {int(keptPassage->anchor.start), int(keptPassage->anchor.end), 1}));

        // Undoing the update puts both passages back on the old text.
        library.undoStack()->undo();
        QCOMPARE(library.annotation(removedAnchor)->anchor.status, Model::AnchorStatus::Exact);
        QCOMPARE(marked(library, article).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstInlineCommentAnchors)
#include "tst_inlinecommentanchors.moc"
