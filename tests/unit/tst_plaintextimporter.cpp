// SPDX-License-Identifier: GPL-3.0-or-later
// Plain-text import of pages copied off the web: the body without the site's chrome, headings,
// title, byline and author bio. The fixtures in tests/data/ingest/text reproduce the shapes of real
// pages (chrome before and after, an author box, single-newline paragraphs, no title) in several
// languages; NAME.body.txt lists the expected blocks ("# " marks a heading), NAME.meta the metadata.
#include "ingest/plaintextimporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Glossa::Ingest;
using namespace Glossa::Model;
using namespace Qt::StringLiterals;

namespace {

QString readUtf8(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

QString fixtureDir()
{
    return QStringLiteral(GLOSSA_TEST_DATA "/ingest/text");
}

QString blockLine(const Block &b)
{
    switch (b.type) {
    case BlockType::Heading:
        return u"# " + b.text;
    case BlockType::ListItem:
        return u"- " + b.text;
    case BlockType::Separator:
        return QStringLiteral("---");
    default:
        return b.text;
    }
}

// Two paragraphs of a news article, for the tests of what lies between them.
const QString kFloodFirst
    = u"The first paragraph of the article explains what happened in the town last week, when the "
      "river rose above the old stone bridge and the mayor ordered the evacuation of the lower "
      "streets."_s;
const QString kFloodSecond = u"The second paragraph tells how the volunteers organised themselves in the school gym, "
                             "where they cooked for three hundred people and kept a list of every family that had to "
                             "leave its home."_s;

} // namespace

class TstPlainTextImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList names = QDir(fixtureDir()).entryList({QStringLiteral("*.meta")}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 6);
        for (const QString &meta : names) {
            const QString name = meta.chopped(5);
            QTest::addRow("%s", qPrintable(name)) << name;
        }
    }

    void fixtures()
    {
        QFETCH(QString, name);
        const Extraction e = PlainTextImporter::extract(readUtf8(fixtureDir() + u'/' + name + u".txt"));

        QStringList expected = readUtf8(fixtureDir() + u'/' + name + u".body.txt").split(u'\n', Qt::SkipEmptyParts);
        QStringList actual;
        for (const Block &b : e.blocks) {
            actual << blockLine(b);
        }
        QCOMPARE(actual, expected);

        QHash<QString, QString> meta;
        for (const QString &line : readUtf8(fixtureDir() + u'/' + name + u".meta").split(u'\n', Qt::SkipEmptyParts)) {
            meta.insert(line.section(u'=', 0, 0), line.section(u'=', 1));
        }
        QCOMPARE(e.title, meta.value(QStringLiteral("title")));
        QCOMPARE(e.byline, meta.value(QStringLiteral("byline")));
        QCOMPARE(e.language, meta.value(QStringLiteral("lang")));
        QCOMPARE(e.published, meta.value(QStringLiteral("published")));
        QVERIFY(e.title.size() <= 80);
        // The author's bio is metadata: never in the body.
        for (const Block &b : e.blocks) {
            QVERIFY(e.authorBio.isEmpty() || b.text != e.authorBio);
        }
    }

    void authorBoxIsMetadata()
    {
        const Extraction e = PlainTextImporter::extract(readUtf8(fixtureDir() + u"/it_news_chrome.txt"));
        QVERIFY(e.authorBio.startsWith(QStringLiteral("Giornalista economica")));
        QVERIFY(!e.excerpt.isEmpty());
        QVERIFY(e.blocks.first().text.startsWith(e.excerpt.chopped(1)) || e.blocks.first().text == e.excerpt);
    }

    void paragraphsByBlankLinesOrSingleNewlines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addRow("blank lines") << QStringLiteral("Uno.\n\nDue.\n\n\nTre.")
                                     << QStringList {u"Uno."_s, u"Due."_s, u"Tre."_s};
        QTest::addRow("single newlines") << QStringLiteral("Uno.\nDue.\nTre.")
                                         << QStringList {u"Uno."_s, u"Due."_s, u"Tre."_s};
        QTest::addRow("hard-wrapped prose is joined")
            << QStringLiteral("This paragraph was wrapped by an editor at a fixed\ncolumn width, as "
                              "plain-text e-mail often is.\n\nNext one.")
            << QStringList {
                   u"This paragraph was wrapped by an editor at a fixed column width, as plain-text e-mail often is."_s,
                   u"Next one."_s};
        QTest::addRow("a menu in one group is split") << QStringLiteral("Home\nNews\nContact\n\nBody.")
                                                      << QStringList {u"Home"_s, u"News"_s, u"Contact"_s, u"Body."_s};
        QTest::addRow("spaces collapsed") << QStringLiteral("  a   b  \n\n c ") << QStringList {u"a b"_s, u"c"_s};
    }

    void paragraphsByBlankLinesOrSingleNewlines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, paragraphs);
        QCOMPARE(PlainTextImporter::paragraphs(text), paragraphs);
    }

    void titleFromFirstSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addRow("short sentence, no full stop")
            << QStringLiteral("A short opening sentence. Then more text follows here.")
            << QStringLiteral("A short opening sentence");
        QTest::addRow("long sentence cut at a word with an ellipsis")
            << QStringLiteral("When the council announced that the branch library on Chapel Street would close, nobody "
                              "expected anything.")
            << QStringLiteral("When the council announced that the branch library on Chapel Street would close…");
    }

    void titleFromFirstSentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QCOMPARE(PlainTextImporter::titleFromFirstSentence(text), title);
        QVERIFY(title.size() <= 80);
    }

    void crlfAndNoBreakSpacesAreNormalised()
    {
        QString page = readUtf8(fixtureDir() + u"/fr_news_chrome.txt");
        page.replace(u'\n', QStringLiteral("\r\n"));
        page.replace(u' ', QChar(0x00A0)); // every space a no-break space, as some sites copy
        const Extraction e = PlainTextImporter::extract(page);
        const Extraction reference = PlainTextImporter::extract(readUtf8(fixtureDir() + u"/fr_news_chrome.txt"));
        QCOMPARE(e.blocks, reference.blocks);
        QCOMPARE(e.title, reference.title);
        QVERIFY(!e.blocks.first().text.contains(QChar(0x00A0)));
        QVERIFY(!e.blocks.first().text.contains(u'\r'));
    }

    void shortClosingSentenceIsKept()
    {
        const QString p1 = QStringLiteral(
            "Il sindaco ha spiegato che i lavori sul ponte dureranno almeno due anni e che nel frattempo il "
            "traffico sarà deviato sulle strade della collina, con un servizio di navette per i pendolari.");
        const Extraction e = PlainTextImporter::extract(
            u"Menu\n\nIl ponte chiude\n\n"_s + p1 + u"\n\nVedremo come andrà.\n\nCondividi"_s);
        QCOMPARE(e.title, QStringLiteral("Il ponte chiude"));
        QCOMPARE(e.blocks.size(), 2);
        QCOMPARE(e.blocks[1].text, QStringLiteral("Vedremo come andrà."));
        QCOMPARE(e.blocks[1].type, BlockType::Paragraph);
    }

    void chromeInsideTheBodyIsDropped_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addRow("caption with credit") << QStringLiteral("Il ponte vecchio dopo la piena (foto: Ansa)");
        QTest::addRow("caption with copyright") << QStringLiteral("The old bridge after the flood © Reuters");
        QTest::addRow("tags") << QStringLiteral("Tags: alluvione, ponte, protezione civile");
        QTest::addRow("read also") << QStringLiteral("Lire aussi : La crue de la Seine en 2016");
        QTest::addRow("cookie banner") << QStringLiteral(
            "Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione "
            "accetti l’uso dei cookie secondo la nostra informativa sulla privacy.");
    }

    void chromeInsideTheBodyIsDropped()
    {
        QFETCH(QString, line);
        const QString p1 = QStringLiteral(
            "Il fiume è salito di tre metri in una sola notte e i vigili del fuoco hanno lavorato fino all’alba per "
            "mettere in salvo le famiglie che abitavano nelle case più vicine all’argine.");
        const QString p2 = QStringLiteral(
            "Il sindaco ha chiesto lo stato di emergenza e ha promesso che i lavori di consolidamento del ponte "
            "cominceranno non appena il livello dell’acqua sarà tornato normale.");
        const Extraction e = PlainTextImporter::extract(p1 + u"\n\n"_s + line + u"\n\n"_s + p2);
        QCOMPARE(e.blocks.size(), 2);
        QCOMPARE(e.blocks[0].text, p1);
        QCOMPARE(e.blocks[1].text, p2);
    }

    void titleCaseHeadingAfterAnAdvertIsNotAnAuthorBox()
    {
        const QString p1 = kFloodFirst;
        const QString p2 = kFloodSecond;
        const QString p3 = QStringLiteral(
            "The last paragraph looks ahead: engineers will inspect the bridge next month, and the council has "
            "promised to publish their report in full before deciding whether to rebuild it.");
        const Extraction e = PlainTextImporter::extract(
            p1 + u"\n\nAdvertisement\n\nThe Road Ahead\n\n"_s + p2 + u"\n\nWhat Comes Next\n\n"_s + p3);
        QCOMPARE(e.blocks.size(), 5);
        QCOMPARE(e.blocks[1].type, BlockType::Heading);
        QCOMPARE(e.blocks[1].text, QStringLiteral("The Road Ahead"));
        QCOMPARE(e.blocks[2].text, p2);
        QVERIFY(e.byline.isEmpty());
        QVERIFY(e.authorBio.isEmpty());
    }

    void noRealParagraphIsLostInALongBodyWithInlineChrome()
    {
        // A "share" line and an advertisement label in the middle of an article are dropped, but the
        // paragraphs on both sides stay.
        const QString p1 = kFloodFirst;
        const QString p2 = kFloodSecond;
        const Extraction e = PlainTextImporter::extract(p1 + u"\n\nShare on Facebook\n\nAdvertisement\n\n" + p2);
        QCOMPARE(e.blocks.size(), 2);
        QCOMPARE(e.blocks[0].text, p1);
        QCOMPARE(e.blocks[1].text, p2);
    }
};

QTEST_GUILESS_MAIN(TstPlainTextImporter)
#include "tst_plaintextimporter.moc"
