// SPDX-License-Identifier: GPL-3.0-or-later
// Printing the reader page: the article with its highlights and margin notes, on paper (a PDF here).
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"
#include "mainwindow.h"
#include "reader/readercontroller.h"
#include "reader/readerview.h"

#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWebEnginePage>

using namespace Glossa;

class TstPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsThePageWithItsNotes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Library library;
        QVERIFY(Test::openNewLibrary(library, dir.filePath(QStringLiteral("lib"))));
        library.addSampleArticles();
        const Model::Article article = library.articles().at(1);
        const Model::Revision revision = *library.currentRevision(article.id);
        const QString quote = QStringLiteral("il giallo per le affermazioni centrali");
        const qsizetype start = revision.canonicalText().indexOf(quote);
        Model::Annotation a;
        a.articleId = article.id;
        a.revisionId = revision.id;
        a.color = QStringLiteral("important");
        a.note = QStringLiteral("Nota stampata a margine");
        a.selector.exact = quote;
        a.anchor = {start, start + quote.size(), 1.0, Model::AnchorStatus::Exact};
        QVERIFY(library.addAnnotation(a));

        Ui::MainWindow window(&library);
        window.show();
        QSignalSpy painted(window.reader(), &Ui::ReaderView::articlePainted);
        window.openArticleAt(1);
        QVERIFY(painted.wait(60'000));
        QTest::qWait(300); // the annotations message follows the paint

        const QString pdf = qEnvironmentVariableIsSet("GLOSSA_TEST_SCREENSHOTS")
            ? qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS") + QStringLiteral("/print.pdf")
            : dir.filePath(QStringLiteral("print.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        QSignalSpy done(window.reader(), &QWebEngineView::printFinished);
        window.reader()->print(&printer);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 60'000);
        QVERIFY(done.first().first().toBool());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 10'000);

        // The same print layout as vector text (QPrinter output above is rasterised by Qt): the note
        // prints in the margin, level with its passage. Compare the word boxes.
        const QString vectorPdf = dir.filePath(QStringLiteral("vector.pdf"));
        QSignalSpy written(window.reader()->page(), &QWebEnginePage::pdfPrintingFinished);
        window.reader()->page()->printToPdf(vectorPdf);
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 60'000);
        QVERIFY(written.first().at(1).toBool());
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed to read the printed page");
        QProcess p;
        p.start(pdftotext,
            {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                QStringLiteral("1"), vectorPdf, QStringLiteral("-")});
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
};

GLOSSA_WEBENGINE_TEST_MAIN(TstPrint)
#include "tst_print.moc"
