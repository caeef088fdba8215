// SPDX-License-Identifier: GPL-3.0-or-later
// The printed article's page furniture, with Poppler's core API: a footer on every page, in the
// bottom margin the print layout leaves (15 mm), with the article's title and source on the left
// and "page / pages" on the right, as real text (pdftotext and a reader's search find it), and the
// document information. Chromium (Qt WebEngine 6.8, m122) prints no header or footer of a page
// (@page margin boxes came in m131, and QWebEnginePage::printToPdf has no header template), so they
// are written over the pages it printed. Part of glossa_pdf.
#pragma once

#include "export/pdfannotator.h"
#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace Glossa::Export {

// The footer's left part: "Title — source" (a web address as it is, anything else, a file, by its
// name), or the title alone when there is no source.
QString printFooterText(const QString &title, const QString &source);

// Adds the footer to every page of `pdf` (a PDF that Chromium printed): printFooterText(info.title,
// source), cut with "…" to leave room for the page number, and sets the document information from
// `info` (creator "Glossa", /Lang). The footer is set in Helvetica, which every PDF reader has
// without embedding it, so it costs a few hundred bytes a page; Helvetica covers Western European
// text (PDF's WinAnsiEncoding): a footer with letters outside it falls back to the source alone, or
// to the page numbers. A `pdf` Poppler cannot read or write gives an Error.
Result<QByteArray> addPageFooters(const QByteArray &pdf, const PdfDocumentInfo &info, const QString &source);

} // namespace Glossa::Export
