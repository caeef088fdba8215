// SPDX-License-Identifier: GPL-3.0-or-later
// The importer front: choosing the format, refusing what cannot be an article, Markdown language.
#include "helpers/testfiles.h"
#include "ingest/htmlextractor.h"
#include "ingest/importer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Glossa::Ingest;
using namespace Glossa::Model;

namespace {

// Stands in for the web engine: every page is an article of one paragraph.
class FakeExtractor final : public HtmlExtractor
{
public:
    explicit FakeExtractor(int *pages)
        : m_pages(pages)
    {
    }
    Glossa::Result<HtmlExtraction> extract(const QString &, const QUrl &) override
    {
        ++*m_pages;
        HtmlExtraction r;
        r.readerable = true;
        r.title = QStringLiteral("Fake");
        r.language = QStringLiteral("it");
        r.blocks = {Block {.type = BlockType::Paragraph, .text = QStringLiteral("Un paragrafo.")}};
        return r;
    }

private:
    int *m_pages;
};

} // namespace

class TstImporters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes) { return Glossa::Test::writeFile(m_dir, name, bytes); }

private Q_SLOTS:
    void detectsFormat_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::addRow("html by suffix") << QStringLiteral("a.htm") << QByteArray("hello") << int(Format::Html);
        QTest::addRow("markdown by suffix") << QStringLiteral("a.md") << QByteArray("hello") << int(Format::Markdown);
        QTest::addRow("text by suffix") << QStringLiteral("a.txt") << QByteArray("<html>") << int(Format::Text);
        QTest::addRow("html by content") << QStringLiteral("page") << QByteArray("\n<!DOCTYPE html><html>")
                                         << int(Format::Html);
        QTest::addRow("markdown front matter")
            << QStringLiteral("note") << QByteArray("---\ntitle: x\n---\n") << int(Format::Markdown);
        QTest::addRow("text otherwise") << QStringLiteral("note") << QByteArray("Just words.") << int(Format::Text);
    }

    void detectsFormat()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QCOMPARE(int(Importers::detect(bytes, fileName)), format);
    }

    void formatNames()
    {
        QCOMPARE(formatFromName(QStringLiteral("markdown")), std::optional<Format>(Format::Markdown));
        QCOMPARE(formatFromName(QStringLiteral("pdf")), std::nullopt);
    }

    void badInputsHaveAReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::addRow("only whitespace") << QByteArray(" \n\r\n\t ") << QStringLiteral("empty");
        QTest::addRow("binary") << QByteArray("\x7F"
                                              "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0\x3E\0\x01\0\0\0",
            24) << QStringLiteral("binary");
        QTest::addRow("too large") << QByteArray(Importers::MaxSourceBytes + 1, 'a')
                                   << QStringLiteral("larger than 16 MB, the largest article Glossa accepts");
        QByteArray longText = "Un testo lunghissimo\n\n";
        for (int i = 0; longText.size() < Importers::MaxArticleChars + 100000; ++i) {
            longText += "parola" + QByteArray::number(i) + (i % 200 == 199 ? ".\n\n" : " ");
        }
        QTest::addRow("text too long") << longText
                                       << QStringLiteral("longer than 2 million characters, the longest article");
    }

    void badInputsHaveAReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = write(QStringLiteral("input.txt"), bytes);
        QVERIFY(!path.isEmpty());
        const ExtractionResult r = Importers::extractFile(path, Format::Auto);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(reason), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u'\n'));
    }

    void missingFileAndFolder()
    {
        QVERIFY(!Importers::extractFile(m_dir.filePath(QStringLiteral("nope.txt")), Format::Auto).ok());
        QVERIFY(!Importers::extractFile(m_dir.path(), Format::Auto).ok());
    }

    void htmlWithoutAnExtractorSaysSo()
    {
        const ExtractionResult r
            = Importers::extractBytes("<html><body><p>Ciao</p></body></html>", Format::Html, QStringLiteral("a.html"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("web engine")));
    }

    void htmlGoesToTheGivenProviderWhichCreatesItsExtractorOnce()
    {
        int created = 0;
        int pages = 0;
        HtmlExtractorProvider html([&] {
            ++created;
            return std::make_unique<FakeExtractor>(&pages);
        });
        QVERIFY(
            Importers::extractBytes("Plain words make a short article of one paragraph, read without any web engine.",
                Format::Text, QStringLiteral("a.txt"), &html)
                .ok());
        QCOMPARE(created, 0); // text never starts the engine
        QVERIFY(!html.isCreated());
        for (int i = 0; i < 2; ++i) {
            const ExtractionResult r = Importers::extractBytes(
                "<html><body><p>Ciao</p></body></html>", Format::Html, QStringLiteral("a.html"), &html);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QCOMPARE(r->title, QStringLiteral("Fake"));
        }
        QCOMPARE(created, 1);
        QCOMPARE(pages, 2);
        QVERIFY(html.isCreated());
    }

    void markdownGetsALanguageWhenFrontMatterHasNone_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("language");
        QTest::addRow("detected") << QByteArray("# Titre\n\nLa bibliothèque du quartier est restée ouverte pendant "
                                                "l’été, et les bénévoles ont organisé des lectures pour les enfants.\n")
                                  << QStringLiteral("fr");
        QTest::addRow("front matter wins")
            << QByteArray("---\nlang: de\n---\n\nThe library stayed open during the "
                          "summer, and the volunteers organised readings for the children.\n")
            << QStringLiteral("de");
    }

    void markdownGetsALanguageWhenFrontMatterHasNone()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, language);
        const ExtractionResult r = Importers::extractBytes(source, Format::Auto, QStringLiteral("note.md"));
        QVERIFY(r.ok());
        QCOMPARE(r->language, language);
    }

    void markdownCodeKeepsInnerTabsAndLineEndingsAreNormalised()
    {
        const ExtractionResult r = Importers::extractBytes(
            "Build it:\r\n\r\n```tsv\r\nname\tage\r\nAda\t36\r\n```\r\n", Format::Markdown, QStringLiteral("build.md"));
        QVERIFY(r.ok());
        QCOMPARE(r->blocks.last().type, BlockType::Code);
        QCOMPARE(r->blocks.last().text, QStringLiteral("name\tage\nAda\t36"));
    }

    void textGoesThroughThePlainTextPipeline()
    {
        QFile f(QStringLiteral(GLOSSA_TEST_DATA "/ingest/text/en_news_chrome.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QStringEncoder toUtf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QByteArray utf16 = toUtf16(QString::fromUtf8(f.readAll()));
        const ExtractionResult r = Importers::extractBytes(utf16, Format::Auto, QStringLiteral("page.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->language, QStringLiteral("en"));
        QCOMPARE(r->byline, QStringLiteral("Thomas Reed"));
        QCOMPARE(r->blocks.first().type, BlockType::Paragraph);
    }
};

QTEST_GUILESS_MAIN(TstImporters)
#include "tst_importers.moc"
