// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown export: an annotated article becomes the file tests/data/export/markdown/ holds
// (golden files; tests/data/regenerate.sh rewrites them), its front matter is valid YAML whatever
// the title holds, tags are tags Obsidian accepts, private notes stay out unless asked for, and
// `glossa export --all` names files so that none overwrites another and each keeps its name.
#include "export/exportfilename.h"
#include "export/markdownexport.h"
#include "helpers/annotatedarticle.h"
#include "helpers/testlibrary.h"
#include "render/notehtml.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Qt::StringLiterals;
using Export::ExportFileName;
using Export::MarkdownExport;

namespace {

const QDateTime kExportedAt = QDateTime::fromString(u"2026-03-05T09:30:00Z"_s, Qt::ISODate);

Model::Article articleNamed(const QString &id, const QString &title)
{
    Model::Article a;
    a.id = id;
    a.title = title;
    return a;
}

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

class TstMarkdownExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;

    // The annotated article and its current revision, as the library has them.
    Model::Article theArticle() const
    {
        const std::optional<Model::Article> article = m_library.article(Test::kAnnotatedArticleId);
        if (!article) {
            qFatal("the annotated article is missing");
        }
        return *article;
    }

    Model::Revision theRevision() const
    {
        const std::optional<Model::Revision> revision = m_library.currentRevision(Test::kAnnotatedArticleId);
        if (!revision) {
            qFatal("the annotated article has no revision");
        }
        return *revision;
    }

    Export::MarkdownDocument exported(bool includePrivate) const
    {
        return MarkdownExport::write(theArticle(), theRevision(), m_library.annotations(Test::kAnnotatedArticleId),
            m_library.palette(), {includePrivate, kExportedAt});
    }

    // Compares `text` with the golden file `name`; with GLOSSA_REGENERATE_GOLDEN=1 in the
    // environment (tests/data/regenerate.sh) rewrites the file instead.
    static void compareWithGolden(const QString &text, const QString &name)
    {
        const QString path = QStringLiteral(GLOSSA_TEST_DATA "/export/markdown/") + name;
        if (qEnvironmentVariableIntValue("GLOSSA_REGENERATE_GOLDEN") == 1) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(text.toUtf8());
            qInfo("wrote %s", qPrintable(path));
            return;
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
        const QStringList expected = QString::fromUtf8(golden.readAll()).split(u'\n');
        const QStringList actual = text.split(u'\n');
        for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i) {
            QVERIFY2(actual[i] == expected[i],
                qPrintable(
                    u"%1 line %2:\n  got      %3\n  expected %4"_s.arg(name).arg(i + 1).arg(actual[i], expected[i])));
        }
        QCOMPARE(actual.size(), expected.size());
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

    void articleMatchesGoldenFile()
    {
        const Export::MarkdownDocument doc = exported(false);
        compareWithGolden(doc.text, u"it_news_chrome.md"_s);
        QCOMPARE(doc.annotationCount, 6); // seven annotations, one of them private
    }

    void articleWithPrivateNotesMatchesGoldenFile()
    {
        const Export::MarkdownDocument doc = exported(true);
        compareWithGolden(doc.text, u"it_news_chrome.private.md"_s);
        QCOMPARE(doc.annotationCount, 7);
    }

    void privateNotesStayOutUnlessAsked()
    {
        QVERIFY(!exported(false).text.contains(Test::kPrivateNote));
        QVERIFY(!exported(false).text.contains(u"Oggi la sfida"_s));
        QVERIFY(exported(true).text.contains(Test::kPrivateNote));
        QVERIFY(exported(true).text.contains(u"### Question (private)\n\n> Oggi la sfida è diversa."_s));
    }

    void passageAcrossParagraphsStaysInOneQuote()
    {
        const QString text = exported(false).text;
        const qsizetype from = text.indexOf(u"> Con le tensioni nel Mar Rosso"_s);
        QVERIFY(from > 0);
        const qsizetype to = text.indexOf(u"quella della città.\n"_s, from);
        QVERIFY(to > from);
        const QStringList quoteLines = text.mid(from, to - from).split(u'\n');
        QCOMPARE(quoteLines.size(), 5); // three paragraphs, two empty quote lines between them
        for (const QString &line : quoteLines) {
            QVERIFY2(line == u">"_s || line.startsWith(u"> "_s), qPrintable(line));
        }
    }

