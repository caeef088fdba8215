// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagefooter.h"

#include "pdfcoreio.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <Array.h>
#include <Dict.h>
#include <ErrorCodes.h>
#include <GlobalParams.h>
#include <Object.h>
#include <Page.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <XRef.h>

#include <list>
#include <optional>
#include <string>

namespace Glossa::Export {

namespace {

constexpr double PointsPerMm = 72.0 / 25.4;
// The print layout's side margins (PdfExporter::pageLayout), so the footer lines up with the text.
constexpr double SideMargin = 15 * PointsPerMm;
// The footer's baseline, from the page's bottom edge: inside the 15 mm margin, above the 5–6 mm
// that printers cannot reach.
constexpr double Baseline = 9 * PointsPerMm;
constexpr double FontSize = 8;
// Between the footer text and the page number, in points.
constexpr double Gap = 12;
// The resource name of the footer's font (Chromium names its fonts /F0, /F1…).
constexpr const char *FontName = "GlossaFooter";

// The WinAnsiEncoding byte of a character (PDF 32000, annex D.2), or nullopt.
std::optional<unsigned char> winAnsi(char16_t c)
{
    if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c <= 0xff)) {
        return static_cast<unsigned char>(c);
    }
    static constexpr struct {
        char16_t unicode;
        unsigned char byte;
    } Extra[] = {{0x20ac, 0x80}, {0x201a, 0x82}, {0x0192, 0x83}, {0x201e, 0x84}, {0x2026, 0x85}, {0x2020, 0x86},
        {0x2021, 0x87}, {0x02c6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8a}, {0x2039, 0x8b}, {0x0152, 0x8c}, {0x017d, 0x8e},
        {0x2018, 0x91}, {0x2019, 0x92}, {0x201c, 0x93}, {0x201d, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97},
        {0x02dc, 0x98}, {0x2122, 0x99}, {0x0161, 0x9a}, {0x203a, 0x9b}, {0x0153, 0x9c}, {0x017e, 0x9e}, {0x0178, 0x9f}};
    for (const auto &e : Extra) {
        if (e.unicode == c) {
            return e.byte;
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> encode(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        const auto byte = winAnsi(c.unicode());
        if (!byte) {
            return std::nullopt;
        }
        bytes.append(char(*byte));
    }
    return bytes;
}

// Helvetica's advance widths (Adobe's AFM, thousandths of the font size) for ASCII; the other
// WinAnsi characters are mostly accented letters, counted as wide as a digit.
double width(const QByteArray &bytes)
{
    static constexpr short Ascii[95] = {278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
        611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278,
        278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556,
        333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    double total = 0;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        total += b >= 0x20 && b < 0x7f ? Ascii[b - 0x20] : (b == 0x85 || b == 0x97 ? 1000 : 556);
    }
    return total * FontSize / 1000;
}

// `bytes` cut at a word where it can be, with "…", to fit `room` points.
QByteArray elided(QByteArray bytes, double room)
{
    if (width(bytes) <= room) {
        return bytes;
    }
    const QByteArray ellipsis(1, char(0x85));
    while (!bytes.isEmpty() && width(bytes + ellipsis) > room) {
        bytes.chop(1);
    }
    return bytes.isEmpty() ? QByteArray() : bytes.trimmed() + ellipsis;
}

std::string hex(const QByteArray &bytes)
{
    return '<' + bytes.toHex().toStdString() + '>';
}

// A new stream object holding `content`, which `buffers` keeps (Poppler's MemStream does not own
// its bytes, and the stream that would is not exported) until the document is written.
Ref addStream(XRef &xref, std::list<std::string> &buffers, std::string content)
{
    const std::string &kept = buffers.emplace_back(std::move(content));
    auto *dict = new Dict(&xref);
    dict->set("Length", Object(int(kept.size())));
    return xref.addIndirectObject(
        Object(static_cast<Stream *>(new MemStream(kept.data(), 0, Goffset(kept.size()), Object(dict)))));
}

// The page's /Resources as a direct dictionary of its own (a copy of the one it has or inherits),
// with the footer's font among its fonts.
Object resourcesWithFont(Page &page, XRef &xref, Ref font)
{
    Dict *resources = page.getResourceDictCopy(&xref);
    if (!resources) {
        resources = new Dict(&xref);
    }
    const Object fonts = resources->lookup("Font");
    Dict *ownFonts = fonts.isDict() ? fonts.getDict()->copy(&xref) : new Dict(&xref);
    ownFonts->set(FontName, Object(font));
    resources->set("Font", Object(ownFonts));
    return Object(resources);
}

} // namespace

QString printFooterText(const QString &title, const QString &source)
{
    // A web address is where the article can be found again; a file's folder (or the sample
    // library's resource path) says nothing to a reader of the paper.
    QString shown = source.trimmed();
    const QUrl url(shown);
    if (!shown.isEmpty() && url.host().isEmpty()) {
        shown = QFileInfo(url.isLocalFile() ? url.toLocalFile() : shown).fileName();
    }
    const QString name = title.simplified();
    if (shown.isEmpty()) {
        return name;
    }
    return name.isEmpty() ? shown : name + QStringLiteral(" \u2014 ") + shown;
}

Result<QByteArray> addPageFooters(const QByteArray &pdf, const PdfDocumentInfo &info, const QString &source)
{
    const GlobalParamsIniter params(PdfCore::ignorePopplerError);
    std::list<std::string> buffers; // the new streams' bytes, which outlive the document
    PDFDoc doc(new MemStream(pdf.constData(), 0, pdf.size(), Object(objNull)));
    if (!doc.isOk()) {
        return Error {0,
            QCoreApplication::translate(
                "Glossa::Export::PdfPageFooter", "The printed article cannot be read back (Poppler error %1).")
                .arg(doc.getErrorCode())};
    }
    XRef &xref = *doc.getXRef();

    QByteArray text = encode(printFooterText(info.title, source))
                          .value_or(encode(printFooterText({}, source)).value_or(QByteArray()));
    auto *fontDict = new Dict(&xref);
    fontDict->set("Type", Object(objName, "Font"));
    fontDict->set("Subtype", Object(objName, "Type1"));
    fontDict->set("BaseFont", Object(objName, "Helvetica"));
    fontDict->set("Encoding", Object(objName, "WinAnsiEncoding"));
    const Ref font = xref.addIndirectObject(Object(fontDict));
    // The page's own content is wrapped in q … Q, so the footer starts from the default user space
    // whatever transformation Chromium's content leaves behind.
    const Ref save = addStream(xref, buffers, "q\n");

    const int pages = doc.getNumPages();
    for (int p = 1; p <= pages; ++p) {
        Page *page = doc.getPage(p);
        if (!page) {
            continue;
        }
        const PDFRectangle &box = *page->getMediaBox();
        const QByteArray number = QStringLiteral("%1 / %2").arg(p).arg(pages).toLatin1();
        const double right = box.x2 - SideMargin;
        const double numberX = right - width(number);
        const QByteArray left = elided(text, numberX - Gap - (box.x1 + SideMargin));
        std::string content = "Q q BT /" + std::string(FontName) + ' ' + std::to_string(int(FontSize)) + " Tf 0.35 g ";
        const std::string y = std::to_string(box.y1 + Baseline);
        if (!left.isEmpty()) {
            content += "1 0 0 1 " + std::to_string(box.x1 + SideMargin) + ' ' + y + " Tm " + hex(left) + " Tj ";
        }
        content += "1 0 0 1 " + std::to_string(numberX) + ' ' + y + " Tm " + hex(number) + " Tj ET Q\n";
        const Ref footer = addStream(xref, buffers, std::move(content));

        Object pageObj = xref.fetch(page->getRef());
        if (!pageObj.isDict()) {
            continue;
        }
        auto *contents = new Array(&xref);
        contents->add(Object(save));
        const Object &old = pageObj.dictLookupNF("Contents");
        if (old.isArray()) {
            for (int i = 0; i < old.arrayGetLength(); ++i) {
                contents->add(old.arrayGetNF(i).copy());
            }
        } else if (old.isRef()) {
            contents->add(old.copy());
        }
        contents->add(Object(footer));
        pageObj.dictSet("Contents", Object(contents));
        pageObj.dictSet("Resources", resourcesWithFont(*page, xref, font));
        xref.setModifiedObject(&pageObj, page->getRef());
    }

    if (!info.title.isEmpty()) {
        doc.setDocInfoTitle(PdfCore::textString(info.title));
    }
    if (!info.author.isEmpty()) {
        doc.setDocInfoAuthor(PdfCore::textString(info.author));
    }
    if (!info.subject.isEmpty()) {
        doc.setDocInfoSubject(PdfCore::textString(info.subject));
    }
    if (!info.keywords.isEmpty()) {
        doc.setDocInfoKeywords(PdfCore::textString(info.keywords.join(QStringLiteral(", "))));
    }
    doc.setDocInfoCreator(PdfCore::textString(QStringLiteral("Glossa")));
    if (!info.language.isEmpty()) {
        Object catalog = xref.getCatalog();
        if (catalog.isDict()) {
            catalog.dictSet("Lang", Object(PdfCore::textString(info.language)));
            xref.setModifiedObject(&catalog, xref.getRoot());
        }
    }

    QByteArray bytes;
    bytes.reserve(pdf.size() + pages * 512);
    PdfCore::ByteArrayOutStream out(&bytes);
    if (const int saved = doc.saveAs(&out, writeStandard); saved != errNone) {
        return Error {0,
            QCoreApplication::translate(
                "Glossa::Export::PdfPageFooter", "The printed article could not be written (Poppler error %1).")
                .arg(saved)};
    }
    return bytes;
}

} // namespace Glossa::Export
