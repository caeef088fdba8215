// SPDX-License-Identifier: GPL-3.0-or-later
// Reading an exported PDF back with Poppler, the way a PDF reader does: its annotations by name
// (/NM, the Glossa annotation's id) and the text their QuadPoints cover.
#pragma once

#include <poppler-annotation.h>
#include <poppler-qt6.h>
#include <QHash>
#include <QList>
#include <QPolygonF>
#include <QRegularExpression>

#include <memory>

namespace Glossa::Test {

struct PdfAnnotation {
    int page = 0;
    std::shared_ptr<Poppler::Annotation> annotation;
};

// Every annotation of the document that has a name, by name, in page order.
inline QHash<QString, QList<PdfAnnotation>> pdfAnnotationsByName(const Poppler::Document &doc)
{
    QHash<QString, QList<PdfAnnotation>> byName;
    for (int i = 0; i < doc.numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc.page(i);
        for (std::unique_ptr<Poppler::Annotation> &a : page->annotations()) {
            if (!a->uniqueName().isEmpty()) {
                byName[a->uniqueName()].append({i, std::shared_ptr<Poppler::Annotation>(std::move(a))});
            }
        }
    }
    return byName;
}

// The characters of page `index` whose centre lies inside one of `quads` (normalised page
// coordinates, as Poppler gives them), in reading order, words separated by a space.
inline QString textUnderQuads(
    const Poppler::Document &doc, int index, const QList<Poppler::HighlightAnnotation::Quad> &quads)
{
    const std::unique_ptr<Poppler::Page> page = doc.page(index);
    const QSizeF size = page->pageSizeF();
    QList<QPolygonF> areas;
    for (const auto &q : quads) {
        QPolygonF polygon;
        for (const QPointF &p : q.points) {
            polygon << QPointF(p.x() * size.width(), p.y() * size.height());
        }
        areas << polygon;
    }
    QString text;
    for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
        QString word;
        for (int c = 0; c < box->text().size(); ++c) {
            const QPointF centre = box->charBoundingBox(c).center();
            for (const QPolygonF &area : areas) {
                if (area.containsPoint(centre, Qt::OddEvenFill)) {
                    word += box->text().at(c);
                    break;
                }
            }
        }
        if (!word.isEmpty()) {
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
    }
    return text;
}

// The text of every page, joined.
inline QString pdfText(const Poppler::Document &doc)
{
    QString text;
    for (int i = 0; i < doc.numPages(); ++i) {
        text += doc.page(i)->text(QRectF()) + u'\n';
    }
    return text;
}

// The text of every page's right-hand third, where the margin notes print, joined.
inline QString pdfMarginText(const Poppler::Document &doc)
{
    QString text;
    for (int i = 0; i < doc.numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = doc.page(i);
        const QSizeF size = page->pageSizeF();
        text += page->text(QRectF(size.width() * 2 / 3, 0, size.width() / 3, size.height())) + u'\n';
    }
    return text;
}

// Text compared as a reader sees it: line and page breaks, spacing and hyphenation at a line's end
// do not count, every letter does.
inline QString comparable(QString text)
{
    text.remove(QChar(0x00AD));
    text.remove(QRegularExpression(QStringLiteral("[\\s\\-\\x{2010}]+")));
    return text;
}

} // namespace Glossa::Test