    void orphansComeLastWithTheirQuote()
    {
        const QString text = exported(false).text;
        const qsizetype orphans = text.indexOf(u"\n## Orphans\n"_s);
        QVERIFY(orphans > 0);
        QVERIFY(text.indexOf(u"### "_s, orphans) > orphans);
        QVERIFY(text.lastIndexOf(u"### "_s, orphans) < orphans); // the anchored ones come before
        QVERIFY(text.indexOf(u"> regole più semplici per le concessioni"_s) > orphans);
    }

    void colourMeaningComesFromThePalette()
    {
        const QString text = exported(false).text;
        QVERIFY(text.contains(u"### Fonte citata\n"_s)); // the reader's own colour
        QVERIFY(text.contains(u"### evidenza (underlined)\n"_s)); // gone from the palette: its name
        Model::Palette palette = m_library.palette();
        QVERIFY(palette.remove(u"fonte"_s));
        const QString without = MarkdownExport::write(theArticle(), theRevision(),
            m_library.annotations(Test::kAnnotatedArticleId), palette, {false, kExportedAt})
                                    .text;
        QVERIFY(without.contains(u"### fonte\n"_s));
    }

    void changedPassageSaysWhatItRead()
    {
        // An annotation found again after an update that changed its words, and the anchor of an
        // inline comment (which belongs to the thread, not to this list).
        const Model::Revision revision = theRevision();
        const qsizetype start = revision.canonicalText().indexOf(u"Oggi la sfida"_s);
        QVERIFY(start > 0);
        Model::Annotation changed = Anchor::exactHighlight(revision, start, start + 13);
        changed.id = u"changed"_s;
        changed.color = u"agree"_s;
        changed.originalQuote = u"Ieri la sfida"_s;
        Model::Annotation comment = Anchor::exactHighlight(revision, start, start + 4);
        comment.id = u"comment"_s;
        comment.kind = Model::AnnotationKind::CommentAnchor;
        const Export::MarkdownDocument doc = MarkdownExport::write(
            theArticle(), revision, {comment, changed}, m_library.palette(), {false, kExportedAt});
        QCOMPARE(doc.annotationCount, 1);
        QVERIFY2(doc.text.endsWith(u"## Annotations\n\n### Agree\n\n> Oggi la sfida\n\n*The article has changed here; "
                                   "this passage read: “Ieri la sfida”*\n"_s),
            qPrintable(doc.text));
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

    void yamlString_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("yaml");
        QTest::addRow("plain") << u"Genova"_s << u"\"Genova\""_s;
        QTest::addRow("colon and hash") << u"Russia: 2024 #1"_s << u"\"Russia: 2024 #1\""_s;
        QTest::addRow("quotes") << u"Il \"porto\" e l'«isola»"_s << u"\"Il \\\"porto\\\" e l'«isola»\""_s;
        QTest::addRow("backslash") << u"C:\\Users\\anna"_s << u"\"C:\\\\Users\\\\anna\""_s;
        QTest::addRow("line breaks and tab") << u"uno\ndue\r\ntre\tquattro"_s << u"\"uno\\ndue\\r\\ntre\\tquattro\""_s;
        QTest::addRow("leading dash and spaces") << u"- elenco  "_s << u"\"- elenco  \""_s;
        QTest::addRow("non-ASCII stays") << u"Perché città 北京 😀"_s << u"\"Perché città 北京 😀\""_s;
        QTest::addRow("controls escaped") << u"a\u0007b\u007fc\u0085d"_s << u"\"a\\x07b\\x7Fc\\x85d\""_s;
        QTest::addRow("unicode line breaks and BOM") << u"a\u2028b\u2029c\uFEFF"_s << u"\"a\\u2028b\\u2029c\\uFEFF\""_s;
        QTest::addRow("half a surrogate pair") << QString(QChar(0xD83D)) << u"\"\\uFFFD\""_s;
        QTest::addRow("empty") << QString() << u"\"\""_s;
    }

