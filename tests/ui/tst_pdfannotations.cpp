// SPDX-License-Identifier: GPL-3.0-or-later
// The annotated PDF's annotation objects: the reader page of seed article 000 is printed by
// Chromium (QWebEnginePage::printToPdf, A4, as `glossa --screenshot FILE.pdf` prints it), then
// annotatePrintedPdf() adds a Highlight or Underline per highlight and a Text note per note. Poppler
// reads the result back: each annotation's quads must cover exactly its quote, on every line and
// page it spans, with its colour, note, author, dates and id; Poppler's core API reads what
// Poppler-Qt6 cannot: each object's subject, its Popup, its appearance stream, and the language.
#include "export/pdfannotator.h"
#include "helpers/testlibrary.h"
#include "helpers/uitestmain.h"
#include "library/library.h"
#include "library/libraryimport.h"
#include "mainwindow.h"
#include "reader/readerview.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>

#include <Annot.h>
#include <GlobalParams.h>
#include <Page.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <UTF.h>
#include <XRef.h>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

// A quad's bounding rectangle in points.
QRectF boundsOf(const Poppler::HighlightAnnotation::Quad &q, const QSizeF &page)
{
    qreal left = 1;
    qreal top = 1;
    qreal right = 0;
    qreal bottom = 0;
    for (const QPointF &p : q.points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    return QRectF(
        QPointF(left * page.width(), top * page.height()), QPointF(right * page.width(), bottom * page.height()));
}

// The text Poppler reads under a highlight's quads, line after line.
QString textUnder(const Poppler::Page &page, const Poppler::HighlightAnnotation &highlight)
{
    QStringList parts;
    for (const Poppler::HighlightAnnotation::Quad &q : highlight.highlightQuads()) {
        parts.append(page.text(boundsOf(q, page.pageSizeF())));
    }
    return parts.join(u' ');
}

struct Placed {
    QString name;
    int page = 0;
    std::unique_ptr<Poppler::Annotation> annotation;
};

// The parts of the annotation named `name`, in page order.
QList<const Placed *> partsOf(const std::vector<Placed> &placed, const QString &name)
{
    QList<const Placed *> parts;
    for (const Placed &p : placed) {
        if (p.name == name) {
            parts.append(&p);
        }
    }
    return parts;
}

// What Poppler's core API reads of one annotation object.
struct CoreAnnotation {
    QString name;
    Annot::AnnotSubtype type = Annot::typeUnknown;
    QString subject;
    QRectF rect; // points, PDF space (y up)
    bool hasPopup = false;
    bool popupOpen = true;
    bool popupOnPage = false; // listed in the page's /Annots
    bool popupParentIsThis = false;
    QRectF popupRect;
    QRectF page; // the page's crop box
    bool appearanceIndirect = false; // /AP /N is a reference to a stream
    bool innerFormsIndirect = true; // the forms its resources draw are references too
    QByteArray appearance; // the drawing operators of the appearance and its inner forms
    QRectF appearanceBox; // its /BBox
};

QString utf8Of(const GooString *text)
{
    // Up to the NUL that Poppler 25.03's TextStringToUtf8() leaves at the end.
    return text ? QString::fromUtf8(TextStringToUtf8(text->toStr()).c_str()) : QString();
}

QRectF rectOf(const PDFRectangle &r)
{
    return QRectF(QPointF(r.x1, r.y1), QPointF(r.x2, r.y2));
}

QByteArray contentOf(const Object &stream)
{
    std::string data;
    stream.getStream()->fillString(data);
    return QByteArray::fromStdString(data);
}

// The annotation objects of `pdf` as Poppler's core API reads them, and the catalog's /Lang.
std::pair<std::vector<CoreAnnotation>, QString> readWithPopplerCore(const QByteArray &pdf)
{
    const GlobalParamsIniter params(nullptr);
    PDFDoc doc(new MemStream(pdf.constData(), 0, pdf.size(), Object(objNull)));
    std::vector<CoreAnnotation> out;
    if (!doc.isOk()) {
        return {out, u"<unreadable>"_s};
    }
    XRef *xref = doc.getXRef();
    for (int p = 1; p <= doc.getNumPages(); ++p) {
        Page *page = doc.getPage(p);
        const std::vector<Annot *> &annots = page->getAnnots()->getAnnots();
        for (Annot *annot : annots) {
            auto *markup = dynamic_cast<AnnotMarkup *>(annot);
            if (!markup) {
                continue;
            }
            CoreAnnotation c;
            c.name = utf8Of(annot->getName());
            c.type = annot->getType();
            c.subject = utf8Of(markup->getSubject());
            c.rect = rectOf(annot->getRect());
            c.page = rectOf(*page->getCropBox());
            if (AnnotPopup *popup = markup->getPopup()) {
                c.hasPopup = true;
                c.popupOpen = popup->getOpen();
                c.popupRect = rectOf(popup->getRect());
                const Object &parent = popup->getAnnotObj().dictLookupNF("Parent");
                c.popupParentIsThis = parent.isRef() && parent.getRef() == annot->getRef();
                // Poppler lists a popup with a parent under its parent only: the page's array has it.
                const Object list = page->getAnnotsObject();
                for (int i = 0; list.isArray() && i < list.arrayGetLength(); ++i) {
                    const Object &entry = list.arrayGetNF(i);
                    c.popupOnPage = c.popupOnPage || (entry.isRef() && entry.getRef() == popup->getRef());
                }
            }
            const Object ap = annot->getAnnotObj().dictLookup("AP");
            const Object normalRef = ap.isDict() ? ap.dictLookupNF("N").copy() : Object(objNull);
            c.appearanceIndirect = normalRef.isRef();
            const Object normal = normalRef.fetch(xref);
            if (normal.isStream()) {
                c.appearance = contentOf(normal);
                const Object box = normal.streamGetDict()->lookup("BBox");
                if (box.isArray() && box.arrayGetLength() == 4) {
                    c.appearanceBox = QRectF(QPointF(box.arrayGet(0, 0).getNumWithDefaultValue(0),
                                                 box.arrayGet(1, 0).getNumWithDefaultValue(0)),
                        QPointF(box.arrayGet(2, 0).getNumWithDefaultValue(0),
                            box.arrayGet(3, 0).getNumWithDefaultValue(0)));
                }
                const Object resources = normal.streamGetDict()->lookup("Resources");
                const Object forms = resources.isDict() ? resources.dictLookup("XObject") : Object(objNull);
                for (int i = 0; forms.isDict() && i < forms.dictGetLength(); ++i) {
                    c.innerFormsIndirect = c.innerFormsIndirect && forms.dictGetValNF(i).isRef();
                    const Object inner = forms.dictGetVal(i);
                    if (inner.isStream()) {
                        c.appearance += '\n' + contentOf(inner);
                    }
                }
            }
            out.push_back(std::move(c));
        }
    }
    const Object lang = xref->getCatalog().dictLookup("Lang");
    return {std::move(out), lang.isString() ? utf8Of(lang.getString()) : QString()};
}

// The colour an appearance stream fills ("rg") or strokes ("RG") with.
QColor appearanceColor(const QByteArray &content, bool fill)
{
    const QRegularExpression op(fill ? u"([\\d.]+) ([\\d.]+) ([\\d.]+) rg"_s : u"([\\d.]+) ([\\d.]+) ([\\d.]+) RG"_s);
    const QRegularExpressionMatch m = op.match(QString::fromLatin1(content));
    if (!m.hasMatch()) {
        return {};
    }
    return QColor::fromRgbF(m.captured(1).toFloat(), m.captured(2).toFloat(), m.captured(3).toFloat());
}

} // namespace

