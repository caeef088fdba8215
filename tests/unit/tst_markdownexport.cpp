// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown export: an annotated article becomes the file tests/data/export/markdown/ holds
// (golden files; tests/data/regenerate.sh rewrites them), its front matter is valid YAML whatever
// the title holds, tags are tags Obsidian accepts, private notes stay out unless asked for, and
// `glossa export --all` names files so that none overwrites another and each keeps its name.
#include "export/exportfilename.h"
#include "export/markdownexport.h"
#include "helpers/annotatedarticle.h"
#include "helpers/goldenfile.h"
#include "helpers/testlibrary.h"

#include <QDir>
#include <QFile>
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
        Test::compareWithGolden(doc.text, u"export/markdown/it_news_chrome.md"_s);
        QCOMPARE(doc.annotationCount, 6); // seven annotations, one of them private
    }

    void articleWithPrivateNotesMatchesGoldenFile()
    {
        const Export::MarkdownDocument doc = exported(true);
        Test::compareWithGolden(doc.text, u"export/markdown/it_news_chrome.private.md"_s);
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

    // A passage keeps the article's strong, emphasis, code and links; the rest is still escaped.
    void passageKeepsInlineFormatting()
    {
        Model::Revision revision = Model::Revision::fromBlocks({Model::Block {
            .text = u"Un forte e lieve x_y [sic] con un link."_s,
            .marks = {{Model::MarkKind::Strong, 3, 8, {}}, {Model::MarkKind::Emphasis, 11, 16, {}},
                {Model::MarkKind::Code, 17, 20, {}}, {Model::MarkKind::Link, 31, 38, u"https://example.org/a b"_s}}}});
        revision.id = u"r1"_s;
        Model::Annotation a = Anchor::exactHighlight(revision, 0, revision.canonicalText().size());
        a.id = u"a1"_s;
        a.color = u"agree"_s;
        const Export::MarkdownDocument doc = MarkdownExport::write(
            articleNamed(u"a"_s, u"Marks"_s), revision, {a}, m_library.palette(), {false, kExportedAt});
        QVERIFY2(doc.text.contains(
                     u"\n> Un **forte** e *lieve* `x_y` \\[sic\\] con [un link](https://example.org/a%20b).\n"_s),
            qPrintable(doc.text));
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
