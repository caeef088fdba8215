// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfannotator.h"

#include "pdfcorepass.h"
#include "printedtext.h"
#include "render/notetext.h"
#include "textalignment.h"

#include <poppler-annotation.h>
#include <poppler-converter.h>
#include <poppler-qt6.h>
#include <QBuffer>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

#include <memory>
#include <vector>

namespace Glossa::Export {

namespace {

// Error::code for a cancelled export: SQLite's codes are positive and Glossa's own refusals 0.
constexpr int CancelledCode = -1;
// The sticky note's icon, in points, beside its passage's first line.
constexpr qreal NoteIconSize = 16;
// How far after a note's point its icon looks for a printed word (a point between two words).
constexpr qsizetype NoteSearchWindow = 40;

// The document's text as Poppler reads it, word by word, with every character's box.
PrintedText readPrintedText(const std::vector<std::unique_ptr<Poppler::Page>> &pages)
{
    PrintedText printed;
    for (int p = 0; p < int(pages.size()); ++p) {
        bool newLine = true;
        for (const std::unique_ptr<Poppler::TextBox> &word : pages[p]->textList()) {
            const QString text = word->text();
            QList<QRectF> boxes;
            boxes.reserve(text.size());
            for (int i = 0; i < text.size(); ++i) {
                boxes.append(word->charBoundingBox(i));
            }
            printed.appendWord(text, p, boxes, newLine);
            // nextWord() links the words of one line; a word without a space after it runs on into
            // the next (a style change inside a word).
            newLine = word->nextWord() == nullptr;
            if (newLine || word->hasSpaceAfter()) {
                printed.appendSpace();
            }
        }
    }
    return printed;
}

QColor colorOf(const Model::Palette &palette, const QString &name)
{
    const std::optional<Model::PaletteColor> c = palette.color(name);
    const Model::Rgb rgb = c ? c->color : Model::Palette::fallbackColor();
    return QColor(rgb.red(), rgb.green(), rgb.blue());
}

QRectF normalized(const QRectF &points, const QSizeF &page)
{
    return QRectF(points.x() / page.width(), points.y() / page.height(), points.width() / page.width(),
        points.height() / page.height());
}

void describe(Poppler::Annotation &target, const Model::Annotation &a, const Model::Palette &palette)
{
    target.setUniqueName(a.id);
    target.setAuthor(a.author);
    target.setContents(Render::NoteText::plain(a.note));
    target.setCreationDate(a.created);
    Poppler::Annotation::Style style;
    style.setColor(colorOf(palette, a.color));
    target.setStyle(style);
}

// Called once `target` is on its page: Poppler stamps an annotation it adds or changes with the
// current time, which would say every annotation was modified at export.
void setModified(Poppler::Annotation &target, const Model::Annotation &a)
{
    target.setModificationDate(a.updated.isValid() ? a.updated : a.created);
}

// One Highlight (or Underline) annotation per page the passage covers, one quad per line.
int addHighlight(const std::vector<std::unique_ptr<Poppler::Page>> &pages, const QList<PassageFragment> &fragments,
    const Model::Annotation &a, const Model::Palette &palette)
{
    QMap<int, QList<QRectF>> byPage;
    for (const PassageFragment &f : fragments) {
        byPage[f.page].append(f.rect);
    }
    for (auto it = byPage.cbegin(); it != byPage.cend(); ++it) {
        Poppler::Page &page = *pages[it.key()];
        const QSizeF size = page.pageSizeF();
        Poppler::HighlightAnnotation highlight;
        describe(highlight, a, palette);
        highlight.setHighlightType(a.style == Model::HighlightStyle::Underline
                ? Poppler::HighlightAnnotation::Underline
                : Poppler::HighlightAnnotation::Highlight);
        QList<Poppler::HighlightAnnotation::Quad> quads;
        QRectF bounds;
        for (const QRectF &points : it.value()) {
            const QRectF r = normalized(points, size);
            Poppler::HighlightAnnotation::Quad q {};
            // Clockwise from the top left; Poppler writes them in the order PDF readers expect.
            q.points[0] = r.topLeft();
            q.points[1] = r.topRight();
            q.points[2] = r.bottomRight();
            q.points[3] = r.bottomLeft();
            q.capStart = false;
            q.capEnd = false;
            q.feather = 0.1;
            quads.append(q);
            bounds = bounds.united(r);
        }
        highlight.setHighlightQuads(quads);
        highlight.setBoundary(bounds);
        page.addAnnotation(&highlight);
        setModified(highlight, a);
    }
    return int(byPage.size());
}

// A sticky note in the margin beside the passage's first line.
void addNote(const std::vector<std::unique_ptr<Poppler::Page>> &pages, const PassageFragment &first,
    const Model::Annotation &a, const Model::Palette &palette)
{
    Poppler::Page &page = *pages[first.page];
    const QSizeF size = page.pageSizeF();
    const qreal x = std::max<qreal>(0, first.rect.left() - NoteIconSize - 4);
    const QRectF icon(x, first.rect.top(), NoteIconSize, NoteIconSize);
    Poppler::TextAnnotation note(Poppler::TextAnnotation::Linked);
    describe(note, a, palette);
    note.setTextIcon(QStringLiteral("Note"));
    note.setBoundary(normalized(icon, size));
    page.addAnnotation(&note);
    setModified(note, a);
}

void setInfo(Poppler::Document &document, const PdfDocumentInfo &info)
{
    if (!info.title.isEmpty()) {
        document.setTitle(info.title);
    }
    if (!info.author.isEmpty()) {
        document.setAuthor(info.author);
    }
    if (!info.subject.isEmpty()) {
        document.setSubject(info.subject);
    }
    if (!info.keywords.isEmpty()) {
        document.setKeywords(info.keywords.join(QStringLiteral(", ")));
    }
    document.setCreator(QStringLiteral("Glossa"));
    document.setModificationDate(QDateTime::currentDateTimeUtc());
}

} // namespace

bool isPdfExportCancelled(const Error &error)
{
    return error.code == CancelledCode;
}

Result<QByteArray> annotatePrintedPdf(const QByteArray &printed, const QString &canonicalText,
    const QList<Model::Annotation> &annotations, const Model::Palette &palette, const PdfDocumentInfo &info,
    PdfAnnotationReport *report, const std::function<bool(int, int)> &progress)
{
    PdfAnnotationReport done;
    QHash<QString, PdfCoreDetails> details; // by id: what the core pass adds to the placed ones
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(printed);
    if (!document || document->isLocked()) {
        return Error {0,
            QCoreApplication::translate("Glossa::Export::PdfAnnotator",
                "The printed page is not a PDF Glossa can read, so no annotations were added to it.")};
    }
    std::vector<std::unique_ptr<Poppler::Page>> pages;
    for (int p = 0; p < document->numPages(); ++p) {
        pages.push_back(document->page(p));
        if (!pages.back()) {
            return Error {0,
                QCoreApplication::translate("Glossa::Export::PdfAnnotator",
                    "Page %1 of the printed PDF cannot be read, so no annotations were added.")
                    .arg(p + 1)};
        }
    }

    const PrintedText text = readPrintedText(pages);
    const std::vector<qsizetype> map = alignPrintedText(canonicalText, text.text);
    const int total = int(annotations.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total)) {
            return Error {CancelledCode,
                QCoreApplication::translate("Glossa::Export::PdfAnnotator", "The PDF export was cancelled.")};
        }
        const Model::Annotation &a = annotations.at(i);
        if (!Model::isReaderAnnotation(a)) {
            continue; // comments print in the appendix, not as annotations; a link's anchor is its link's
        }
        // A note may mark a point rather than a passage: its sticky note goes by the words there.
        const qsizetype end = a.kind == Model::AnnotationKind::Note && a.anchor.start >= 0
            ? std::max(a.anchor.end, a.anchor.start + 1)
            : a.anchor.end;
        QList<PassageFragment> fragments = passageFragments(text, map, a.anchor.start, end);
        if (fragments.isEmpty() && a.kind == Model::AnnotationKind::Note && a.anchor.start >= 0) {
            fragments = passageFragments(text, map, a.anchor.start, a.anchor.start + NoteSearchWindow);
        }
        if (fragments.isEmpty()) {
            done.unplaced.append(a.id);
            continue;
        }
        details.insert(a.id, {palette.labelFor(a.color), !Render::NoteText::plain(a.note).isEmpty()});
        if (a.kind == Model::AnnotationKind::Note) {
            addNote(pages, fragments.first(), a, palette);
            ++done.notes;
        } else if (a.style == Model::HighlightStyle::Underline) {
            done.underlines += addHighlight(pages, fragments, a, palette);
        } else {
            done.highlights += addHighlight(pages, fragments, a, palette);
        }
    }
    if (progress && !progress(total, total)) {
        return Error {CancelledCode,
            QCoreApplication::translate("Glossa::Export::PdfAnnotator", "The PDF export was cancelled.")};
    }

    setInfo(*document, info);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputDevice(&buffer);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        return Error {0,
            QCoreApplication::translate("Glossa::Export::PdfAnnotator",
                "The annotations could not be added to the printed PDF (Poppler error %1).")
                .arg(int(converter->lastError()))};
    }
    Result<QByteArray> complete = completeAnnotatedPdf(bytes, details, info.language);
    if (complete.ok() && report) {
        *report = done;
    }
    return complete;
}

} // namespace Glossa::Export
