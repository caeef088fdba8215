// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF ends with the article's discussion: an appendix, printed from the reader page's
// print layout, whose text holds every comment's author, time and body (Markdown rendered, not
// shown as marks), the passage an inline comment is on and the "deleted" place of a tombstone a
// reply needs. The highlights are still all placed on the article's text, and the window's exporter
// and `glossa export --format pdf` print the same appendix; --no-discussion and an empty thread
// print none, from the window's export dialog as from the command.
#include "anchor/placement.h"
#include "export/discussion.h"
#include "export/exportdialog.h"
#include "export/pdfexportcontroller.h"
#include "export/pdfexporter.h"
#include "export/pdfprinter.h"
#include "helpers/glossaprocess.h"
#include "helpers/pdfreading.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "library/undostack.h"

#include <QCheckBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Glossa;
using namespace Qt::StringLiterals;

class TstPdfDiscussion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    Model::Article m_article;
    Model::Revision m_revision;
    QStringList m_highlights;

    QString add(const QString &author, const QString &body, const QString &parent = {},
        std::optional<Model::Annotation> anchor = {})
    {
        Model::Comment c;
        c.articleId = m_article.id;
        c.author = author;
        c.body = body;
        c.parentId = parent;
        const auto id = m_library.addComment(c, std::move(anchor));
        return id ? *id : QString();
    }

    Result<Export::PdfPrint> exportPdf(const Export::Discussion &discussion)
    {
        Ui::PdfExporter exporter;
        QSignalSpy finished(&exporter, &Ui::PdfExporter::finished);
        exporter.start({.article = m_article,
            .revision = m_revision,
            .annotations = Export::annotationsToExport(m_library.annotations(m_article.id), false),
            .palette = m_library.palette(),
            .pageSize = Export::PageSize::A4,
            .path = {},
            .discussion = discussion});
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

    // The index of the first page whose text contains `words`, or -1.
    static int pageWith(const Poppler::Document &doc, const QString &words)
    {
        for (int i = 0; i < doc.numPages(); ++i) {
            if (Test::comparable(doc.page(i)->text(QRectF())).contains(Test::comparable(words))) {
                return i;
            }
        }
        return -1;
    }

    // Checks the appendix in `pdf`: after the article, with every comment.
    void verifyAppendix(const QByteArray &pdf)
    {
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        QVERIFY(doc && !doc->isLocked());
        const QString text = Test::comparable(Test::pdfText(*doc));
        const int lastOfArticle = pageWith(*doc, m_revision.blocks().last().text.left(60));
        QVERIFY(lastOfArticle >= 0);
        const int appendix = pageWith(*doc, u"Discussion"_s);
        QVERIFY2(appendix > lastOfArticle, qPrintable(u"%1 %2"_s.arg(appendix).arg(lastOfArticle)));
        for (const QString &words : {u"Giulia"_s, u"Chi finanzia davvero la cooperazione militare?"_s, u"Marco"_s,
                 u"Nessuno lo dice apertamente."_s, u"Anna"_s, u"Quale ambiguità, esattamente?"_s,
                 u"garantisce una sorta di ambiguità strategica"_s, u"(deleted)"_s, u"Cosa avevi scritto?"_s,
                 u"resolved"_s, u"votes: +1"_s}) {
            QVERIFY2(text.indexOf(Test::comparable(words), text.indexOf(u"Discussion"_s)) > 0, qPrintable(words));
        }
        // Markdown is rendered, not printed as marks: "**davvero**" reads "davvero".
        QVERIFY(!text.contains(u"**"_s));
        QVERIFY(!text.contains(Test::comparable(u"Parole cancellate"_s)));
        // The date as the exports write it.
        const std::optional<Model::Comment> first = m_library.comment(m_library.comments(m_article.id).first().id);
        QVERIFY(first);
        QVERIFY(text.contains(Test::comparable(first->created.toUTC().toString(Qt::ISODate))));
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
        m_article = m_library.article(imported->articleId).value_or(Model::Article());
        m_revision = m_library.currentRevision(m_article.id).value_or(Model::Revision());
        QVERIFY(m_article.isValid() && !m_revision.canonicalText().isEmpty());

        // Highlights on passages the comments quote too: the appendix must not draw them away.
        for (const QString &quote :
            {u"Vladimir Putin non si recava in Corea del Nord"_s, u"garantisce una sorta di ambiguità strategica"_s,
                u"La rinnovata cooperazione tra Mosca e Pyongyang"_s}) {
            const qsizetype start = m_revision.canonicalText().indexOf(quote);
            QVERIFY2(start >= 0, qPrintable(quote));
            Model::Annotation a = Anchor::exactHighlight(m_revision, start, start + quote.size());
            a.color = u"important"_s;
            a.note = quote == u"garantisce una sorta di ambiguità strategica"_s ? u"Una nota al margine."_s : QString();
            const auto added = m_library.addAnnotation(a);
            QVERIFY(added);
            m_highlights << *added;
        }

        const QString question = add(u"Giulia"_s, u"Chi finanzia **davvero** la cooperazione militare?"_s);
        QVERIFY(!question.isEmpty());
        const QString answer = add(u"Marco"_s, u"Nessuno lo dice apertamente.\n\n- Mosca\n- Pyongyang"_s, question);
        QVERIFY(!answer.isEmpty());
        QVERIFY(m_library.voteComment(question, u"Marco"_s, Library::CommentVote::Up));
        QVERIFY(m_library.setCommentResolved(question, true));
        const QString passage = u"garantisce una sorta di ambiguità strategica"_s;
        const qsizetype start = m_revision.canonicalText().indexOf(passage);
        Model::Annotation anchor = Anchor::exactHighlight(m_revision, start, start + passage.size());
        QVERIFY(!add(u"Anna"_s, u"Quale ambiguità, esattamente?"_s, {}, anchor).isEmpty());
        const QString gone = add(u"Luca"_s, u"Parole cancellate"_s);
        QVERIFY(!add(u"Anna"_s, u"Cosa avevi scritto?"_s, gone).isEmpty());
        QVERIFY(m_library.deleteComment(gone));
        m_library.undoStack()->clear();
    }

    void exporterPrintsTheDiscussionAfterTheArticle()
    {
        const auto discussion = Export::Discussion::read(m_library, m_article.id);
        QVERIFY(discussion);
        const auto printed = exportPdf(*discussion);
        QVERIFY2(printed, qPrintable(printed.error().message));
        QVERIFY2(printed->report.unplaced.isEmpty(), qPrintable(printed->report.unplaced.join(u", "_s)));
        QCOMPARE(printed->report.highlights, 3);
        verifyAppendix(printed->pdf);
        if (const QString shots = qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            QFile out(shots + u"/pdf-discussion.pdf"_s);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(printed->pdf);
        }
    }

    void anEmptyThreadPrintsNoAppendix()
    {
        const auto printed = exportPdf({});
        QVERIFY2(printed, qPrintable(printed.error().message));
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(printed->pdf);
        QVERIFY(doc);
        const QString text = Test::pdfText(*doc);
        QVERIFY(!text.contains(u"Discussion"_s));
        QVERIFY(!text.contains(u"Giulia"_s));
    }

    // The window: the export dialog offers the discussion, on by default, and leaving it out
    // prints no appendix.
    void theWindowLeavesTheDiscussionOutWhenAsked()
    {
        for (const auto format : {Ui::ExportDialog::Format::Pdf, Ui::ExportDialog::Format::Markdown,
                 Ui::ExportDialog::Format::WebAnnotations}) {
            Ui::ExportDialog dialog(format, m_article.title, 0);
            auto *option = dialog.findChild<QCheckBox *>(u"includeDiscussion"_s);
            QVERIFY(option && option->isEnabled() && option->isChecked());
            QVERIFY(dialog.includeDiscussion());
            option->setChecked(false);
            QVERIFY(!dialog.includeDiscussion());
        }
        QWidget window;
        Ui::PdfExportController controller(&m_library, &window);
        for (const bool include : {false, true}) {
            const QString path = m_dir.filePath(u"window-%1.pdf"_s.arg(include));
            QSignalSpy done(&controller, &Ui::PdfExportController::done);
            controller.start(m_article.id, path, Export::PageSize::A4, false, false, include);
            QVERIFY(done.wait(120'000));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(file.readAll());
            QVERIFY(doc);
            QCOMPARE(Test::pdfText(*doc).contains(u"Quale ambiguità"_s), include);
        }
    }

    void commandPrintsTheDiscussionUnlessAskedNot()
    {
        const QString path = m_dir.filePath(u"cli.pdf"_s);
        const Test::Run run = runExport({m_article.id, u"--format"_s, u"pdf"_s, u"-o"_s, path, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"comments").toInt(), 4); // the deleted one left out
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        verifyAppendix(file.readAll());

        const QString without = m_dir.filePath(u"cli-without.pdf"_s);
        const Test::Run plain
            = runExport({m_article.id, u"--format"_s, u"pdf"_s, u"-o"_s, without, u"--no-discussion"_s, u"--json"_s});
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        QCOMPARE(QJsonDocument::fromJson(plain.out).object().value(u"comments").toInt(), 0);
        QFile plainFile(without);
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(plainFile.readAll());
        QVERIFY(doc);
        QVERIFY(!Test::pdfText(*doc).contains(u"Quale ambiguità"_s));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstPdfDiscussion)
#include "tst_pdfdiscussion.moc"
