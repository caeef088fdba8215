// SPDX-License-Identifier: GPL-3.0-or-later
// The common face of Glossa's importers: bytes of one format in, an Extraction (blocks and
// metadata) or a reason out. `Importers` picks the importer for a file and guards the input
// (empty, binary, too large) before any importer sees it.
#pragma once

#include "extraction.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace Glossa::Ingest {

enum class Format { Auto, Text, Html, Markdown };

class HtmlExtractorProvider;

std::optional<Format> formatFromName(const QString &name); // "auto", "text", "html", "markdown"

class Importer
{
public:
    virtual ~Importer() = default;
    virtual Format format() const = 0;
    // `bytes` is the whole source as read from disk (or the clipboard); `sourceName` its file name
    // or URL, used for HTML's base URL and nothing else.
    virtual ExtractionResult extract(const QByteArray &bytes, const QString &sourceName) const = 0;
};

class Importers
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Ingest::Importers)

public:
    // Larger sources are refused: no article is that long (a whole novel is a few MB of text), it
    // keeps a stray video or disk image from being read into memory, and every article Glossa
    // accepts opens within seconds.
    static constexpr qint64 MaxSourceBytes = qint64(16) * 1024 * 1024;
    // An article's text (what is left of the source once extracted) is refused past this many
    // characters: storing it costs time that grows with the square of its paragraphs (see the
    // passages index), about 3 s at this size, and such an article still opens at once.
    static constexpr qsizetype MaxArticleChars = qsizetype(2) * 1000 * 1000;
    // "the largest article Glossa accepts", which the refusal of a larger source ends with.
    static QString largestArticle();

    // `html` reads HTML pages (see HtmlExtractorProvider); without one the HTML importer refuses
    // every page with a sentence saying why. It must outlive the importer.
    static std::unique_ptr<Importer> create(Format format, HtmlExtractorProvider *html = nullptr);

    // The format a file name's suffix says (.html, .md, .txt…), if it says one.
    static std::optional<Format> formatFromSuffix(const QString &fileName);
    // The format of a source from its file name, then from its first bytes.
    static Format detect(const QByteArray &bytes, const QString &fileName);

    // Reads `path` and extracts it: the one call the CLI and the import dialog make. HTML needs
    // `html`, as for create().
    static ExtractionResult extractFile(const QString &path, Format format, HtmlExtractorProvider *html = nullptr);
    // The bytes of an article's file (or stream), read once and never more than MaxSourceBytes.
    static Result<QByteArray> readSource(const QString &path);
    static ExtractionResult extractBytes(
        const QByteArray &bytes, Format format, const QString &sourceName, HtmlExtractorProvider *html = nullptr);
};

} // namespace Glossa::Ingest
