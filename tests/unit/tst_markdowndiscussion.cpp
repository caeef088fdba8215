// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown export's Discussion section: after the annotations, the thread as nested list items
// (author, exact time, votes, resolved, edited; an inline comment quoting its passage; a tombstone
// only where a reply needs it), each body as written but kept inside its comment, whatever it holds
// (headings, lists, an open code fence), as a CommonMark parser reads it; nothing for an empty
// thread or with includeDiscussion off; and the thread read from the library.
#include "anchor/placement.h"
#include "export/markdownexport.h"
#include "helpers/annotatedarticle.h"
#include "helpers/testlibrary.h"
#include "render/notehtml.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;
using Export::MarkdownExport;

namespace {

const QDateTime kExportedAt = QDateTime::fromString(u"2026-03-05T09:30:00Z"_s, Qt::ISODate);

Model::Comment commentBy(
    const QString &id, const QString &author, const QString &body, const QString &created, const QString &parent = {})
{
    Model::Comment c;
    c.id = id;
    c.author = author;
    c.body = body;
    c.created = QDateTime::fromString(created, Qt::ISODate);
    c.parentId = parent;
    return c;
}

// A thread of every shape: a comment with votes, resolved and edited, whose body has a heading,
// a list and a code fence of its own; a reply and a reply to it; a deleted comment that a reply
// keeps; an inline comment on a passage; a chain deeper than the nesting shows; a reply whose
// parent this library lacks.
Export::Discussion sampleDiscussion()
{
    Export::Discussion d;
    Model::Comment first = commentBy(u"c1"_s, u"Giulia"_s,
        u"# Una domanda\n\nChi finanzia la diga?\n\n- il porto\n- lo Stato\n\n```\n# non un titolo\n```"_s,
        u"2026-11-20T09:15:30Z"_s);
    first.votes = 2;
    first.resolved = true;
    first.edited = QDateTime::fromString(u"2026-11-21T10:00:00Z"_s, Qt::ISODate);
    d.comments << first;
    d.comments << commentBy(u"c2"_s, u"Marco"_s, u"Lo Stato, *in parte*."_s, u"2026-11-20T10:00:00Z"_s, u"c1"_s);
    d.comments << commentBy(u"c3"_s, u"Giulia"_s, u"Grazie."_s, u"2026-11-20T11:00:00Z"_s, u"c2"_s);
    Model::Comment gone = commentBy(u"c4"_s, QString(), QString(), u"2026-11-22T08:00:00Z"_s);
    gone.deleted = true;
    d.comments << gone << commentBy(u"c5"_s, u"Anna"_s, u"Ne parlavi qui?"_s, u"2026-11-22T09:00:00Z"_s, u"c4"_s);
    Model::Comment onPassage = commentBy(u"c6"_s, u"Anna"_s, u"Fonte?"_s, u"2026-11-23T09:00:00Z"_s);
    onPassage.annotationId = u"a6"_s;
    onPassage.votes = -1;
    d.comments << onPassage;
    Model::Annotation passage;
    passage.id = u"a6"_s;
    passage.kind = Model::AnnotationKind::CommentAnchor;
    passage.selector.exact = u"la nuova diga foranea"_s;
    d.passages.insert(passage.id, passage);
    QString parent = u"c6"_s;
    for (int i = 1; i <= 5; ++i) {
        const QString id = u"d"_s + QString::number(i);
        d.comments << commentBy(
            id, i % 2 ? u"Marco"_s : u"Anna"_s, u"Livello %1"_s.arg(i), u"2026-11-23T1%1:00:00Z"_s.arg(i), parent);
        parent = id;
    }
    d.comments << commentBy(u"c7"_s, u"Luca"_s, u"Come dicevo."_s, u"2026-11-24T09:00:00Z"_s, u"elsewhere"_s);
    return d;
}

const QString kDiscussionMarkdown = uR"(## Discussion

- **Giulia** · 2026-11-20T09:15:30Z · votes: +2 · resolved · edited 2026-11-21T10:00:00Z

  # Una domanda

  Chi finanzia la diga?

  - il porto
  - lo Stato

  ```
  # non un titolo
  ```

  <!-- -->

  - **Marco** · 2026-11-20T10:00:00Z

