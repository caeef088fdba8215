// SPDX-License-Identifier: GPL-3.0-or-later
#include "boilerplate.h"
#include "htmlextractor.h"
#include "htmlmetadata.h"
#include "importer.h"
#include "inerthtml.h"
#include "inputfile.h"
#include "language.h"
#include "markdownimporter.h"
#include "plaintextimporter.h"
#include "textdecoder.h"

#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcIngest, "glossa.ingest", QtWarningMsg)

namespace Glossa::Ingest {

namespace {

using Model::Block;
using Model::BlockType;

QString bodyText(const QList<Block> &blocks)
{
    QString text;
    for (const Block &b : blocks) {
        if (b.type != BlockType::Code) {
            text += b.text + u'\n';
        }
    }
    return text;
}

// A block's text normalised (TextDecoder::normalise) and simplified, each mark following its
// characters: marks keep no white space at their edges, and a mark left with no text goes.
void normaliseKeepingMarks(Block &b)
{
    const QString expected = TextDecoder::normalise(b.text).simplified();
    if (b.marks.isEmpty()) {
        b.text = expected;
        return;
    }
    const QString &text = b.text;
    QString out;
    QList<qsizetype> at(text.size(), -1);
    bool space = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString one = TextDecoder::normalise(text.mid(i, 1));
        if (one.isEmpty() || one.front().isSpace()) {
            space = space || (!one.isEmpty() && !out.isEmpty());
            continue;
        }
        if (space) {
            out += u' ';
            space = false;
        }
        at[i] = out.size();
        out += one;
    }
    QList<Model::Mark> marks;
    if (out == expected) {
        for (Model::Mark m : std::as_const(b.marks)) {
            qsizetype first = m.start;
            qsizetype last = m.end - 1;
            while (first <= last && at[first] < 0) {
                ++first;
            }
            while (last >= first && at[last] < 0) {
                --last;
            }
            if (first <= last) {
                m.start = at[first];
                m.end = at[last] + 1;
                marks.append(m);
            }
        }
    }
    b.text = expected;
    b.marks = marks;
}

void addWarning(Extraction &e, const DecodedText &decoded)
{
    if (const QString w = decoded.warning(); !w.isEmpty()) {
        e.warnings.append(w);
    }
}

class TextImporter final : public Importer
{
public:
    Format format() const override { return Format::Text; }
    ExtractionResult extract(const QByteArray &bytes, const QString &) const override
    {
        const Result<DecodedText> decoded = TextDecoder::decode(bytes);
        if (!decoded) {
            return decoded.error();
        }
        Extraction e = PlainTextImporter::extract(decoded->text);
        addWarning(e, *decoded);
        return e;
    }
};

class MdImporter final : public Importer
{
public:
    Format format() const override { return Format::Markdown; }
    ExtractionResult extract(const QByteArray &bytes, const QString &) const override
    {
        const Result<DecodedText> decoded = TextDecoder::decode(bytes);
        if (!decoded) {
            return decoded.error();
        }
        // Not normalised like plain text: tabs and spacing in code blocks are part of the code.
        Extraction e = MarkdownImporter::extract(decoded->text);
        addWarning(e, *decoded);
        if (e.language.isEmpty()) {
            e.language = Language::detect(bodyText(e.blocks)); // front matter did not say
        }
        return e;
    }
};

// The charset an HTML page declares in its first bytes (<meta charset> or http-equiv).
QByteArray declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression re(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_-]+)"), QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(QString::fromLatin1(bytes.left(4096)));
    return m.hasMatch() ? m.captured(1).toLower().toLatin1() : QByteArray();
}

// Readability keeps the byline's own line ("By Jane Doe") in the article when the page's metadata
// named the author already; it is metadata, not body.
void dropBylineLine(Extraction &e)
{
    if (e.byline.isEmpty()) {
        return;
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(3, e.blocks.size()); ++i) {
        const Block &b = e.blocks[i];
        if (b.type == BlockType::Paragraph && b.text.size() < 120
            && (b.text == e.byline || Boilerplate::bylineName(b.text) == e.byline)) {
            e.blocks.removeAt(i);
            return;
        }
    }
}

