// SPDX-License-Identifier: GPL-3.0-or-later
// What the app layer needs from a web engine to export an annotated PDF: print an article's reader
// page (its print layout: highlight colours, notes in the margin) and put real PDF annotations on
// top. The app layer never includes WebEngine: ui/export/ implements this interface, and the
// `glossa export --format pdf` command is handed one in its Cli::Context.
// What goes into the PDF (which annotations, which paper) is decided here, so the command and the
// window's File › Export › Annotated PDF… agree.
#pragma once

#include "export/discussion.h"
#include "export/exportlinks.h"
#include "export/pdfannotator.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/palette.h"
#include "model/result.h"
#include "model/revision.h"

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace Glossa::Export {

enum class PageSize { A4, Letter };

// "A4" or "Letter".
QString pageSizeName(PageSize size);
// Reads "A4" or "Letter" (any case); nullopt for anything else.
std::optional<PageSize> pageSizeFromName(QStringView name);
// The paper a locale's country uses: Letter in the United States, Canada, Mexico, the Philippines
// and the Central and South American countries that use it (CLDR's list), A4 everywhere else.
PageSize pageSizeFor(const QLocale &locale);
// The paper the person's locale uses: LC_ALL, then LC_PAPER, then the system locale.
PageSize defaultPageSize();

// The annotations a PDF carries: highlights and notes anchored in the current text (orphans have
// no passage to mark; inline comments' anchors belong to the thread, as in the Markdown export),
// without private ones unless `includePrivate`. In text order (Model::sortInTextOrder).
QList<Model::Annotation> annotationsToExport(const QList<Model::Annotation> &annotations, bool includePrivate);

struct PdfPrintOptions {
    PageSize pageSize = PageSize::A4;
    // The thread printed as the layout's last part (DiscussionHtml::appendix); empty: no appendix.
    Discussion discussion;
    // The links printed after it (LinksHtml::appendix); empty: no links appendix.
    ExportLinks links;
    // The print layout of File › Print rather than the annotated export: a footer on every page
    // (title, source, page numbers) and no PDF annotation objects.
    bool forPrinting = false;
};

// The annotated PDF, and what its annotation pass wrote (annotatePrintedPdf's report).
struct PdfPrint {
    QByteArray pdf;
    PdfAnnotationReport report;
};

class PdfPrinter
{
public:
    virtual ~PdfPrinter() = default;
    // Blocking: returns the annotated PDF of `article`'s current `revision` showing `annotations`
    // (already chosen with annotationsToExport) in `palette`'s colours, or why it could not be made.
    virtual Result<PdfPrint> print(const Model::Article &article, const Model::Revision &revision,
        const QList<Model::Annotation> &annotations, const Model::Palette &palette, const PdfPrintOptions &options)
        = 0;
};

} // namespace Glossa::Export
