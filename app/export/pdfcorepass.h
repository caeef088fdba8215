// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated-PDF export's last pass, with Poppler's core API (PDFDoc, Annot, XRef): what
// Poppler-Qt6 cannot write. Each annotation object gets its subject (/Subj, its colour's meaning), a
// closed Popup beside it when it has a note, and Highlight and Underline objects an appearance stream
// (/AP) that Poppler itself draws; the catalog gets the document's language (/Lang). Part of glossa_pdf;
// this header names no Poppler type, so only pdfcorepass.cpp sees the core headers.
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Glossa::Export {

// What the core pass adds to the annotation objects named (/NM) by one annotation's id.
struct PdfCoreDetails {
    QString subject; // /Subj: the colour's meaning; empty: none
    bool popup = false; // a closed Popup with the note beside each object
};

// Rewrites `pdf` (the Poppler-Qt6 pass's output) with `details` applied to every annotation object
// whose /NM is one of its keys, an appearance stream for every Highlight and Underline among them,
// and `language` (BCP 47; empty: none) as the catalog's /Lang. Saved by Poppler as an incremental
// update. A `pdf` Poppler cannot read or write gives an Error.
Result<QByteArray> completeAnnotatedPdf(
    const QByteArray &pdf, const QHash<QString, PdfCoreDetails> &details, const QString &language);

} // namespace Glossa::Export
