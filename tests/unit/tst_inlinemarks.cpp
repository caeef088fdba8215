// SPDX-License-Identifier: GPL-3.0-or-later
// Inline marks in the library: stored beside the blocks and read back with them, gone with their
// revision, and derived for the Markdown revisions an older Glossa wrote, without changing a
// character of the text their highlights point into.
#include "anchor/anchorer.h"
#include "helpers/storefixtures.h"
#include "ingest/markdownimporter.h"
#include "render/codehighlighter.h"
#include "render/readerhtml.h"
#include "store/articlerepository.h"
#include "store/database.h"
#include "store/schema.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa;
using namespace Glossa::Model;
using namespace Glossa::Store;

namespace {

// A Markdown article with emphasis, a link and a table: the same text with or without marks.
const QString kSource = QStringLiteral("# La tregua\n\n"
                                       "Il **27 luglio 1953** fu firmato l'*armistizio* di "
                                       "[Panmunjeom](https://it.wikipedia.org/wiki/Armistizio_di_Panmunjeom), "
                                       "che non fu mai seguito da un trattato di pace.\n\n"
                                       "| Anno | Evento |\n|---|---|\n| 1950 | Inizio della guerra |\n"
                                       "| 1953 | Armistizio firmato |\n");
// An older Glossa wrote "[^1]" into the text: the importer now makes it a footnote, another text.
const QString kFootnoted = QStringLiteral("Una frase con una nota.[^1]\n\n[^1]: La nota.\n");

// The revision as Glossa before version 11 stored it: the same blocks' text, tables as paragraphs,
// no marks.
Revision asOlderGlossaStoredIt(const QString &source, const QString &text)
{
    QList<Block> blocks;
    for (Block b : Ingest::MarkdownImporter::extract(source).blocks) {
        if (b.type == BlockType::TableRow || b.type == BlockType::Footnote) {
            b = Block {.text = b.text};
        }
        b.marks.clear();
        blocks.append(b);
    }
    Revision r = Revision::fromBlocks(blocks);
    if (!text.isEmpty()) {
        r = Revision::fromBlocks({Block {.text = text}});
    }
    r.id = Test::uuid();
    r.rawSource = source;
    r.sourceFormat = QStringLiteral("markdown");
    return r;
}

} // namespace

class TstInlineMarks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<Database> openDb(int version = -1)
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++m_count)),
            Database::Mode::ReadWriteCreate);
        if (!db || !Schema::configure(**db) || !Schema::migrate(**db, version)) {
            return nullptr;
        }
        return std::move(*db);
    }

    static Article articleFor(const Revision &r)
    {
        Article a;
        a.id = r.articleId;
        a.title = QStringLiteral("La tregua");
        a.language = QStringLiteral("it");
        a.currentRevisionId = r.id;
        return a;
    }

    static void insert(Database &db, Revision &r)
    {
        r.articleId = Test::uuid();
        Transaction tx(db);
        QVERIFY(ArticleRepository(db).insert(articleFor(r), r).ok());
        QVERIFY(tx.commit().ok());
    }

