// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexporter.h"

#include "export/discussionhtml.h"
#include "export/linkshtml.h"
#include "export/pdfannotator.h"
#include "export/pdfpagefooter.h"
#include "export/savefile.h"
#include "reader/readerbridge.h"
#include "reader/readerpage.h"
#include "render/pageitems.h"
#include "web/glossascheme.h"
#include "web/readerprofile.h"
#include "web/schemehandler.h"

#include <QLoggingCategory>
#include <QPageSize>
#include <QPointer>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPdfExport, "glossa.ui.export.pdf")

namespace Glossa::Ui {

namespace {

constexpr int PageTimeoutMs = 60'000;

Export::PdfDocumentInfo documentInfo(const Model::Article &article)
{
    Export::PdfDocumentInfo info;
    info.title = article.title;
    info.author = article.byline;
    info.subject = article.site;
    info.language = article.language;
    info.keywords = article.tags;
    return info;
}

} // namespace

PdfExporter::PdfExporter(QObject *parent)
    : QObject(parent)
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("the article's page was not ready to print within %n second(s)", nullptr, PageTimeoutMs / 1000));
    });
}

PdfExporter::~PdfExporter()
{
    if (m_stop) {
        m_stop->store(true);
    }
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    delete m_page; // a page goes before its profile
    m_page = nullptr;
}

QPageLayout PdfExporter::pageLayout(Export::PageSize size)
{
    return pageLayout(
        QPageSize(size == Export::PageSize::Letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait);
}

QPageLayout PdfExporter::pageLayout(const QPageSize &paper, QPageLayout::Orientation orientation)
{
    return QPageLayout(paper, orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

void PdfExporter::ensurePage()
{
    if (m_page) {
        return;
    }
    // A profile of its own: its scheme handler serves the export's page (only the annotations
    // exported), while the window's keeps serving the library's.
    m_profile = new ReaderProfile(nullptr, {}, this);
    m_page = new ReaderPage(m_profile->profile());
    // No view shows the page, so it never draws a frame for the screen (its "ready" waits for two):
    // it is printed once its text is indexed and its annotations are set ("loaded") and its fonts are
    // ready. Printing lays it out for paper, margin notes included (margin.js follows the print media).
    connect(m_page->bridge(), &ReaderBridge::loaded, this, [this](const QString &articleId) {
        if (m_running && articleId == m_job.article.id && m_timeout->isActive()) {
            printWhenFontsAreReady(m_generation);
        }
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok && m_running && m_timeout->isActive()) {
            fail(tr("the article's page could not be loaded for printing"));
        }
    });
}

void PdfExporter::printWhenFontsAreReady(int generation)
{
    m_page->runJavaScript(QStringLiteral("document.fonts ? document.fonts.status : 'loaded'"),
        [self = QPointer<PdfExporter>(this), generation](const QVariant &status) {
            if (!self || generation != self->m_generation || !self->m_running || self->m_cancelled) {
                return;
            }
            if (status.toString() == u"loaded") {
                self->print();
            } else {
                QTimer::singleShot(50, self, [self, generation] {
                    if (self) {
                        self->printWhenFontsAreReady(generation);
                    }
                });
            }
        });
}

void PdfExporter::start(Job job)
{
    if (m_running) {
        qCWarning(lcPdfExport) << "an export is already running";
        return;
    }
    m_running = true;
    m_cancelled = false;
    ++m_generation;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_result = Error {};
    ensurePage();
    m_profile->schemeHandler()->setArticlePage(SchemeHandler::ArticlePage {
        .article = job.article,
        .revision = job.revision,
        .state = Render::PageItems::stateJson(job.annotations, job.palette),
        .appendix = Export::DiscussionHtml::appendix(job.discussion) + Export::LinksHtml::appendix(job.links),
    });
    const QUrl url = articleUrl(job.article.id);
    m_job = std::move(job);
    Q_EMIT progress(Stage::Loading, 0, 1);
    m_timeout->start(PageTimeoutMs);
    m_page->load(url);
}

void PdfExporter::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    m_stop->store(true);
    if (m_worker) {
        return; // the annotation pass stops at its next annotation, then annotated() finishes
    }
    m_timeout->stop();
    m_page->triggerAction(QWebEnginePage::Stop);
    finish(Error {.message = tr("the export was cancelled")});
}

void PdfExporter::print()
{
    m_timeout->stop();
    m_timeout->start(PageTimeoutMs);
    Q_EMIT progress(Stage::Printing, 0, 1);
    QPointer<PdfExporter> self(this);
    const int generation = m_generation;
    m_page->printToPdf(
        [self, generation](const QByteArray &printed) {
            if (!self || generation != self->m_generation || !self->m_running || self->m_cancelled) {
                return;
            }
            self->m_timeout->stop();
            if (printed.isEmpty()) {
                self->fail(tr("the web engine could not print the article"));
                return;
            }
            self->annotate(printed);
        },
        m_job.layout.isValid() ? m_job.layout : pageLayout(m_job.pageSize));
}

void PdfExporter::annotate(const QByteArray &printed)
{
    Q_EMIT progress(Stage::Annotating, 0, int(m_job.annotations.size()));
    // Placing a thousand annotations takes a while: a worker does it, so the window answers and
    // Cancel works meanwhile.
    auto outcome = std::make_shared<std::optional<Result<Export::PdfPrint>>>();
    const int generation = m_generation;
    m_worker = QThread::create([this, printed, job = m_job, stop = m_stop, outcome, generation] {
        Export::PdfAnnotationReport report;
        int lastShown = -1;
        const auto progress = [&](int done, int total) {
            // At most a hundred steps reach the event loop.
            const int percent = total > 0 ? done * 100 / total : 100;
            if (percent != lastShown) {
                lastShown = percent;
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total, generation] {
                        if (generation == m_generation && m_running) {
                            Q_EMIT this->progress(Stage::Annotating, done, total);
                        }
                    },
                    Qt::QueuedConnection);
            }
            return !stop->load();
        };
        Result<QByteArray> pdf = job.forPrinting
            ? Export::addPageFooters(printed, documentInfo(job.article), job.article.source)
            : Export::annotatePrintedPdf(printed, job.revision.canonicalText(), job.annotations, job.palette,
                  documentInfo(job.article), &report, progress);
        if (!pdf) {
            outcome->emplace(pdf.error());
            return;
        }
        outcome->emplace(Export::PdfPrint {.pdf = *pdf, .report = report});
    });
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        annotated(outcome->has_value() ? **outcome : Result<Export::PdfPrint>(Error {}));
    });
    m_worker->start();
}

void PdfExporter::annotated(Result<Export::PdfPrint> result)
{
    if (m_cancelled) {
        finish(Error {.message = tr("the export was cancelled")});
        return;
    }
    if (!result) {
        fail(m_job.forPrinting ? result.error().message
                               : tr("the printed article could not be annotated: %1").arg(result.error().message));
        return;
    }
    if (!m_job.path.isEmpty()) {
        Q_EMIT progress(Stage::Writing, 0, 1);
        if (const Status written = Export::SaveFile::write(m_job.path, result->pdf); !written) {
            fail(written.error().message);
            return;
        }
    }
    finish(std::move(result));
}

void PdfExporter::fail(const QString &message)
{
    m_timeout->stop();
    if (m_stop) {
        m_stop->store(true);
    }
    finish(Error {.message = message});
}

void PdfExporter::finish(Result<Export::PdfPrint> result)
{
    if (!m_running) {
        return;
    }
    m_result = std::move(result);
    m_running = false;
    m_job = {};
    Q_EMIT finished();
}

} // namespace Glossa::Ui
