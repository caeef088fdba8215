// SPDX-License-Identifier: GPL-3.0-or-later
#include "webenginepdfprinter.h"

#include "pdfexporter.h"

#include <QEventLoop>

namespace Glossa::Ui {

WebEnginePdfPrinter::WebEnginePdfPrinter() = default;
WebEnginePdfPrinter::~WebEnginePdfPrinter() = default;

Result<Export::PdfPrint> WebEnginePdfPrinter::print(const Model::Article &article, const Model::Revision &revision,
    const QList<Model::Annotation> &annotations, const Model::Palette &palette, const Export::PdfPrintOptions &options)
{
    if (!m_exporter) {
        m_exporter = std::make_unique<PdfExporter>();
    }
    QEventLoop loop;
    QObject::connect(m_exporter.get(), &PdfExporter::finished, &loop, &QEventLoop::quit);
    m_exporter->start({.article = article,
        .revision = revision,
        .annotations = annotations,
        .palette = palette,
        .pageSize = options.pageSize,
        .path = {},
        .discussion = options.discussion,
        .links = options.links,
        .forPrinting = options.forPrinting});
    if (m_exporter->isRunning()) {
        loop.exec();
    }
    return m_exporter->result();
}

} // namespace Glossa::Ui
