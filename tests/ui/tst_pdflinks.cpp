// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF ends with the article's links: a "Links" list after the article, whose text holds
// each link's relation, the other article's title, both passages (or "the whole article") and a
// dangling link's status, for outgoing links and backlinks; from the window's exporter and from
// `glossa export --format pdf`, which leaves it out with --no-links.
#include "export/exportlinks.h"
#include "export/pdfexporter.h"
#include "export/pdfprinter.h"
#include "helpers/glossaprocess.h"
#include "helpers/linkedlibrary.h"
#include "helpers/pdfreading.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Glossa;
using namespace Qt::StringLiterals;

class TstPdfLinks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    Test::LinkedLibrary m_made;

    QString porti() const { return m_made.ids.value(u"porti"_s); }

    Result<Export::PdfPrint> exportPdf(const Export::ExportLinks &links)
    {
        Ui::PdfExporter exporter;
        QSignalSpy finished(&exporter, &Ui::PdfExporter::finished);
        exporter.start({.article = *m_library.article(porti()),
            .revision = *m_library.currentRevision(porti()),
            .annotations = Export::annotationsToExport(m_library.annotations(porti()), false),
            .palette = m_library.palette(),
            .pageSize = Export::PageSize::A4,
            .path = {},
            .discussion = {},
            .links = links});
        if (!finished.wait(120'000)) {
            return Error {.message = u"the export did not finish"_s};
        }
        return exporter.result();
    }

    Test::Run runExport(const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s),
            QStringList {u"export"_s} + args + QStringList {u"--library"_s, m_dir.filePath(u"lib"_s)});
    }

    static QString textOf(const QByteArray &pdf)
    {
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        return doc ? Test::comparable(Test::pdfText(*doc)) : QString();
    }

    // Checks the Links list in the PDF's text: after the article, with every link.
    void verifyLinks(const QString &text)
    {
        const QString maersk = Test::comparable(Test::relatedPassages().value(u"porti.maersk"_s));
        const qsizetype article = text.indexOf(maersk);
        QVERIFY(article >= 0);
        const qsizetype links = text.indexOf(Test::comparable(u"Links from this article"_s));
        QVERIFY2(links > article, qPrintable(text));
        for (const QString &words : {u"supports"_s, u"Shipping lines rethink their ports"_s,
                 Test::relatedPassages().value(u"shipping.maersk"_s), u"The same news, in two languages."_s, u"cites"_s,
                 u"a deleted article"_s, u"dangling"_s, u"Links to this article"_s, u"elaborates"_s,
                 u"Un'estate nei musei"_s, u"the whole article"_s, Test::relatedPassages().value(u"porti.museo"_s)}) {
            QVERIFY2(text.indexOf(Test::comparable(words), links) > links, qPrintable(words));
        }
        // This article's passage is quoted in the list too, not only in the article.
        QVERIFY(text.indexOf(maersk, links) > links);
        QVERIFY(!text.contains(u"*in two languages*"_s)); // the note's Markdown is rendered
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.filePath(u"lib"_s)));
        m_made = Test::addLinkedArticles(m_library);
        QVERIFY2(m_made.error.isEmpty(), qPrintable(m_made.error));
    }

    void exporterPrintsTheLinksAfterTheArticle()
    {
        const auto links = Export::ExportLinks::read(m_library, porti());
        QVERIFY(links);
        const auto printed = exportPdf(*links);
        QVERIFY2(printed, qPrintable(printed.error().message));
        verifyLinks(textOf(printed->pdf));
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            QFile out(shots + u"/pdf-links.pdf"_s);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(printed->pdf);
        }
    }

    void noLinksPrintNoList()
    {
        const auto printed = exportPdf({});
        QVERIFY2(printed, qPrintable(printed.error().message));
        const QString text = textOf(printed->pdf);
        QVERIFY(!text.contains(Test::comparable(u"Links from this article"_s)));
        QVERIFY(!text.contains(Test::comparable(u"Shipping lines rethink their ports"_s)));
    }

    void commandPrintsTheLinksUnlessAskedNot()
    {
        const QString path = m_dir.filePath(u"cli.pdf"_s);
        const Test::Run run = runExport({porti(), u"--format"_s, u"pdf"_s, u"-o"_s, path, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"links").toInt(), 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        verifyLinks(textOf(file.readAll()));

        const QString without = m_dir.filePath(u"cli-without.pdf"_s);
        const Test::Run plain
            = runExport({porti(), u"--format"_s, u"pdf"_s, u"-o"_s, without, u"--no-links"_s, u"--json"_s});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(QJsonDocument::fromJson(plain.out).object().value(u"links").toInt(), 0);
        QFile plainFile(without);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        QVERIFY(!textOf(plainFile.readAll()).contains(Test::comparable(u"Shipping lines rethink their ports"_s)));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstPdfLinks)
#include "tst_pdflinks.moc"