class TstPdfAnnotations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Library m_library;
    Model::Article m_article;
    QString m_text;

    Model::Annotation make(const QString &quote, int occurrence, Model::AnnotationKind kind, const QString &color,
        Model::HighlightStyle style, const QString &note)
    {
        qsizetype start = -1;
        for (int i = 0; i <= occurrence; ++i) {
            start = m_text.indexOf(quote, start + 1);
        }
        Model::Annotation a;
        a.articleId = m_article.id;
        a.revisionId = m_article.currentRevisionId;
        a.kind = kind;
        a.color = color;
        a.style = style;
        a.note = note;
        a.author = u"Ada Lettrice"_s;
        a.created = QDateTime(QDate(2026, 11, 2), QTime(9, 30, 5), QTimeZone::UTC);
        a.updated = QDateTime(QDate(2026, 11, 3), QTime(18, 4, 0), QTimeZone::UTC);
        a.selector.exact = quote;
        a.anchor = {start, start + quote.size(), 1.0, Model::AnchorStatus::Exact};
        return a;
    }

    // The reader page as Chromium prints it, with the library's highlights and margin notes.
    QByteArray print() { return print(m_library, 0); }
    QByteArray print(Library &library, int row)
    {
        Ui::MainWindow window(&library);
        window.show();
        QSignalSpy painted(window.reader(), &Ui::ReaderView::articlePainted);
        window.openArticleAt(row);
        if (!painted.wait(60'000)) {
            return {};
        }
        QTest::qWait(300); // the annotations message follows the paint
        const QString path = m_dir.filePath(u"printed.pdf"_s);
        QSignalSpy written(window.reader()->page(), &QWebEnginePage::pdfPrintingFinished);
        window.reader()->page()->printToPdf(
            path, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
        if (!written.wait(60'000) || !written.first().at(1).toBool()) {
            return {};
        }
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A passage of about a line that the printed page breaks between its first and second page.
    std::pair<qsizetype, qsizetype> passageAcrossFirstPageBreak(const QByteArray &pdf)
    {
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        if (!doc || doc->numPages() < 2) {
            return {-1, -1};
        }
        QStringList firstWords;
        for (const auto &box : doc->page(1)->textList()) {
            firstWords.append(box->text());
            if (firstWords.size() == 4) {
                break;
            }
        }
        const qsizetype atBreak = m_text.indexOf(firstWords.join(u' '));
        if (atBreak < 0) {
            return {-1, -1};
        }
        const qsizetype start = m_text.indexOf(u' ', atBreak - 50) + 1;
        const qsizetype end = m_text.lastIndexOf(u' ', atBreak + 40);
        return {start, end};
    }

    // Every annotation of the document, with its name and page.
    static std::vector<Placed> annotationsOf(const Poppler::Document &doc)
    {
        std::vector<Placed> out;
        for (int p = 0; p < doc.numPages(); ++p) {
            for (std::unique_ptr<Poppler::Annotation> &a : doc.page(p)->annotations()) {
                const QString name = a->uniqueName();
                out.push_back(Placed {name, p, std::move(a)});
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(Test::openNewLibrary(m_library, m_dir.filePath(u"lib"_s)));
        LibraryImport import(&m_library);
        const ImportResult imported
            = import.importFile(QStringLiteral(GLOSSA_TEST_DATA "/seeds/000_2b8deaeb62eeb82e.txt"));
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
        m_article = m_library.article(imported->articleId).value_or(Model::Article {});
        QVERIFY(m_article.isValid());
        m_text = m_library.currentRevision(m_article.id).value_or(Model::Revision {}).canonicalText();
        QVERIFY(!m_text.isEmpty());
    }

    void annotationsCoverTheirPassagesWithTheirDetails()
    {
        const QByteArray plain = print();
        QVERIFY(plain.startsWith("%PDF"));
        const auto [breakStart, breakEnd] = passageAcrossFirstPageBreak(plain);
        QVERIFY(breakStart > 0 && breakEnd > breakStart);

        using Kind = Model::AnnotationKind;
        using Style = Model::HighlightStyle;
        QList<Model::Annotation> annotations;
        // A short passage whose margin note repeats its words (the note prints beside it).
        annotations.append(make(u"Mosca cerca la sponda dei Paesi asiatici"_s, 0, Kind::Highlight, u"important"_s,
            Style::Fill, u"**Mosca** cerca *alleati* in Asia"_s));
        // A whole paragraph: several lines.
        annotations.append(make(u"Erano ventiquattro anni che Vladimir Putin non si recava in Corea del Nord. Era "
                                u"il 2000 e il Presidente della Federazione russa aveva da poco assunto l’incarico."_s,
            0, Kind::Highlight, u"agree"_s, Style::Underline, QString()));
        // Across the first page break.
        Model::Annotation across = make(m_text.sliced(breakStart, breakEnd - breakStart), 0, Kind::Highlight,
            u"question"_s, Style::Fill, u"Continua alla pagina seguente"_s);
        QCOMPARE(across.anchor.start, breakStart);
        annotations.append(across);
        // The third "Corea del Nord" of the article, not the first.
        annotations.append(make(u"Corea del Nord"_s, 2, Kind::Highlight, u"definition"_s, Style::Fill, QString()));
        // A note without a highlight.
        annotations.append(make(u"Partnership strategica"_s, 0, Kind::Note, u"follow-up"_s, Style::Fill,
            u"Una nota senza evidenziazione"_s));
        for (const Model::Annotation &a : annotations) {
            QVERIFY2(a.anchor.start >= 0, qPrintable(a.selector.exact));
        }
        for (Model::Annotation &a : annotations) {
            const Store::Result<QString> id = m_library.addAnnotation(a);
            QVERIFY(id.ok());
            a.id = *id;
        }
        // An orphan: its passage is no longer in the article.
        Model::Annotation orphan = make(u"Mosca"_s, 0, Kind::Highlight, u"important"_s, Style::Fill, QString());
        orphan.id = u"0d6c7c39-5d5a-4c62-9d1e-b1b6a4f0e001"_s;
        orphan.anchor = {};
        annotations.append(orphan);

        const QByteArray printed = print();
        QVERIFY(printed.startsWith("%PDF"));
        Export::PdfDocumentInfo info;
        info.title = m_article.title;
        info.author = u"Carlo Andrea Mercuri"_s;
        info.subject = u"Russia e Corea del Nord"_s;
        info.language = u"it"_s;
        info.keywords = {u"geopolitica"_s, u"Asia"_s};
        Export::PdfAnnotationReport report;
        QList<std::pair<int, int>> steps;
        const Model::Palette palette = m_library.palette();
        const Result<QByteArray> result = Export::annotatePrintedPdf(
            printed, m_text, annotations, palette, info, &report, [&steps](int done, int total) {
                steps.append({done, total});
                return true;
            });
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(steps.first(), std::pair(0, 6));
        QCOMPARE(steps.last(), std::pair(6, 6));
        QCOMPARE(report.highlights, 4); // the passage across the page break is one object per page
        QCOMPARE(report.underlines, 1);
        QCOMPARE(report.notes, 1);
        QCOMPARE(report.unplaced, QStringList {orphan.id});

        if (qEnvironmentVariableIsSet("GLOSSA_TEST_SCREENSHOTS")) {
            QFile out(qEnvironmentVariable("GLOSSA_TEST_SCREENSHOTS") + u"/annotated.pdf"_s);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(*result) == result->size());
        }
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(*result);
        QVERIFY(doc);
        const std::unique_ptr<Poppler::Document> before = Poppler::Document::loadFromData(printed);
        QCOMPARE(doc->numPages(), before->numPages());
        const std::vector<Placed> placed = annotationsOf(*doc);
        QCOMPARE(placed.size(), size_t(6)); // five annotations, one of them on two pages
        QVERIFY(partsOf(placed, orphan.id).isEmpty());

        for (const Model::Annotation &a : std::as_const(annotations).first(5)) {
            const QList<const Placed *> parts = partsOf(placed, a.id);
            QVERIFY2(!parts.isEmpty(), qPrintable(a.selector.exact));
            QStringList under;
            for (const Placed *part : parts) {
                Poppler::Annotation &pa = *part->annotation;
                QCOMPARE(pa.author(), a.author);
                QCOMPARE(pa.creationDate(), a.created);
                QCOMPARE(pa.modificationDate(), a.updated);
                const Model::Rgb rgb = palette.color(a.color).value_or(Model::PaletteColor {}).color;
                QVERIFY(rgb.isValid());
                QCOMPARE(pa.style().color(), QColor(rgb.red(), rgb.green(), rgb.blue()));
                if (a.kind == Kind::Note) {
                    QCOMPARE(pa.subType(), Poppler::Annotation::AText);
                    QCOMPARE(pa.contents(), a.note);
                    // Beside the passage's first line.
                    const QRectF icon = pa.boundary();
                    const QSizeF size = doc->page(part->page)->pageSizeF();
                    const QRectF line(0, icon.top() * size.height(), size.width(), 14);
                    QVERIFY2(doc->page(part->page)->text(line).contains(u"Partnership"_s),
                        qPrintable(doc->page(part->page)->text(line)));
                    continue;
                }
                QCOMPARE(pa.subType(), Poppler::Annotation::AHighlight);
                auto &highlight = static_cast<Poppler::HighlightAnnotation &>(pa);
                QCOMPARE(highlight.highlightType(),
                    a.style == Style::Underline ? Poppler::HighlightAnnotation::Underline
                                                : Poppler::HighlightAnnotation::Highlight);
                under.append(textUnder(*doc->page(part->page), highlight));
            }
            if (a.kind == Kind::Note) {
                QCOMPARE(parts.size(), 1);
                continue;
            }
            QCOMPARE(under.join(u' ').simplified(), a.selector.exact.simplified());
        }
        // The note's Markdown is plain text in the PDF.
        QCOMPARE(partsOf(placed, annotations[0].id).first()->annotation->contents(), u"Mosca cerca alleati in Asia"_s);
        // The paragraph spans lines: one quad per line.
        const auto *paragraph
            = static_cast<Poppler::HighlightAnnotation *>(partsOf(placed, annotations[1].id).first()->annotation.get());
        QVERIFY(paragraph->highlightQuads().size() >= 2);
        // The passage across the break: one part on each of the first two pages.
        const QList<const Placed *> across2 = partsOf(placed, annotations[2].id);
        QCOMPARE(across2.size(), 2);
        QCOMPARE(across2[0]->page, 0);
        QCOMPARE(across2[1]->page, 1);
        // The third "Corea del Nord" is where the article's third one is: the words before it match.
        {
            const Placed &third = *partsOf(placed, annotations[3].id).first();
            const auto *h = static_cast<Poppler::HighlightAnnotation *>(third.annotation.get());
            const QSizeF size = doc->page(third.page)->pageSizeF();
            const QRectF quad = boundsOf(h->highlightQuads().first(), size);
            // The words left of it on its line.
            const QRectF leftOfIt(0, quad.top(), quad.left() - 1, quad.height());
            const QString printedBefore = doc->page(third.page)->text(leftOfIt).simplified();
            const qsizetype at = annotations[3].anchor.start;
            const QString canonicalBefore = m_text.sliced(at - printedBefore.size() - 1, printedBefore.size() + 1);
            QVERIFY2(!printedBefore.isEmpty() && canonicalBefore.simplified().endsWith(printedBefore),
                qPrintable(printedBefore + u" | "_s + canonicalBefore));
        }

        // What Poppler's core API reads: each object's subject is its colour's meaning; one with a
        // note has a closed Popup beside it; Highlight and Underline carry the appearance Poppler
        // draws for them, in their colour; the catalog has the language.
        const auto [core, language] = readWithPopplerCore(*result);
        QCOMPARE(language, info.language);
        QCOMPARE(core.size(), size_t(6));
        for (const Model::Annotation &a : std::as_const(annotations).first(5)) {
            const Model::Rgb rgb = palette.color(a.color).value_or(Model::PaletteColor {}).color;
            const QColor colour(rgb.red(), rgb.green(), rgb.blue());
            int parts = 0;
            for (const CoreAnnotation &c : core) {
                if (c.name != a.id) {
                    continue;
                }
                ++parts;
                QVERIFY(!c.subject.isEmpty());
                QCOMPARE(c.subject, palette.labelFor(a.color));
                QCOMPARE(c.hasPopup, !a.note.isEmpty());
                if (c.hasPopup) {
                    QVERIFY(!c.popupOpen);
                    QVERIFY(c.popupOnPage);
                    QVERIFY(c.popupParentIsThis);
                    QVERIFY2(c.page.contains(c.popupRect), qPrintable(a.selector.exact));
                    // Level with the annotation, right of it unless the page's edge is in the way.
                    QVERIFY(c.popupRect.top() <= c.rect.bottom() && c.popupRect.bottom() >= c.rect.top());
                    QVERIFY(c.popupRect.left() >= c.rect.right() || qFuzzyCompare(c.popupRect.right(), c.page.right()));
                }
                if (a.kind == Kind::Note) {
                    QCOMPARE(c.type, Annot::typeText);
                    continue;
                }
                const bool underline = a.style == Style::Underline;
                QCOMPARE(c.type, underline ? Annot::typeUnderline : Annot::typeHighlight);
                QVERIFY(c.appearanceIndirect);
                QVERIFY(c.innerFormsIndirect);
                // A reader fits the form's box into the /Rect: they are the same, so nothing is squeezed.
                QVERIFY(!c.appearanceBox.isEmpty());
                QVERIFY2(std::abs(c.rect.left() - c.appearanceBox.left()) < 0.01
                        && std::abs(c.rect.right() - c.appearanceBox.right()) < 0.01
                        && std::abs(c.rect.top() - c.appearanceBox.top()) < 0.01
                        && std::abs(c.rect.bottom() - c.appearanceBox.bottom()) < 0.01,
                    qPrintable(a.selector.exact));
                const QColor drawn = appearanceColor(c.appearance, !underline);
                QVERIFY2(drawn.isValid(), c.appearance.constData());
                QVERIFY2(std::abs(drawn.redF() - colour.redF()) < 0.01
                        && std::abs(drawn.greenF() - colour.greenF()) < 0.01
                        && std::abs(drawn.blueF() - colour.blueF()) < 0.01,
                    qPrintable(drawn.name() + u" "_s + colour.name()));
            }
            QCOMPARE(parts, int(partsOf(placed, a.id).size()));
        }

        QCOMPARE(doc->title(), info.title);
        QCOMPARE(doc->author(), info.author);
        QCOMPARE(doc->subject(), info.subject);
        QCOMPARE(doc->keywords(), u"geopolitica, Asia"_s);
        QCOMPARE(doc->creator(), u"Glossa"_s);
        QVERIFY(doc->modificationDate() >= before->modificationDate());
        // Nothing of the printed page is lost: the same text, and every page renders.
        for (int p = 0; p < doc->numPages(); ++p) {
            QCOMPARE(doc->page(p)->text(QRectF()), before->page(p)->text(QRectF()));
            QVERIFY(!doc->page(p)->renderToImage(36, 36).isNull());
        }
        // Poppler's pdftoppm renders every page, and finds nothing wrong with the file.
        const QString annotated = m_dir.filePath(u"annotated.pdf"_s);
        {
            QFile out(annotated);
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(*result) == result->size());
        }
        QProcess pdftoppm;
        pdftoppm.start(u"pdftoppm"_s, {u"-r"_s, u"20"_s, u"-png"_s, annotated, m_dir.filePath(u"rendered"_s)});
        QVERIFY(pdftoppm.waitForFinished(120'000));
        QCOMPARE(pdftoppm.exitCode(), 0);
        QCOMPARE(pdftoppm.readAllStandardError(), QByteArray());
        QCOMPARE(QDir(m_dir.path()).entryList({u"rendered-*.png"_s}).size(), doc->numPages());
    }

    void aHighlightOfTheWholeArticleCoversExactlyItsText_data()
    {
        QTest::addColumn<int>("sample"); // -1: seed 000; else the sample library's article
        QTest::addRow("seed 000") << -1;
        // Lists (their markers print), code blocks, headings, English and Italian.
        QTest::addRow("sample 0") << 0;
        QTest::addRow("sample 1") << 1;
        QTest::addRow("sample 2") << 2;
    }

    void aHighlightOfTheWholeArticleCoversExactlyItsText()
    {
        // Every word of the article is found in the print, in order, and nothing the page adds
        // (the title and byline above it, the margin notes beside it, list markers) is taken for it.
        QFETCH(int, sample);
        Library samples;
        QVERIFY(Test::openNewLibrary(samples, m_dir.filePath(u"samples"_s)));
        if (sample >= 0) {
            samples.addSampleArticles();
            samples.addSampleAnnotations(); // their notes print in the margin
        }
        Library &library = sample >= 0 ? samples : m_library;
        const int row = std::max(sample, 0);
        const QString text
            = library.currentRevision(library.articles().at(row).id).value_or(Model::Revision {}).canonicalText();
        QVERIFY(!text.isEmpty());
        const QByteArray printed = print(library, row);
        QVERIFY(printed.startsWith("%PDF"));
        Model::Annotation whole;
        whole.id = u"5b0f3e0e-8a1c-4d5e-9b7a-2f4c6d8e0a11"_s;
        whole.anchor = {0, text.size(), 1.0, Model::AnchorStatus::Exact};
        Export::PdfAnnotationReport report;
        const Result<QByteArray> result
            = Export::annotatePrintedPdf(printed, text, {whole}, library.palette(), {}, &report);
        QVERIFY(result.ok());
        const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(*result);
        QVERIFY(doc);
        QVERIFY(report.highlights >= 1 && report.highlights <= doc->numPages());
        QStringList under;
        for (const Placed &part : annotationsOf(*doc)) {
            under.append(
                textUnder(*doc->page(part.page), static_cast<const Poppler::HighlightAnnotation &>(*part.annotation)));
        }
        // Compared without spaces: Poppler reads a space between a code line's highlighted spans
        // ("(#" "{1,6})") where the article has none.
        const QRegularExpression space(u"\\s+"_s);
        QCOMPARE(under.join(QString()).remove(space), QString(text).remove(space));
    }

    void aFileThatIsNotAPdfIsRefused()
    {
        Export::PdfAnnotationReport report;
        const Result<QByteArray> result
            = Export::annotatePrintedPdf("not a PDF at all", m_text, {}, Model::Palette::defaults(), {}, &report);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!Export::isPdfExportCancelled(result.error()));
    }

    void theProgressCanCancel()
    {
        const QByteArray printed = print();
        QVERIFY(printed.startsWith("%PDF"));
        QList<Model::Annotation> annotations
            = {make(u"Mosca"_s, 0, Model::AnnotationKind::Highlight, u"important"_s, Model::HighlightStyle::Fill, {})};
        const Result<QByteArray> result = Export::annotatePrintedPdf(
            printed, m_text, annotations, Model::Palette::defaults(), {}, nullptr, [](int, int) { return false; });
        QVERIFY(!result.ok());
        QVERIFY(Export::isPdfExportCancelled(result.error()));
    }
};

GLOSSA_WEBENGINE_TEST_MAIN(TstPdfAnnotations)
#include "tst_pdfannotations.moc"
