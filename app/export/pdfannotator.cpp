// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfannotator.h"

#include <QCoreApplication>

namespace Glossa::Export {

namespace {
// Error::code for a cancelled export: SQLite's codes are positive and Glossa's own refusals 0.
constexpr int CancelledCode = -1;
} // namespace

bool isPdfExportCancelled(const Error &error)
{
    return error.code == CancelledCode;
}

Result<QByteArray> annotatePrintedPdf(const QByteArray &printed, const QString &canonicalText,
    const QList<Model::Annotation> &annotations, const Model::Palette &palette, const PdfDocumentInfo &info,
    PdfAnnotationReport *report, const std::function<bool(int, int)> &progress)
{
    // Interface placeholder: the Poppler pass follows on this branch.
    Q_UNUSED(canonicalText)
    Q_UNUSED(annotations)
    Q_UNUSED(palette)
    Q_UNUSED(info)
    Q_UNUSED(report)
    Q_UNUSED(progress)
    return printed;
}

} // namespace Glossa::Export
