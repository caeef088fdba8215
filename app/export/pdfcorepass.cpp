// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfcorepass.h"

#include "pdfcoreio.h"

#include <QCoreApplication>

#include <Annot.h>
#include <Error.h>
#include <ErrorCodes.h>
#include <Gfx.h>
#include <GlobalParams.h>
#include <goo/GooString.h>
#include <OutputDev.h>
#include <Page.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <UTF.h>
#include <XRef.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

namespace Glossa::Export {

namespace {

using PdfCore::textString;

// A closed note's popup window, in points, beside its annotation.
constexpr double PopupWidth = 180;
constexpr double PopupHeight = 120;
constexpr double PopupGap = 8;
// How deep appearance forms nest (Poppler's text markup: two or three).
constexpr int MaxFormDepth = 8;

// Draws nothing: Poppler builds a text markup annotation's appearance stream when it draws it.
class NoOutputDev final : public OutputDev
{
public:
    bool upsideDown() override { return false; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
};

QString fromTextString(const GooString &text)
{
    // Poppler 25.03's TextStringToUtf8() keeps a terminating NUL in the string: up to it.
    return QString::fromUtf8(TextStringToUtf8(text.toStr()).c_str());
}

// Poppler 25.03 reads /Subj (AnnotMarkup::getSubject) but has no setter for it, and Annot::update()
// is protected: the key goes into the annotation's own dictionary, which Poppler then writes as a
// modified object (and keeps: its later updates of this annotation write the same dictionary).
void setSubject(Annot &annot, XRef &xref, const QString &subject)
{
    annot.getAnnotObj().getDict()->set("Subj", Object(textString(subject)));
    xref.setModifiedObject(&annot.getAnnotObj(), annot.getRef());
}

// A closed Popup right of the annotation, inside the page; it shows the note (the parent's /Contents)
// when the reader opens it.
void addPopup(PDFDoc &doc, AnnotMarkup &markup, const PDFRectangle &page, const GooString *modified)
{
    const PDFRectangle &at = markup.getRect();
    const double x1 = std::max(page.x1, std::min(at.x2 + PopupGap, page.x2 - PopupWidth));
    const double y1 = std::max(page.y1, std::min(at.y2, page.y2) - PopupHeight);
    PDFRectangle rect(x1, y1, x1 + PopupWidth, y1 + PopupHeight);
    auto popup = std::make_unique<AnnotPopup>(&doc, &rect);
    popup->setOpen(false);
    markup.setPopup(std::move(popup)); // adds it to the markup's page, with the markup as its /Parent
    if (modified && markup.getPopup()) {
        markup.getPopup()->setModified(std::make_unique<GooString>(modified));
    }
}

// A PDF stream is always an indirect object, but Poppler keeps the inner forms of the appearance it
// builds (/Fm0, drawn with the Multiply blend mode) as direct objects in the outer form's resources:
// each becomes an indirect object, innermost first.
void makeFormsIndirect(const Object &form, XRef &xref, int depth)
{
    if (!form.isStream() || depth > MaxFormDepth) {
        return;
    }
    const Object resources = form.streamGetDict()->lookup("Resources");
    const Object xobjects = resources.isDict() ? resources.dictLookup("XObject") : Object(objNull);
    if (!xobjects.isDict()) {
        return;
    }
    Dict *dict = xobjects.getDict();
    for (int i = 0; i < dict->getLength(); ++i) {
        const Object &inner = dict->getValNF(i);
        if (inner.isStream()) {
            makeFormsIndirect(inner, xref, depth + 1);
            const std::string key = dict->getKey(i);
            dict->set(key.c_str(), Object(xref.addIndirectObject(inner)));
        }
    }
}

// Poppler draws a Highlight or Underline from its QuadPoints and colour (AnnotTextMarkup::draw, with
// AnnotAppearanceBuilder) and keeps the form it built in memory; drawing it once and handing that
// form to Annot::setNewAppearance() stores it as the annotation's /AP /N. The form's box reaches past
// the quads (a highlight's rounded ends, an underline's width) and a reader fits a form's box into
// the annotation's /Rect, so the /Rect becomes the box first (Annot::setRect, which drops the form
// the annotation holds: ours is a copy).
bool storeAppearance(Annot &annot, Gfx &gfx, XRef &xref)
{
    annot.draw(&gfx, false);
    Object form = annot.getAppearance();
    if (!form.isStream()) {
        return false;
    }
    const Object box = form.streamGetDict()->lookup("BBox");
    if (box.isArray() && box.arrayGetLength() == 4) {
        annot.setRect(box.arrayGet(0, 0).getNumWithDefaultValue(0), box.arrayGet(1, 0).getNumWithDefaultValue(0),
            box.arrayGet(2, 0).getNumWithDefaultValue(0), box.arrayGet(3, 0).getNumWithDefaultValue(0));
    }
    makeFormsIndirect(form, xref, 0);
    annot.setNewAppearance(std::move(form));
    return true;
}

} // namespace

Result<QByteArray> completeAnnotatedPdf(
    const QByteArray &pdf, const QHash<QString, PdfCoreDetails> &details, const QString &language)
{
    const GlobalParamsIniter params(PdfCore::ignorePopplerError);
    // The document reads `pdf` in place (MemStream does not own it) and owns the stream.
    PDFDoc doc(new MemStream(pdf.constData(), 0, pdf.size(), Object(objNull)));
    if (!doc.isOk()) {
        return Error {0,
            QCoreApplication::translate("Glossa::Export::PdfAnnotator",
                "The annotated PDF cannot be read back (Poppler error %1), so it was not written.")
                .arg(doc.getErrorCode())};
    }
    XRef &xref = *doc.getXRef();
    NoOutputDev device;
    for (int p = 1; p <= doc.getNumPages(); ++p) {
        Page *page = doc.getPage(p);
        Annots *annots = page ? page->getAnnots() : nullptr;
        if (!annots) {
            continue;
        }
        std::unique_ptr<Gfx> gfx;
        // A copy: each popup joins the page's list.
        const std::vector<Annot *> onPage = annots->getAnnots();
        for (Annot *annot : onPage) {
            auto *markup = dynamic_cast<AnnotMarkup *>(annot);
            if (!markup || !annot->getName()) {
                continue;
            }
            const auto it = details.constFind(fromTextString(*annot->getName()));
            if (it == details.cend()) {
                continue;
            }
            // Every update stamps /M with the current time: the annotation's own date is put back.
            const std::unique_ptr<GooString> modified
                = annot->getModified() ? std::make_unique<GooString>(annot->getModified()) : nullptr;
            if (it->popup) {
                addPopup(doc, *markup, *page->getCropBox(), modified.get());
            }
            const Annot::AnnotSubtype type = annot->getType();
            if (type == Annot::typeHighlight || type == Annot::typeUnderline) {
                if (!gfx) {
                    gfx = page->createGfx(&device, 72, 72, 0, true, false, -1, -1, -1, -1, nullptr, nullptr);
                }
                storeAppearance(*annot, *gfx, xref);
            }
            if (!it->subject.isEmpty()) {
                setSubject(*annot, xref, it->subject);
            }
            if (modified) {
                annot->setModified(std::make_unique<GooString>(modified.get()));
            }
        }
    }
    if (!language.isEmpty()) {
        // The catalog has no setter for /Lang: its dictionary gets the key and is written as modified.
        Object catalog = xref.getCatalog();
        if (catalog.isDict()) {
            catalog.dictSet("Lang", Object(textString(language)));
            xref.setModifiedObject(&catalog, xref.getRoot());
        }
    }

    QByteArray bytes;
    bytes.reserve(pdf.size() + pdf.size() / 4);
    PdfCore::ByteArrayOutStream out(&bytes);
    const int saved = doc.saveAs(&out, writeStandard); // an incremental update of `pdf`
    if (saved != errNone) {
        return Error {0,
            QCoreApplication::translate(
                "Glossa::Export::PdfAnnotator", "The annotated PDF could not be written (Poppler error %1).")
                .arg(saved)};
    }
    return bytes;
}

} // namespace Glossa::Export