    Lo Stato, *in parte*.

    - **Giulia** · 2026-11-20T11:00:00Z

      Grazie.

- *(deleted)*

  - **Anna** · 2026-11-22T09:00:00Z

    Ne parlavi qui?

- **Anna** · 2026-11-23T09:00:00Z · votes: -1

  > la nuova diga foranea

  Fonte?

  - **Marco** · 2026-11-23T11:00:00Z

    Livello 1

    - **Anna** · 2026-11-23T12:00:00Z

      Livello 2

      - **Marco** · 2026-11-23T13:00:00Z

        Livello 3

      - **Anna** · 2026-11-23T14:00:00Z · in reply to Marco

        Livello 4

      - **Marco** · 2026-11-23T15:00:00Z · in reply to Anna

        Livello 5

- **Luca** · 2026-11-24T09:00:00Z · in reply to a comment this library does not have

  Come dicevo.
)"_s;

} // namespace

class TstMarkdownDiscussion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;

    Model::Article theArticle() const
    {
        return m_library.article(Test::kAnnotatedArticleId).value_or(Model::Article());
    }
    Model::Revision theRevision() const
    {
        return m_library.currentRevision(Test::kAnnotatedArticleId).value_or(Model::Revision());
    }
    Export::MarkdownDocument exported(bool includePrivate) const
    {
        return MarkdownExport::write(theArticle(), theRevision(), m_library.annotations(Test::kAnnotatedArticleId),
            m_library.palette(), {includePrivate, kExportedAt});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.filePath(u"library"_s)));
        const Test::AnnotatedArticle made = Test::addAnnotatedArticle(m_library);
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
    }

    // The thread follows the annotations as nested list items: author, exact time, votes,
    // resolved, edited; bodies as written but indented into their item, so a heading, a list or a
    // code fence in a comment stays inside it; a tombstone only where a reply needs it.
    void discussionFollowsTheAnnotations()
    {
        const Export::Discussion discussion = sampleDiscussion();
        const Export::MarkdownDocument doc = MarkdownExport::write(theArticle(), theRevision(),
            m_library.annotations(Test::kAnnotatedArticleId), m_library.palette(), {false, kExportedAt}, discussion);
        QCOMPARE(doc.commentCount, 11); // twelve comments, one of them deleted
        const qsizetype at = doc.text.indexOf(u"\n## Discussion\n"_s);
        QVERIFY(at > doc.text.indexOf(u"\n## Orphans\n"_s));
        QCOMPARE(doc.text.mid(at + 1), kDiscussionMarkdown);
        // Nothing a comment says starts a line of the file: no heading, list or quote of its own.
        // (The "<!-- -->" ends the first comment's list, so Marco's reply does not continue it.)
        for (const QString &line : doc.text.mid(at + 1).split(u'\n').mid(1)) {
            QVERIFY2(line.isEmpty() || line.startsWith(u"- "_s) || line.startsWith(u"  "_s), qPrintable(line));
        }
    }

    // A code fence a comment leaves open is closed, so the replies below are not code.
    void anOpenCodeFenceIsClosed()
    {
        Export::Discussion d;
        d.comments << commentBy(u"c1"_s, u"Giulia"_s, u"Prova:\n\n~~~~\nint x;"_s, u"2026-11-20T09:15:30Z"_s)
                   << commentBy(u"c2"_s, u"Marco"_s, u"Compila."_s, u"2026-11-20T10:00:00Z"_s, u"c1"_s);
        QVERIFY2(MarkdownExport::discussionSection(d).endsWith(u"  ~~~~\n  int x;\n  ~~~~\n\n  - **Marco** · "
                                                               "2026-11-20T10:00:00Z\n\n    Compila."_s),
            qPrintable(MarkdownExport::discussionSection(d)));
    }

    // Read by a CommonMark parser (md4c, through the margin notes' renderer): the list a comment
    // holds ends before its reply, which is a list of its own nested in the comment's item.
    void aCommentsListDoesNotTakeItsReplies()
    {
        Export::Discussion d;
        d.comments << commentBy(u"c1"_s, u"Giulia"_s, u"Due cose:\n\n- uno\n- due"_s, u"2026-11-20T09:15:30Z"_s)
                   << commentBy(u"c2"_s, u"Marco"_s, u"Bene."_s, u"2026-11-20T10:00:00Z"_s, u"c1"_s);
        const QString html = Render::NoteHtml::fromMarkdown(MarkdownExport::discussionSection(d));
        static const QRegularExpression due(u"<li>\\s*(<p>)?due(</p>)?\\s*</li>\\s*</ul>"_s);
        QVERIFY2(due.match(html).hasMatch(), qPrintable(html));
        QVERIFY2(html.indexOf(u"<ul>"_s, html.indexOf(u"due"_s)) < html.indexOf(u"Marco"_s), qPrintable(html));
    }

    void noDiscussionWithoutComments()
    {
        Export::Discussion onlyTombstones;
        Model::Comment gone = commentBy(u"gone"_s, u"Anna"_s, QString(), u"2026-11-22T08:00:00Z"_s);
        gone.deleted = true;
        onlyTombstones.comments << gone;
        for (const Export::Discussion &d : {Export::Discussion(), onlyTombstones}) {
            const Export::MarkdownDocument doc = MarkdownExport::write(theArticle(), theRevision(),
                m_library.annotations(Test::kAnnotatedArticleId), m_library.palette(), {false, kExportedAt}, d);
            QVERIFY(!doc.text.contains(u"Discussion"_s));
            QCOMPARE(doc.commentCount, 0);
            QCOMPARE(doc.text, exported(false).text);
        }
        Export::MarkdownOptions without {false, kExportedAt};
        without.includeDiscussion = false;
        const Export::MarkdownDocument left = MarkdownExport::write(theArticle(), theRevision(),
            m_library.annotations(Test::kAnnotatedArticleId), m_library.palette(), without, sampleDiscussion());
        QCOMPARE(left.text, exported(false).text);
        QCOMPARE(left.commentCount, 0);
    }

    // From the library: the comments written there, an inline one quoting its passage.
    void discussionIsReadFromTheLibrary()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir.filePath(u"library"_s)));
        const Test::AnnotatedArticle made = Test::addAnnotatedArticle(library);
        QVERIFY2(made.error.isEmpty(), qPrintable(made.error));
        const Model::Revision revision = *library.currentRevision(Test::kAnnotatedArticleId);
        Model::Comment top;
        top.articleId = Test::kAnnotatedArticleId;
        top.author = u"Giulia"_s;
        top.body = u"Chi paga?"_s;
        const auto topId = library.addComment(top);
        QVERIFY(topId);
        Model::Comment reply = top;
        reply.parentId = *topId;
        reply.author = u"Marco"_s;
        reply.body = u"Il porto."_s;
        QVERIFY(library.addComment(reply));
        const qsizetype start = revision.canonicalText().indexOf(u"Oggi la sfida"_s);
        QVERIFY(start > 0);
        Model::Annotation anchor = Anchor::exactHighlight(revision, start, start + 13);
        anchor.kind = Model::AnnotationKind::CommentAnchor;
        Model::Comment inlineComment = top;
        inlineComment.body = u"Quale sfida?"_s;
        QVERIFY(library.addComment(inlineComment, anchor));

        const auto doc = MarkdownExport::fromLibrary(library, *library.article(Test::kAnnotatedArticleId), {});
        QVERIFY(doc);
        QCOMPARE(doc->commentCount, 3);
        QCOMPARE(doc->annotationCount, 6); // the inline comment's anchor is not an annotation here
        const QString text = doc->text;
        QVERIFY2(text.contains(u"- **Giulia** · "_s), qPrintable(text));
        QVERIFY(text.contains(u"  Chi paga?\n\n  - **Marco** · "_s));
        QVERIFY(text.contains(u"    Il porto."_s));
        QVERIFY(text.contains(u"  > Oggi la sfida\n\n  Quale sfida?"_s));
        Export::MarkdownOptions without;
        without.includeDiscussion = false;
        QVERIFY(!MarkdownExport::fromLibrary(library, *library.article(Test::kAnnotatedArticleId), without)
                ->text.contains(u"Chi paga?"_s));
    }
};

QTEST_GUILESS_MAIN(TstMarkdownDiscussion)
#include "tst_markdowndiscussion.moc"
