// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF, end to end: a seed article with highlights in several colours, an underline,
// a note whose passage runs over a page break, a note-only annotation and a private note, exported
// through `glossa export --format pdf` and through the window's PdfExporter, then read back with
// Poppler as a PDF reader would.
#include "anchor/placement.h"
#include "cli/cli.h"
#include "cli/command.h"
#include "export/exportdialog.h"
#include "export/exportfilename.h"
#include "export/exportmenu.h"
#include "export/pdfexportcontroller.h"
#include "export/pdfexporter.h"
#include "export/pdfprinter.h"
#include "helpers/glossaprocess.h"
#include "helpers/pdfreading.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "mainwindow.h"
#include "widgets/colorswatch.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

struct Expected {
    QString id;
    QString quote;
    QString note;
    QString color;
    Model::HighlightStyle style = Model::HighlightStyle::Fill;
    Model::AnnotationKind kind = Model::AnnotationKind::Highlight;
    bool isPrivate = false;
};

const QString PrivateWords = u"Fonte riservata Xylofrasco"_s;

} // namespace

class TstPdfExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    Model::Article m_article;
    Model::Revision m_revision;
    QList<Expected> m_expected;

    // The PDF of the library's article through the window's exporter (the library's annotations,
    // as the window chooses them).
    QByteArray exportThroughExporter(Ui::PdfExporter &exporter, Export::PageSize size, bool includePrivate,
        const QString &path = {}, const QList<Model::Annotation> *only = nullptr)
    {
        QSignalSpy finished(&exporter, &Ui::PdfExporter::finished);
        exporter.start({.article = m_article,
            .revision = m_revision,
            .annotations
            = only ? *only : Export::annotationsToExport(m_library.annotations(m_article.id), includePrivate),
            .palette = m_library.palette(),
            .pageSize = size,
            .path = path});
        if (!finished.wait(120'000)) {
            return {};
        }
        return exporter.result() ? exporter.result()->pdf : QByteArray();
    }

    qsizetype find(const QString &quote) const { return m_revision.canonicalText().indexOf(quote); }

    bool annotate(Expected e, qsizetype start, qsizetype end)
    {
        Model::Annotation a = Anchor::exactHighlight(m_revision, start, end);
        a.color = e.color;
        a.style = e.style;
        a.kind = e.kind;
        a.note = e.note;
        a.isPrivate = e.isPrivate;
        a.author = u"Test Reader"_s;
        const auto added = m_library.addAnnotation(a);
        if (!added) {
            return false;
        }
        e.id = *added;
        e.quote = m_revision.canonicalText().mid(start, end - start);
        m_expected << e;
        return true;
    }

    bool annotateQuote(const Expected &e, const QString &quote)
    {
        const qsizetype start = find(quote);
        return start >= 0 && annotate(e, start, start + quote.size());
    }

    // Checks what a PDF reader finds in `pdf`: the annotations, their subtype, colour, note and
    // passage, the private note's absence (or presence), the document info and every page.
    void verifyPdf(const QByteArray &pdf, Export::PageSize size, bool includePrivate)
    {
        QVERIFY(pdf.startsWith("%PDF"));
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        QVERIFY(doc && !doc->isLocked());
        QVERIFY(doc->numPages() >= 2);

        const QHash<QString, QList<Test::PdfAnnotation>> byName = Test::pdfAnnotationsByName(*doc);
        const Model::Palette palette = m_library.palette();
        qsizetype exported = 0;
        for (const Expected &e : std::as_const(m_expected)) {
            if (e.isPrivate && !includePrivate) {
                QVERIFY2(!byName.contains(e.id), "a private annotation was exported");
                continue;
            }
            ++exported;
            QVERIFY2(byName.contains(e.id), qPrintable(u"no PDF annotation for “%1”"_s.arg(e.quote)));
            const QList<Test::PdfAnnotation> &parts = byName[e.id];
            QString covered;
            int previousPage = -1;
            for (const Test::PdfAnnotation &part : parts) {
                QVERIFY(part.page > previousPage); // one annotation per page the passage is on
                previousPage = part.page;
                if (!e.note.isEmpty()) {
                    QCOMPARE(part.annotation->contents().trimmed(), e.note.trimmed());
                }
                if (e.kind == Model::AnnotationKind::Note) {
                    QCOMPARE(part.annotation->subType(), Poppler::Annotation::AText);
                    continue;
                }
                QCOMPARE(part.annotation->subType(), Poppler::Annotation::AHighlight);
                const auto *h = static_cast<const Poppler::HighlightAnnotation *>(part.annotation.get());
                QCOMPARE(h->highlightType(),
                    e.style == Model::HighlightStyle::Underline ? Poppler::HighlightAnnotation::Underline
                                                                : Poppler::HighlightAnnotation::Highlight);
                const QColor expected = Ui::toQColor(palette.color(e.color)->color);
                const QColor actual = part.annotation->style().color();
                QVERIFY2(qAbs(actual.red() - expected.red()) <= 2 && qAbs(actual.green() - expected.green()) <= 2
                        && qAbs(actual.blue() - expected.blue()) <= 2,
                    qPrintable(u"%1 is painted %2, not %3"_s.arg(e.color, actual.name(), expected.name())));
                covered += Test::textUnderQuads(*doc, part.page, h->highlightQuads());
            }
            if (e.kind != Model::AnnotationKind::Note) {
                QCOMPARE(Test::comparable(covered), Test::comparable(e.quote));
            }
        }
        // Nothing else carries a Glossa annotation's name.
        QCOMPARE(qsizetype(byName.size()), exported);

        // The private note is out of the visible layout too, unless it was asked for.
        QCOMPARE(Test::pdfText(*doc).contains(u"Xylofrasco"_s), includePrivate);
        // The notes print in the margin.
        const QString margin = Test::comparable(Test::pdfMarginText(*doc));
        QCOMPARE(margin.contains(Test::comparable(PrivateWords)), includePrivate);
        QVERIFY(margin.contains(Test::comparable(u"Cinquant’anni di sostegno: da verificare le date."_s)));
        QVERIFY(margin.contains(Test::comparable(u"Ambiguità voluta, qui e nella pagina seguente."_s)));

        QCOMPARE(doc->info(u"Title"_s), m_article.title);
        QCOMPARE(doc->info(u"Author"_s), m_article.byline);
        QCOMPARE(doc->info(u"Subject"_s), m_article.site);
        for (const QString &tag : std::as_const(m_article.tags)) {
            QVERIFY(doc->info(u"Keywords"_s).contains(tag));
        }
        // The language (the catalog's /Lang) is read back in tst_pdfannotations, with Poppler's core API.

        const QSizeF paper = size == Export::PageSize::A4 ? QSizeF(595.3, 841.9) : QSizeF(612, 792);
        for (int i = 0; i < doc->numPages(); ++i) {
            const std::unique_ptr<Poppler::Page> page = doc->page(i);
            QVERIFY(qAbs(page->pageSizeF().width() - paper.width()) < 1.0);
            QVERIFY(qAbs(page->pageSizeF().height() - paper.height()) < 1.0);
            const QImage image = page->renderToImage(36, 36);
            QVERIFY(!image.isNull());
            QVERIFY(!page->text(QRectF()).trimmed().isEmpty());
        }
    }

    Test::Run runExport(const QStringList &args)
    {
        return Test::runGlossaAt(m_dir.filePath(u"home"_s),
            QStringList {u"export"_s} + args + QStringList {u"--library"_s, m_dir.filePath(u"lib"_s)});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.filePath(u"lib"_s)));
        QFile seed(QStringLiteral(GLOSSA_TEST_DATA "/seeds/000_2b8deaeb62eeb82e.txt"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const ImportResult imported
            = LibraryImport(&m_library).importBytes(seed.readAll(), Ingest::Format::Text, u"seed-000.txt"_s);
        QVERIFY(imported);
        // The document info carries the byline, site and tags: give the article some.
        m_article = m_library.article(imported->articleId).value_or(Model::Article());
        m_revision = m_library.currentRevision(m_article.id).value_or(Model::Revision());
        QVERIFY(m_article.isValid() && !m_revision.canonicalText().isEmpty());
        QVERIFY(m_library.deleteArticle(m_article.id));
        m_article.id.clear();
        m_revision.id.clear();
        m_article.byline = u"Redazione di prova"_s;
        m_article.site = u"Rivista di geopolitica"_s;
        m_article.tags = {u"russia"_s, u"corea-del-nord"_s};
        m_article.language = u"it"_s;
        QVERIFY(m_library.addArticle(m_article, m_revision));
        m_article = m_library.articles().first();
        m_revision = m_library.currentRevision(m_article.id).value_or(Model::Revision());

        // Where the first page ends, as the print layout breaks it (annotations change no line).
        Ui::PdfExporter exporter;
        const QList<Model::Annotation> none;
        const QByteArray plain = exportThroughExporter(exporter, Export::PageSize::A4, false, {}, &none);
        QVERIFY2(!plain.isEmpty(), exporter.result() ? "" : qPrintable(exporter.result().error().message));
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(plain);
        QVERIFY(doc && doc->numPages() >= 2);
        const auto words = doc->page(0)->textList();
        QVERIFY(words.size() > 20);
        QStringList last;
        for (auto w = words.end() - 4; w != words.end(); ++w) {
            last << QRegularExpression::escape((*w)->text());
        }
        const QRegularExpression lastWords(last.join(u"\\s+"_s));
        const QRegularExpressionMatch m = lastWords.match(m_revision.canonicalText());
        QVERIFY2(m.hasMatch(), qPrintable(last.join(u' ')));
        QVERIFY(!lastWords.match(m_revision.canonicalText(), m.capturedEnd()).hasMatch());
        const qsizetype pageEnd = m.capturedEnd();

        using enum Model::HighlightStyle;
        QVERIFY(annotateQuote({.color = u"important"_s}, u"Vladimir Putin non si recava in Corea del Nord"_s));
        QVERIFY(annotateQuote({.color = u"agree"_s},
            u"Mosca stava ancora cercando il suo posto nel mondo unipolare a trazione statunitense"_s));
        QVERIFY(annotateQuote({.color = u"disagree"_s}, u"tornando a sedurre vecchi alleati come Pyongyang"_s));
        QVERIFY(annotateQuote(
            {.color = u"question"_s, .style = Underline}, u"garantisce una sorta di ambiguità strategica"_s));
        QVERIFY(annotateQuote({.note = u"Cinquant’anni di sostegno: da verificare le date."_s, .color = u"agree"_s},
            u"durante i quasi cinquant’anni di relazioni bilaterali"_s));
        // Over the page break: from two lines before the first page's end to a line after it.
        QVERIFY(annotate({.note = u"Ambiguità voluta, qui e nella pagina seguente."_s, .color = u"definition"_s},
            pageEnd - 120, pageEnd + 80));
        QVERIFY(annotateQuote({.note = u"Una nota senza evidenziatura, sul passaggio della cooperazione."_s,
                                  .color = u"follow-up"_s,
                                  .kind = Model::AnnotationKind::Note},
            u"La rinnovata cooperazione tra Mosca e Pyongyang"_s));
        QVERIFY(annotateQuote({.note = PrivateWords + u": non citare."_s, .color = u"important"_s, .isPrivate = true},
            u"ritorno ad una guerra tradizionale"_s));
    }

    void exporterPrintsTheExportedAnnotationsOnly()
    {
        Ui::PdfExporter exporter;
        QSignalSpy progress(&exporter, &Ui::PdfExporter::progress);
        const QString path = m_dir.filePath(u"window.pdf"_s);
        const QByteArray pdf = exportThroughExporter(exporter, Export::PageSize::A4, false, path);
        QVERIFY2(!pdf.isEmpty(), exporter.result() ? "" : qPrintable(exporter.result().error().message));
        QVERIFY(exporter.result()->report.unplaced.isEmpty());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), pdf);
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            QFile::remove(shots + u"/pdf-export.pdf"_s);
            QFile::copy(path, shots + u"/pdf-export.pdf"_s);
        }
        // Every stage was reported, in order.
        QList<Ui::PdfExporter::Stage> stages;
        for (const QList<QVariant> &signal : std::as_const(progress)) {
            const auto stage = signal.first().value<Ui::PdfExporter::Stage>();
            if (stages.isEmpty() || stages.last() != stage) {
                stages << stage;
            }
        }
        using Stage = Ui::PdfExporter::Stage;
        QCOMPARE(stages, (QList<Stage> {Stage::Loading, Stage::Printing, Stage::Annotating, Stage::Writing}));
        verifyPdf(pdf, Export::PageSize::A4, false);
    }

    void privateNotesAreExportedWhenAsked()
    {
        Ui::PdfExporter exporter;
        const QByteArray pdf = exportThroughExporter(exporter, Export::PageSize::Letter, true);
        QVERIFY(!pdf.isEmpty());
        verifyPdf(pdf, Export::PageSize::Letter, true);
    }

    void commandWritesTheAnnotatedPdf_data()
    {
        QTest::addColumn<QString>("pageSize");
        QTest::addColumn<bool>("includePrivate");
        QTest::addRow("A4") << u"A4"_s << false;
        QTest::addRow("Letter, private included") << u"letter"_s << true;
    }

    void commandWritesTheAnnotatedPdf()
    {
        QFETCH(QString, pageSize);
        QFETCH(bool, includePrivate);
        const QString path = m_dir.filePath(u"cli-%1.pdf"_s.arg(pageSize));
        QStringList args {
            m_article.id, u"--format"_s, u"pdf"_s, u"-o"_s, path, u"--page-size"_s, pageSize, u"--json"_s};
        if (includePrivate) {
            args << u"--include-private"_s;
        }
        const Test::Run run = runExport(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(u"file").toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(report.value(u"annotations").toInt(), includePrivate ? 8 : 7);
        QCOMPARE(report.value(u"privateLeftOut").toInt(), includePrivate ? 0 : 1);
        QCOMPARE(report.value(u"underlines").toInt(), 1);
        QVERIFY(report.value(u"unplaced").toArray().isEmpty());
        const Export::PageSize size = Export::pageSizeFromName(pageSize).value_or(Export::PageSize::A4);
        QCOMPARE(report.value(u"pageSize").toString(), Export::pageSizeName(size));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        verifyPdf(file.readAll(), size, includePrivate);
    }

    void commandFollowsThePaperOfTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("pageSize");
        QTest::addRow("United States") << u"en_US.UTF-8"_s << u"Letter"_s;
        QTest::addRow("Italy") << u"it_IT.UTF-8"_s << u"A4"_s;
    }

    void commandFollowsThePaperOfTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, pageSize);
        QCOMPARE(Export::pageSizeName(Export::pageSizeFor(QLocale(locale.section(u'.', 0, 0)))), pageSize);
        QProcessEnvironment env = Test::headlessEnvironment(m_dir.filePath(u"home"_s));
        env.insert(u"LC_PAPER"_s, locale);
        env.remove(u"LC_ALL"_s);
        const QString path = m_dir.filePath(u"locale.pdf"_s);
        const Test::Run run = Test::runGlossa({u"export"_s, m_article.id, u"--format"_s, u"pdf"_s, u"-o"_s, path,
                                                  u"--json"_s, u"--library"_s, m_dir.filePath(u"lib"_s)},
            env);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"pageSize").toString(), pageSize);
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QCOMPARE(qRound(doc->page(0)->pageSizeF().width()), pageSize == u"A4" ? 595 : 612);
    }

    // `glossa --library DIR export …` (the library named first) hands the PDF to glossa-window too.
    void commandWithTheLibraryFirst()
    {
        const QString path = m_dir.filePath(u"library-first.pdf"_s);
        const Test::Run run = Test::runGlossaAt(m_dir.filePath(u"home"_s),
            {u"--library"_s, m_dir.filePath(u"lib"_s), u"export"_s, m_article.id, u"--format"_s, u"pdf"_s, u"-o"_s,
                path, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"annotations").toInt(), 7);
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
        QVERIFY(doc);
        QVERIFY(doc->numPages() > 0);
    }

    void commandRefusesAPlaceItCannotWrite_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing folder") << m_dir.filePath(u"no/such/folder/out.pdf"_s) << u"does not exist"_s;
        QTest::addRow("a folder") << m_dir.path() << u"is a folder"_s;
        // Not even root may create a file there.
        QTest::addRow("unwritable folder") << u"/proc/glossa-export-test.pdf"_s << u"cannot be written"_s;
    }

    void commandRefusesAPlaceItCannotWrite()
    {
        QFETCH(QString, path);
        QFETCH(QString, message);
        const Test::Run run = runExport({m_article.id, u"--format"_s, u"pdf"_s, u"-o"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"glossa export: "_s) && run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        if (!QFileInfo(path).isDir()) {
            QVERIFY(!QFileInfo::exists(path));
        }
    }

    void commandSaysWhenTheArticleIsUnknown()
    {
        const QString path = m_dir.filePath(u"unknown.pdf"_s);
        const Test::Run run = runExport({u"No such article anywhere"_s, u"--format"_s, u"pdf"_s, u"-o"_s, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"glossa export: "_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"No such article anywhere"_s));
        QVERIFY(!QFileInfo::exists(path));
    }

    void commandWithoutAPrinterRefusesPdf()
    {
        // Only the executable with a web engine can print: given none, the command says so and
        // writes nothing.
        const QString path = m_dir.filePath(u"no-printer.pdf"_s);
        QCOMPARE(Cli::Cli::run({u"export"_s, m_article.id, u"--format"_s, u"pdf"_s, u"-o"_s, path, u"--library"_s,
                     m_dir.filePath(u"lib"_s)}),
            Cli::ExitFailure);
        QVERIFY(!QFileInfo::exists(path));
    }

    void cancellingLeavesNoFile()
    {
        Ui::PdfExporter exporter;
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        QSignalSpy finished(&exporter, &Ui::PdfExporter::finished);
        // Cancelled while printing, then again while annotating: no file either time.
        for (const auto stage : {Ui::PdfExporter::Stage::Printing, Ui::PdfExporter::Stage::Annotating}) {
            finished.clear();
            const QMetaObject::Connection c
                = connect(&exporter, &Ui::PdfExporter::progress, &exporter, [&](Ui::PdfExporter::Stage s) {
                      if (s == stage) {
                          exporter.cancel();
                      }
                  });
            exporter.start({.article = m_article,
                .revision = m_revision,
                .annotations = Export::annotationsToExport(m_library.annotations(m_article.id), false),
                .palette = m_library.palette(),
                .pageSize = Export::PageSize::A4,
                .path = path});
            QVERIFY(finished.wait(120'000));
            disconnect(c);
            QVERIFY(exporter.wasCancelled());
            QVERIFY(!exporter.result());
            QVERIFY(!QFileInfo::exists(path));
        }
    }

    void windowExplainsAFailedExportAndLeavesNoFile()
    {
        Ui::MainWindow window(&m_library);
        window.show();
        window.openArticleAt(0);
        Ui::ExportMenu *menu = window.exportMenu();
        QVERIFY(menu->pdfAction()->isEnabled());
        QCOMPARE(menu->menu()->title(), u"&Export"_s);
        const QString path = u"/proc/glossa-window-export.pdf"_s;
        QString shown;
        // The message box is modal: read it, then close it.
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        closer.start(100);
        QSignalSpy done(menu->pdf(), &Ui::PdfExportController::done);
        menu->pdf()->start(m_article.id, path, Export::PageSize::A4, false, false);
        QVERIFY(done.wait(120'000));
        QVERIFY2(shown.contains(u"/proc/glossa-window-export.pdf"_s) && shown.contains(u"cannot be written"_s),
            qPrintable(shown));
        QVERIFY(!QFileInfo::exists(path));
    }

    void dialogOffersTheArticlesNameAndTheLocalesPaper() const
    {
        Ui::ExportDialog dialog(Ui::ExportDialog::Format::Pdf, m_article.title, 1);
        QCOMPARE(m_article.title, u"Quanto vale la partnership strategica tra Russia e Corea del Nord?"_s);
        QCOMPARE(QFileInfo(dialog.path()).fileName(), Export::ExportFileName::safeTitle(m_article.title) + u".pdf"_s);
        QVERIFY(QFileInfo(dialog.path()).fileName().startsWith(u"Quanto vale la partnership strategica"_s));
        QCOMPARE(dialog.pageSize(), Export::defaultPageSize());
        QVERIFY(!dialog.includePrivate());
        QVERIFY(dialog.openWhenDone());
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            // As it opens: the title as file name, the locale's paper, private notes left out.
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(shots + u"/pdf-export-dialog.png"_s);
        }
        auto *privateOption = dialog.findChildren<QCheckBox *>().first();
        QVERIFY(privateOption->isEnabled());
        privateOption->setChecked(true);
        QVERIFY(dialog.includePrivate());
        dialog.setPageSize(Export::PageSize::Letter);
        QCOMPARE(dialog.pageSize(), Export::PageSize::Letter);
        // A title with characters no file name may hold.
        QCOMPARE(
            QFileInfo(Ui::ExportDialog::defaultPath(Ui::ExportDialog::Format::Pdf, u"Why: a/b? \"yes\""_s)).fileName(),
            u"Why a b yes.pdf"_s);
        // An article without private notes cannot include any.
        Ui::ExportDialog none(Ui::ExportDialog::Format::Pdf, m_article.title, 0);
        QVERIFY(!none.findChildren<QCheckBox *>().first()->isEnabled());
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstPdfExport)
#include "tst_pdfexport.moc"