// "Title – Site name" or "Site name | Title" as pages' <title> often reads: the site is metadata.
QString withoutSiteName(const QString &title, const QString &site)
{
    if (site.isEmpty()) {
        return title;
    }
    for (const QStringView sep : {u" | ", u" – ", u" — ", u" - ", u" · ", u" :: ", u" : "}) {
        const QString suffix = sep + site;
        if (title.endsWith(suffix, Qt::CaseInsensitive) && title.size() > suffix.size()) {
            return title.chopped(suffix.size()).trimmed();
        }
        const QString prefix = site + sep;
        if (title.startsWith(prefix, Qt::CaseInsensitive) && title.size() > prefix.size()) {
            return title.mid(prefix.size()).trimmed();
        }
    }
    return title;
}

class HtmlImporter final : public Importer
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Ingest::HtmlImporter)

public:
    explicit HtmlImporter(HtmlExtractorProvider *html)
        : m_html(html)
    {
    }

    Format format() const override { return Format::Html; }
    ExtractionResult extract(const QByteArray &bytes, const QString &sourceName) const override
    {
        const QByteArray charset = declaredCharset(bytes);
        QString text;
        QString warning;
        if (charset == "iso-8859-1" || charset == "latin1" || charset == "windows-1252" || charset == "cp1252"
            || charset == "us-ascii") {
            text = TextDecoder::fromWindows1252(bytes); // browsers read all of these as 1252
        } else {
            Result<DecodedText> decoded = TextDecoder::decode(bytes);
            if (!decoded) {
                return decoded.error();
            }
            text = std::move(decoded->text);
            warning = decoded->warning();
        }
        HtmlExtractor *extractor = m_html ? m_html->extractor() : nullptr;
        if (!extractor) {
            return Error {
                .message = tr("HTML import needs Glossa's web engine, which is not available in this program")};
        }
        const QUrl base = sourceName.contains(QStringLiteral("://"))
            ? QUrl(sourceName)
            : QUrl::fromLocalFile(QFileInfo(sourceName).absoluteFilePath());
        const Result<HtmlExtraction> extracted = extractor->extract(InertHtml::from(text), base);
        if (!extracted) {
            return extracted.error();
        }
        const HtmlExtraction &r = *extracted;
        Extraction e;
        if (r.readerable && !r.blocks.isEmpty()) {
            e.title = r.title.simplified();
            e.byline = r.byline.simplified();
            e.site = r.siteName.simplified();
            e.language = r.language.trimmed();
            e.published = r.publishedTime.trimmed();
            e.excerpt = r.excerpt.simplified();
            for (Block b : r.blocks) {
                if (b.type != BlockType::Code) {
                    normaliseKeepingMarks(b);
                }
                if (!b.text.isEmpty() || b.type == BlockType::Separator) {
                    e.blocks.append(b);
                }
            }
            if (const QString name = Boilerplate::bylineName(e.byline); !name.isEmpty()) {
                e.byline = name; // "By Jane Doe" → "Jane Doe"
            }
            e.title = withoutSiteName(e.title, e.site);
            dropBylineLine(e);
        } else {
            // Readability found no article: run the plain-text pipeline on what a reader sees.
            qCDebug(lcIngest) << "Readability rejected the page; falling back to its visible text";
            e = PlainTextImporter::extract(r.visibleText);
            if (!r.documentTitle.trimmed().isEmpty() && e.blocks.isEmpty()) {
                e.title = r.documentTitle.simplified();
            }
            if (!r.language.trimmed().isEmpty()) {
                e.language = r.language.trimmed();
            }
            e.site = r.siteName.simplified();
            if (!r.publishedTime.trimmed().isEmpty()) { // else the date line of the text, if any
                e.published = r.publishedTime.trimmed();
            }
        }
        // What Readability did not find, from the page's own metadata (its JSON-LD is gone from
        // what the extractor saw).
        const HtmlMetadata::Found meta = HtmlMetadata::read(text);
        if (e.site.isEmpty()) {
            e.site = meta.site;
        }
        if (e.published.isEmpty()) {
            e.published = meta.published;
        }
        if (e.language.isEmpty()) {
            e.language = Language::detect(bodyText(e.blocks));
        }
        if (!warning.isEmpty()) {
            e.warnings.append(warning);
        }
        if (e.title.isEmpty()) {
            for (const Block &b : std::as_const(e.blocks)) {
                if (b.type == BlockType::Paragraph) {
                    e.title = PlainTextImporter::titleFromFirstSentence(b.text);
                    break;
                }
            }
        }
        return e;
    }

