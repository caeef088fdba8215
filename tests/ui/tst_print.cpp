// SPDX-License-Identifier: GPL-3.0-or-later
// File › Print: the article laid out as the annotated PDF export lays it out, as vector text with
// a footer (title, source, page numbers), written to the file "Print to File" names; and what the
// print spooler is told for a real printer.
#include "export/printcontroller.h"
#include "helpers/glossaprocess.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"

#include <poppler-qt6.h>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageRanges>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

using namespace Glossa;

class TstPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printingToAFileWritesTextWithPageNumbersAndNotesInTheMargin()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir.filePath(QStringLiteral("lib"))));
        library.addSampleArticles();
        const Model::Article article = library.articles().at(1);
        const Model::Revision revision = *library.currentRevision(article.id);
        const QString quote = QStringLiteral("giallo per le affermazioni centrali");
        const qsizetype start = revision.canonicalText().indexOf(quote);
        QVERIFY(start >= 0);
        Model::Annotation a;
        a.articleId = article.id;
        a.revisionId = revision.id;
        a.color = QStringLiteral("important");
        a.note = QStringLiteral("Nota stampata a margine");
        a.selector.exact = quote;
        a.anchor = {start, start + quote.size(), 1.0, Model::AnchorStatus::Exact};
        QVERIFY(library.addAnnotation(a));

        const QString pdf = qEnvironmentVariableIsSet("GLOSSA_TEST_SCREENSHOTS")
            ? qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS") + QStringLiteral("/print.pdf")
            : dir.filePath(QStringLiteral("print.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QWidget window;
        Ui::PrintController controller(&library, &window);
        QSignalSpy done(&controller, &Ui::PrintController::done);
        controller.print(article.id, &printer);
        QVERIFY(done.wait(120'000));
        QVERIFY(done.first().first().toBool());

        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        // Text and vectors, not pictures of pages (which is what printing through QPrinter made).
        QVERIFY(
            !QRegularExpression(QStringLiteral("/Subtype\\s*/Image\\b")).match(QString::fromLatin1(bytes)).hasMatch());

        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
        QVERIFY(doc && !doc->isLocked());
        const int pages = doc->numPages();
        QVERIFY(pages >= 1);
        QCOMPARE(doc->title(), article.title);
        const QString first = doc->page(0)->text(QRectF());
        QVERIFY2(first.contains(article.title), qPrintable(first.left(500)));
        // Poppler reads the footer's "1 / 2" as "1/2".
        QVERIFY2(QString(first).remove(u' ').contains(QStringLiteral("1/%1").arg(pages)), qPrintable(first.right(300)));
        const QString last = doc->page(pages - 1)->text(QRectF());
        QVERIFY2(QString(last).remove(u' ').contains(QStringLiteral("%1/%1").arg(pages)), qPrintable(last.right(300)));
        // The footer names the article on every page, the last one included, in its bottom margin.
        QVERIFY2(last.contains(article.title.left(20)), qPrintable(last.right(300)));
        const QSizeF size = doc->page(pages - 1)->pageSizeF();
        bool footerInMargin = false;
        for (const std::unique_ptr<Poppler::TextBox> &word : doc->page(pages - 1)->textList()) {
            const bool number
                = word->text() == QString::number(pages) || word->text().endsWith(QStringLiteral("/%1").arg(pages));
            if (number && word->boundingBox().top() > size.height() - 15 / 25.4 * 72) {
                footerInMargin = true;
            }
        }
        QVERIFY(footerInMargin);

        // The note prints in the margin, level with its passage.
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the printed page");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30'000));
        const QString boxes = QString::fromUtf8(p.readAllStandardOutput());
        auto wordBox = [&](const QString &word) {
            const QRegularExpression re(
                QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\"[^>]*>%1</word>").arg(word));
            const auto m = re.match(boxes);
            return m.hasMatch() ? QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QPointF(-1, -1);
        };
        const QPointF note = wordBox(QStringLiteral("stampata"));
        const QPointF passage = wordBox(QStringLiteral("giallo"));
        QVERIFY2(note.x() > 0 && passage.x() > 0, qPrintable(boxes.left(2000)));
        QVERIFY(note.x() > passage.x() + 100); // in the margin, right of the text
        QVERIFY(qAbs(note.y() - passage.y()) < 12.0); // on the passage's line (points)
    }

    void aFileThatCannotBeWrittenIsSaid()
    {
        QTemporaryDir dir;
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir.filePath(QStringLiteral("lib"))));
        library.addSampleArticles();
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("missing/print.pdf")));
        QWidget window;
        Ui::PrintController controller(&library, &window);
        QSignalSpy done(&controller, &Ui::PrintController::done);
        QSignalSpy message(&controller, &Ui::PrintController::message);
        controller.print(library.articles().at(0).id, &printer);
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(!done.first().first().toBool());
        QVERIFY2(message.last().first().toString().contains(QStringLiteral("missing")),
            qPrintable(message.last().first().toString()));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/print.pdf"))));
    }

    void theCommandPrintsTheSameLayoutToAFile()
    {
        QTemporaryDir dir;
        const QString lib = dir.filePath(QStringLiteral("lib"));
        QString id;
        QString title;
        {
            Library library;
            QVERIFY(Test::openNewLibrary(library, lib));
            library.addSampleArticles();
            id = library.articles().at(1).id;
            title = library.articles().at(1).title;
        }
        const QString path = dir.filePath(QStringLiteral("command.pdf"));
        const Test::Run run = Test::runGlossaAt(dir.filePath(QStringLiteral("home")),
            {QStringLiteral("print"), id, QStringLiteral("-o"), path, QStringLiteral("--page-size"),
                QStringLiteral("Letter"), QStringLiteral("--json"), QStringLiteral("--library"), lib});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"pageSize").toString(), QStringLiteral("Letter"));
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QCOMPARE(qRound(doc->page(0)->pageSizeF().width()), 612);
        const QString first = doc->page(0)->text(QRectF());
        QVERIFY2(first.contains(title), qPrintable(first.left(300)));
        QVERIFY2(QString(first).remove(u' ').contains(QStringLiteral("1/%1").arg(doc->numPages())),
            qPrintable(first.right(300)));

        // Without a file to write, the command says what it needs and writes nothing.
        const Test::Run bad = Test::runGlossaAt(
            dir.filePath(QStringLiteral("home")), {QStringLiteral("print"), id, QStringLiteral("--library"), lib});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.startsWith(QStringLiteral("glossa print: ")) && bad.err.contains(QStringLiteral("-o")),
            qPrintable(bad.err));
    }

    void theSpoolerIsToldWhatThePrintDialogSetUp()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setCopyCount(2);
        printer.setCollateCopies(true);
        printer.setPrintRange(QPrinter::PageRange);
        QPageRanges ranges;
        ranges.addRange(2, 3);
        printer.setPageRanges(ranges);
        printer.setColorMode(QPrinter::GrayScale);
        Ui::PrintController::SpoolJob job = Ui::PrintController::spoolJob(printer, QStringLiteral("Titolo"));
        // Two-sided printing is a real printer's (a PDF printer has none): set here as its dialog would.
        job.duplex = QPrinter::DuplexLongSide;
        const QStringList args = Ui::PrintController::spoolerArguments(job, QStringLiteral("/tmp/a.pdf"));
        const QString line = args.join(u' ');
        QVERIFY2(line.contains(QStringLiteral("-n 2 -o collate=true")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("-P 2-3")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("-o sides=two-sided-long-edge")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("-o print-color-mode=monochrome")), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("-t Titolo")), qPrintable(line));
        QCOMPARE(args.last(), QStringLiteral("/tmp/a.pdf"));
        // A single copy of everything on the default printer is told nothing it would not do anyway.
        job = Ui::PrintController::SpoolJob {.title = QStringLiteral("Titolo")};
        QCOMPARE(Ui::PrintController::spoolerArguments(job, QStringLiteral("/tmp/a.pdf")),
            (QStringList {
                QStringLiteral("-t"), QStringLiteral("Titolo"), QStringLiteral("--"), QStringLiteral("/tmp/a.pdf")}));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstPrint)
#include "tst_print.moc"