    void yamlString()
    {
        QFETCH(QString, text);
        QFETCH(QString, yaml);
        QCOMPARE(MarkdownExport::yamlString(text), yaml);
    }

    void frontMatterHoldsTheArticle()
    {
        Model::Article a = articleNamed(u"0123abcd-0000-4000-8000-000000000001"_s, u"Russia: \"alleanza\"\n#2"_s);
        a.language = u"it"_s;
        a.tags = {u"Corea del Nord"_s, u"1953"_s};
        const QString text
            = MarkdownExport::write(a, std::nullopt, {}, Model::Palette::defaults(), {false, kExportedAt}).text;
        QVERIFY2(text.startsWith(u"---\ntitle: \"Russia: \\\"alleanza\\\"\\n#2\"\naliases:\n  - \"Russia: "
                                 "\\\"alleanza\\\"\\n#2\"\nlanguage: \"it\"\ntags:\n  - \"Corea-del-Nord\"\n  - "
                                 "\"_1953\"\nglossa-id: \"0123abcd-0000-4000-8000-000000000001\"\nexported: "
                                 "\"2026-03-05T09:30:00Z\"\n---\n\n# Russia: \"alleanza\" \\#2\n"_s),
            qPrintable(text));
        QVERIFY(!text.contains(u"## Annotations"_s)); // nothing to list
    }