private Q_SLOTS:
    void marksAreStoredAndReadBackWithTheirBlocks()
    {
        auto db = openDb();
        QVERIFY(db);
        Revision r = Revision::fromBlocks(Ingest::MarkdownImporter::extract(kSource).blocks);
        r.id = Test::uuid();
        QVERIFY(!r.blocks()[1].marks.isEmpty());
        insert(*db, r);
        auto read = ArticleRepository(*db).revision(r.id);
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE((*read)->canonicalText(), r.canonicalText());
        QCOMPARE((*read)->blocks(), r.blocks()); // types, cells, strong, emphasis, the link
        QCOMPARE((*read)->blocks()[3].type, BlockType::TableRow);

        // A revision's marks go with it.
        QVERIFY(ArticleRepository(*db).removeRevision(r.id).ok());
        QCOMPARE(*db->scalar(QStringLiteral("SELECT count(*) FROM inline_marks")), 0);
    }

    void migrationDerivesMarksWithoutChangingTheText()
    {
        auto db = openDb(9);
        QVERIFY(db);
        Revision old = asOlderGlossaStoredIt(kSource, {});
        insert(*db, old);
        Revision footnoted = asOlderGlossaStoredIt(kFootnoted, QStringLiteral("Una frase con una nota.[^1]"));
        insert(*db, footnoted);

        // Highlights made before: "armistizio" and a table row's year, as the reader described them.
        const qsizetype word = old.canonicalText().indexOf(QStringLiteral("armistizio"));
        const Selector onWord = Glossa::Anchor::describe(old, word, word + 10);
        const qsizetype year = old.canonicalText().indexOf(QStringLiteral("1953 | Armistizio"));
        const Selector onRow = Glossa::Anchor::describe(old, year, year + 17);
        const qsizetype note = footnoted.canonicalText().indexOf(QStringLiteral("nota.[^1]"));
        const Selector onNote = Glossa::Anchor::describe(footnoted, note, note + 9);

        QVERIFY(Schema::migrate(*db).ok());

        auto migrated = ArticleRepository(*db).revision(old.id);
        QVERIFY(migrated.ok() && migrated->has_value());
        const Revision &m = **migrated;
        QCOMPARE(m.canonicalText(), old.canonicalText());
        QCOMPARE(m.contentHash, old.contentHash);
        // The marks the importer makes now, and the table rows told apart from paragraphs.
        const Revision fresh = Revision::fromBlocks(Ingest::MarkdownImporter::extract(kSource).blocks);
        QCOMPARE(m.blocks(), fresh.blocks());
        QCOMPARE(m.blocks()[2].type, BlockType::TableRow);
        QCOMPARE(m.blocks()[2].level, 1);
        // The highlights anchor exactly where they were, on the same words.
        for (const Selector &s : {onWord, onRow}) {
            const Model::Anchor a = Glossa::Anchor::anchor(m.canonicalText(), s);
            QCOMPARE(a.status, AnchorStatus::Exact);
            QCOMPARE(a.start, s.start);
            QCOMPARE(m.canonicalText().mid(a.start, a.end - a.start), s.exact);
        }
        // The reader shows each block's text unchanged under its marks: page offsets are canonical ones.
        Article article = articleFor(m);
        const QString html = Render::ReaderHtml::render(article, m, Render::CodeHighlighter(), {});
        QVERIFY(html.contains(QStringLiteral("<em>armistizio</em>")));
        const QRegularExpression block(QStringLiteral("data-block=\"(\\d+)\" data-offset=\"\\d+\">(.*?)</(p|h1|tr)>"));
        auto it = block.globalMatch(html);
        int seen = 0;
        while (it.hasNext()) {
            const auto b = it.next();
            QString text = b.captured(2);
            text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            text.replace(QStringLiteral("&#39;"), QStringLiteral("'")).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            QCOMPARE(text, m.blocks()[b.captured(1).toInt()].text);
            ++seen;
        }
        QCOMPARE(seen, m.blocks().size());

        // Where the importer would now make another text, the revision keeps its text and gets no marks.
        auto kept = ArticleRepository(*db).revision(footnoted.id);
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE((*kept)->canonicalText(), footnoted.canonicalText());
        QCOMPARE((*kept)->blocks(), footnoted.blocks());
        const Model::Anchor a = Glossa::Anchor::anchor((*kept)->canonicalText(), onNote);
        QCOMPARE(a.status, AnchorStatus::Exact);
        QCOMPARE(a.start, onNote.start);
        QCOMPARE(*db->scalar(QStringLiteral("SELECT count(*) FROM inline_marks WHERE revision_id = '%1'")
                               .arg(footnoted.id)),
            0);
    }
};

QTEST_GUILESS_MAIN(TstInlineMarks)
#include "tst_inlinemarks.moc"
