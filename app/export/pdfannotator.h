// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated-PDF export's second pass: real PDF annotation objects (Highlight, Underline, Text)
// written with Poppler over the pages Chromium printed from the reader page, so any PDF reader shows
// and lists them, and a later import can recognise them by their name (/NM, the annotation's id).
// Part of the glossa_pdf library (Qt Core + Poppler-Qt6, which brings Qt Gui, and Poppler's core
// API): the window and the tests link it, the Qt-Core-only `glossa` executable does not.
#pragma once

#include "model/annotation.h"
#include "model/palette.h"
#include "model/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Glossa::Export {

// The document information the exported PDF carries (its creator is always "Glossa").
struct PdfDocumentInfo {
    QString title;
    QString author; // the byline
    QString subject;
    // BCP 47 ("en", "fr-CA"): the catalog's /Lang (Chromium, Skia/PDF m122, writes none from
    // <html lang>). Empty: none.
    QString language;
    QStringList keywords; // the article's tags
};

// What annotatePrintedPdf() wrote.
struct PdfAnnotationReport {
    int highlights = 0; // Highlight annotations written (fill style)
    int underlines = 0; // Underline annotations written (underline style)
    int notes = 0; // Text (sticky note) annotations written, for notes without a highlight
    QStringList unplaced; // ids of annotations whose passage was not found in the PDF's text
};

// Adds real annotation objects for `annotations` (already filtered: no private ones unless asked;
// anchors are UTF-16 offsets into `canonicalText`) to `printed`, a PDF that Chromium printed from
// the reader page, and sets its document info (creator "Glossa"). `progress(done, total)` is called
// as annotations are placed; returning false cancels, and the result is then an Error whose message
// says the export was cancelled (isPdfExportCancelled() recognises it). Returns the new PDF's bytes.
// An annotation whose passage cannot be found in the printed text is left out and listed in
// `report->unplaced`; a `printed` that Poppler cannot read gives an Error. A passage across a page
// break is one annotation object per page, all with the annotation's id as their name.
// Each object's subject (/Subj) is its colour's meaning; one with a note has a closed Popup beside
// it; Highlight and Underline objects carry the appearance stream (/AP) Poppler draws for them.
// Poppler-Qt6 writes the objects, Poppler's core API the rest (pdfcorepass.h).
Result<QByteArray> annotatePrintedPdf(const QByteArray &printed, const QString &canonicalText,
    const QList<Model::Annotation> &annotations, const Model::Palette &palette, const PdfDocumentInfo &info,
    PdfAnnotationReport *report = nullptr, const std::function<bool(int, int)> &progress = {});

// Whether `error` is the one annotatePrintedPdf() returns when `progress` cancelled it.
bool isPdfExportCancelled(const Error &error);

} // namespace Glossa::Export