private:
    HtmlExtractorProvider *m_html;
};

} // namespace

QString Importers::largestArticle()
{
    return tr("the largest article Glossa accepts");
}

std::optional<Format> formatFromName(const QString &name)
{
    if (name == u"auto") {
        return Format::Auto;
    }
    if (name == u"text" || name == u"txt") {
        return Format::Text;
    }
    if (name == u"html") {
        return Format::Html;
    }
    if (name == u"markdown" || name == u"md") {
        return Format::Markdown;
    }
    return std::nullopt;
}

std::unique_ptr<Importer> Importers::create(Format format, HtmlExtractorProvider *html)
{
    switch (format) {
    case Format::Text:
        return std::make_unique<TextImporter>();
    case Format::Markdown:
        return std::make_unique<MdImporter>();
    case Format::Html:
        return std::make_unique<HtmlImporter>(html);
    case Format::Auto:
        break;
    }
    return nullptr;
}

std::optional<Format> Importers::formatFromSuffix(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml") {
        return Format::Html;
    }
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd") {
        return Format::Markdown;
    }
    if (suffix == u"txt" || suffix == u"text") {
        return Format::Text;
    }
    return std::nullopt;
}

Format Importers::detect(const QByteArray &bytes, const QString &fileName)
{
    if (const std::optional<Format> named = formatFromSuffix(fileName)) {
        return *named;
    }
    const QByteArray head = bytes.left(2048).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || head.contains("<head>")) {
        return Format::Html;
    }
    if (head.startsWith("---\n") || head.startsWith("# ")) {
        return Format::Markdown;
    }
    return Format::Text;
}

ExtractionResult Importers::extractBytes(
    const QByteArray &bytes, Format format, const QString &sourceName, HtmlExtractorProvider *html)
{
    if (bytes.trimmed().isEmpty()) {
        return Error {.message = tr("the file is empty")};
    }
    if (bytes.size() > MaxSourceBytes) {
        return Error {.message = InputFile::tooLarge(MaxSourceBytes, largestArticle())};
    }
    const std::unique_ptr<Importer> importer
        = create(format == Format::Auto ? detect(bytes, sourceName) : format, html);
    ExtractionResult result = importer->extract(bytes, sourceName);
    if (result && result->blocks.isEmpty()) {
        return Error {.message = tr("no readable text was found in it")};
    }
    if (result) {
        qsizetype chars = 0;
        for (const Model::Block &b : std::as_const(result->blocks)) {
            chars += b.text.size();
        }
        if (chars > MaxArticleChars) {
            return Error {.message = tr("its text is longer than %1 million characters, the longest article Glossa "
                                        "accepts")
                              .arg(MaxArticleChars / 1000000)};
        }
    }
    return result;
}

ExtractionResult Importers::extractFile(const QString &path, Format format, HtmlExtractorProvider *html)
{
    const Result<QByteArray> bytes = readSource(path);
    if (!bytes) {
        return bytes.error();
    }
    return extractBytes(*bytes, format, path, html);
}

Result<QByteArray> Importers::readSource(const QString &path)
{
    return InputFile::read(path, MaxSourceBytes, largestArticle());
}

} // namespace Glossa::Ingest
