// SPDX-License-Identifier: GPL-3.0-or-later
// The web-engine side of `glossa export --format pdf`: Export::PdfPrinter on a PdfExporter, made on
// the first print so commands that print nothing never start the engine. glossa-window gives one
// to the commands it runs (Cli::Context::pdf) and destroys it before the application object.
#pragma once

#include "export/pdfprinter.h"

#include <memory>

namespace Glossa::Ui {

class PdfExporter;

class WebEnginePdfPrinter final : public Export::PdfPrinter
{
public:
    WebEnginePdfPrinter();
    ~WebEnginePdfPrinter() override;
    WebEnginePdfPrinter(const WebEnginePdfPrinter &) = delete;
    WebEnginePdfPrinter &operator=(const WebEnginePdfPrinter &) = delete;

    // Runs an event loop until the PDF is made (or fails).
    Result<Export::PdfPrint> print(const Model::Article &article, const Model::Revision &revision,
        const QList<Model::Annotation> &annotations, const Model::Palette &palette,
        const Export::PdfPrintOptions &options) override;

private:
    std::unique_ptr<PdfExporter> m_exporter;
};

} // namespace Glossa::Ui