    void obsidianTag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("obsidian");
        QTest::addRow("plain") << u"porti"_s << u"porti"_s;
        QTest::addRow("spaces") << u"da  rileggere "_s << u"da-rileggere"_s;
        QTest::addRow("hash and punctuation") << u"#Mar Rosso, 2024!"_s << u"Mar-Rosso-2024"_s;
        QTest::addRow("only digits") << u"2024"_s << u"_2024"_s;
        QTest::addRow("nested") << u"/fonti / primarie/"_s << u"fonti/primarie"_s;
        QTest::addRow("accents kept") << u"città"_s << u"città"_s;
        QTest::addRow("decomposed accents composed") << u"citta\u0300"_s << u"città"_s;
        QTest::addRow("nothing usable") << u"#!?"_s << QString();
    }

    void obsidianTag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, obsidian);
        QCOMPARE(MarkdownExport::obsidianTag(tag), obsidian);
    }

    void escapeText_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("markdown");
        QTest::addRow("prose unchanged") << u"Il 30% delle merci, 5 - 3 = 2."_s << u"Il 30% delle merci, 5 - 3 = 2."_s;
        QTest::addRow("emphasis and code") << u"*a* _b_ `c`"_s << u"\\*a\\* \\_b\\_ \\`c\\`"_s;
        QTest::addRow("tag and math") << u"#porto costa $5"_s << u"\\#porto costa \\$5"_s;
        QTest::addRow("links and html") << u"[[x]] <b>"_s << u"\\[\\[x\\]\\] \\<b>"_s;
        QTest::addRow("obsidian pairs") << u"==a== %%b%% ~~c~~"_s << u"\\==a\\== \\%%b\\%% \\~~c\\~~"_s;
        QTest::addRow("quote start") << u"> no"_s << u"\\> no"_s;
        QTest::addRow("list start") << u"- no"_s << u"\\- no"_s;
        QTest::addRow("rule") << u"---"_s << u"\\---"_s;
        QTest::addRow("ordered list start") << u"1961. Mosca"_s << u"1961\\. Mosca"_s;
        QTest::addRow("negative number") << u"-5 gradi"_s << u"-5 gradi"_s;
    }

    void escapeText()
    {
        QFETCH(QString, line);
        QFETCH(QString, markdown);
        QCOMPARE(MarkdownExport::escapeText(line), markdown);
    }

    void fileNamesAreSafe_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("name");
        QTest::addRow("question mark") << u"Perché Genova?"_s << u"Perché Genova (0123abcd).md"_s;
        QTest::addRow("reserved characters") << u"a/b\\c:d*e?f\"g<h>i|j"_s << u"a b c d e f g h i j (0123abcd).md"_s;
        QTest::addRow("obsidian link characters") << u"#1 [bozza] ^x"_s << u"1 bozza x (0123abcd).md"_s;
        QTest::addRow("leading and trailing dots") << u"..nascosto. "_s << u"nascosto (0123abcd).md"_s;
        QTest::addRow("control characters") << u"uno\ndue\ttre\u0007"_s << u"uno due tre (0123abcd).md"_s;
        QTest::addRow("empty") << QString() << u"Untitled (0123abcd).md"_s;
        QTest::addRow("only unsafe") << u"???"_s << u"Untitled (0123abcd).md"_s;
    }

    void fileNamesAreSafe()
    {
        QFETCH(QString, title);
        QFETCH(QString, name);
        const auto names
            = ExportFileName::forArticles({articleNamed(u"0123abcd-0000-4000-8000-000000000001"_s, title)}, u"md"_s);
        QCOMPARE(names.value(u"0123abcd-0000-4000-8000-000000000001"_s), name);
    }

    void longTitlesAreCutAtAWord()
    {
        const QString title = u"Quanto vale la partnership strategica tra Russia e Corea del Nord? Mosca cerca la "
                              "sponda dei Paesi asiatici"_s;
        const QString name
            = ExportFileName::forArticles({articleNamed(u"0123abcd-0000-4000-8000-000000000001"_s, title)}, u"md"_s)
                  .value(u"0123abcd-0000-4000-8000-000000000001"_s);
        QCOMPARE(name, u"Quanto vale la partnership strategica tra Russia e Corea… (0123abcd).md"_s);
        // Three bytes a character at most: a long title in any script stays under 255 bytes.
        const QString wide(200, QChar(0x5317));
        const QString wideName
            = ExportFileName::forArticles({articleNamed(u"0123abcd-0000-4000-8000-000000000001"_s, wide)}, u"md"_s)
                  .value(u"0123abcd-0000-4000-8000-000000000001"_s);
        QVERIFY(wideName.toUtf8().size() < 255);
    }

    void sameTitlesGetDistinctStableNames()
    {
        const Model::Article a = articleNamed(u"aaaa1111-0000-4000-8000-000000000001"_s, u"Il porto"_s);
        const Model::Article b = articleNamed(u"bbbb2222-0000-4000-8000-000000000002"_s, u"Il porto"_s);
        const Model::Article c = articleNamed(u"cccc3333-0000-4000-8000-000000000003"_s, u"IL PORTO"_s);
        const auto names = ExportFileName::forArticles({a, b, c}, u"md"_s);
        QCOMPARE(names.value(a.id), u"Il porto (aaaa1111).md"_s);
        QCOMPARE(names.value(b.id), u"Il porto (bbbb2222).md"_s);
        QCOMPARE(names.value(c.id), u"IL PORTO (cccc3333).md"_s);
        // Another order, or another article in the library, changes no name.
        const Model::Article d = articleNamed(u"dddd4444-0000-4000-8000-000000000004"_s, u"Il porto"_s);
        const auto again = ExportFileName::forArticles({d, c, b, a}, u"md"_s);
        for (const Model::Article &x : {a, b, c}) {
            QCOMPARE(again.value(x.id), names.value(x.id));
        }
    }

    void sharedIdPrefixesGetFullIds()
    {
        const Model::Article a = articleNamed(u"abcd1234-0000-4000-8000-000000000001"_s, u"Il porto"_s);
        const Model::Article b = articleNamed(u"abcd1234-0000-4000-8000-000000000002"_s, u"Il porto"_s);
        const auto names = ExportFileName::forArticles({a, b}, u"md"_s);
        QCOMPARE(names.value(a.id), u"Il porto (abcd1234-0000-4000-8000-000000000001).md"_s);
        QCOMPARE(names.value(b.id), u"Il porto (abcd1234-0000-4000-8000-000000000002).md"_s);
        QVERIFY(names.value(a.id).compare(names.value(b.id), Qt::CaseInsensitive) != 0);
    }
};

QTEST_GUILESS_MAIN(TstMarkdownExport)
#include "tst_markdownexport.moc"
