// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimport.h"

#include "anchor/reanchor.h"
#include "ingest/inputfile.h"
#include "ingest/textdecoder.h"
#include "library.h"
#include "model/revision.h"
#include "store/articlerepository.h"
#include "store/rowcodec.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImport, "glossa.import")

namespace Glossa {

using Store::Status;

namespace {

QString formatName(Ingest::Format format)
{
    switch (format) {
    case Ingest::Format::Html:
        return QStringLiteral("html");
    case Ingest::Format::Markdown:
        return QStringLiteral("markdown");
    case Ingest::Format::Text:
    case Ingest::Format::Auto:
        break;
    }
    return QStringLiteral("text");
}

// Files are known by their absolute, canonical path, so "./a.txt" and a symlink to it are one source.
QString canonicalSource(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// The importers give reasons as clauses ("the file is empty"); an import's Error is a sentence.
QString sentence(QString reason)
{
    reason = reason.trimmed();
    if (reason.isEmpty()) {
        return reason;
    }
    reason[0] = reason[0].toUpper();
    if (!reason.endsWith(u'.')) {
        reason += u'.';
    }
    return reason;
}

Error failure(const QString &sentence)
{
    return Error {.message = sentence};
}

void count(ImportedArticle &result, Model::AnchorStatus status)
{
    switch (status) {
    case Model::AnchorStatus::Exact:
        ++result.exact;
        break;
    case Model::AnchorStatus::Fuzzy:
        ++result.fuzzy;
        break;
    case Model::AnchorStatus::Orphan:
        ++result.orphaned;
        break;
    }
}

} // namespace

LibraryImport::LibraryImport(Library *library, Ingest::HtmlExtractorProvider *html)
    : m_library(library)
    , m_html(html)
{
}

std::optional<QString> LibraryImport::existingArticle(const QString &source) const
{
    const std::optional<ExistingArticle> found = findExisting(source, {});
    return found ? std::optional<QString>(found->articleId) : std::nullopt;
}

std::optional<ExistingArticle> LibraryImport::findExisting(const QString &source, const QString &contentHash) const
{
    const QList<ExistingArticle> found = candidates(source, contentHash);
    return found.isEmpty() ? std::nullopt : std::optional<ExistingArticle>(found.first());
}

QList<ExistingArticle> LibraryImport::candidates(const QString &source, const QString &contentHash) const
{
    if (!m_library || !m_library->store() || (source.isEmpty() && contentHash.isEmpty())) {
        return {};
    }
    auto found = Store::ArticleRepository(m_library->store()->db()).findExisting(source, contentHash);
    if (!found) {
        qCWarning(lcImport) << "could not look up the source" << source << ':' << found.error().message;
        return {};
    }
    QList<ExistingArticle> out;
    for (const Store::ArticleRepository::Existing &e : std::as_const(*found)) {
        out.append({e.id, e.title, e.sameText, e.sameSource, e.annotations});
    }
    return out;
}

ImportResult LibraryImport::importFile(const QString &path, Ingest::Format format, WhenAlreadyImported when)
{
    // A pipe or /dev/stdin names no lasting source: it must not match the next stream read there.
    const QString source = Ingest::InputFile::isStream(path) ? QString() : canonicalSource(path);
    const Result<QByteArray> bytes = Ingest::Importers::readSource(path);
    if (!bytes) {
        return failure(sentence(bytes.error().message));
    }
    return importSource(*bytes, format, path, source, when);
}

ImportResult LibraryImport::importBytes(
    const QByteArray &bytes, Ingest::Format format, const QString &sourceName, WhenAlreadyImported when)
{
    return importSource(bytes, format, sourceName, sourceName, when);
}

ImportResult LibraryImport::importSource(const QByteArray &bytes, Ingest::Format format, const QString &sourceName,
    const QString &source, WhenAlreadyImported when)
{
    if (!m_library || !m_library->isOpen() || m_library->store()->isReadOnly()) {
        return failure(tr("The library is not open for writing."));
    }
    const Ingest::Format resolved
        = format == Ingest::Format::Auto ? Ingest::Importers::detect(bytes, sourceName) : format;
    const Ingest::ExtractionResult extracted = Ingest::Importers::extractBytes(bytes, resolved, sourceName, m_html);
    if (!extracted) {
        return failure(sentence(extracted.error().message));
    }
    const Ingest::Extraction &e = *extracted;
    Model::Revision revision = Model::Revision::fromBlocks(e.blocks);
    revision.id = Store::Codec::newId();
    revision.created = QDateTime::currentDateTimeUtc();
    revision.sourceFormat = formatName(resolved);
    // Kept as text: the extraction already proved it is text, so decoding cannot fail here.
    const Result<Ingest::DecodedText> decoded = Ingest::TextDecoder::decode(bytes);
    revision.rawSource = decoded ? decoded->text : QString::fromUtf8(bytes);

    if (when != WhenAlreadyImported::ImportAsNew) {
        const QList<ExistingArticle> found = candidates(source, revision.contentHash);
        if (when == WhenAlreadyImported::UpdateExisting && !found.isEmpty()) {
            ImportResult updated = update(found.first().articleId, e, revision);
            if (updated) {
                updated->warnings = e.warnings;
            }
            return updated;
        }
        const auto it = when == WhenAlreadyImported::Ask
            ? found.cbegin()
            : std::find_if(found.cbegin(), found.cend(), [](const ExistingArticle &a) { return a.sameText; });
        if (it != found.cend()) {
            ImportedArticle result;
            result.articleId = it->articleId;
            result.title = it->title;
            result.existing = *it;
            return result;
        }
    }

    Model::Article article;
    article.id = Store::Codec::newId();
    article.title = e.title;
    article.byline = e.byline;
    article.site = e.site;
    article.language = e.language;
    article.published = e.published;
    article.source = source;
    if (Status s = m_library->addArticle(article, revision); !s) {
        // A full disk is no refusal of the article: its own sentence says what to do.
        return failure(s.error().isDiskFull()
                ? s.error().message
                : sentence(tr("The library refused the article: %1").arg(s.error().message)));
    }
    ImportedArticle result;
    result.articleId = article.id;
    result.title = article.title;
    result.warnings = e.warnings;
    return result;
}

ImportResult LibraryImport::update(
    const QString &articleId, const Ingest::Extraction &extraction, Model::Revision revision)
{
    const auto unreadable = [](const Error &error) {
        return failure(sentence(tr("The article to update could not be read: %1").arg(error.message)));
    };
    ImportedArticle result;
    result.articleId = articleId;
    result.updated = true;
    const auto article = m_library->readArticle(articleId);
    if (!article) {
        return unreadable(article.error());
    }
    if (!*article) {
        // Gone since existingArticle() found it: the message the library gives for a missing article.
        return unreadable(Error {.message = tr("There is no article %1.").arg(articleId)});
    }
    result.title = (*article)->title;
    const auto stored = m_library->readAnnotations(articleId);
    if (!stored) {
        return unreadable(stored.error());
    }
    const QList<Model::Annotation> &annotations = *stored;
    const auto currentRead = m_library->readCurrentRevision(articleId);
    if (!currentRead) {
        return unreadable(currentRead.error());
    }
    const std::optional<Model::Revision> &current = *currentRead;

    if (current && current->contentHash == revision.contentHash) {
        result.unchanged = true;
        for (const Model::Annotation &a : annotations) {
            count(result, a.anchor.status);
        }
        return result;
    }

    QList<Model::Selector> selectors;
    selectors.reserve(annotations.size());
    for (const Model::Annotation &a : annotations) {
        selectors.append(a.selector);
    }
    const QList<Anchor::Reanchored> anchored = Anchor::reanchor(revision, selectors);
    QList<Model::Annotation> after = annotations;
    for (qsizetype i = 0; i < after.size(); ++i) {
        // Orphans move to the new revision too: they keep their quote and note, and the old revision's
        // text is no longer what the reader shows.
        after[i].revisionId = revision.id;
        after[i].selector = anchored[i].selector;
        after[i].anchor = anchored[i].anchor;
        // The words the user marked are kept once the text under them changed, through any number
        // of later updates; if a later version restores them, there is nothing left to tell.
        if (after[i].originalQuote.isEmpty() && after[i].selector.exact != annotations[i].selector.exact) {
            after[i].originalQuote = annotations[i].selector.exact;
        } else if (after[i].selector.exact == after[i].originalQuote) {
            after[i].originalQuote.clear();
        }
        count(result, anchored[i].anchor.status);
    }

    // The user's title stays (they may have renamed the article); what the source says about itself
    // follows the source when it says something.
    Model::Article updated = **article;
    updated.updated = QDateTime::currentDateTimeUtc();
    if (!extraction.byline.isEmpty()) {
        updated.byline = extraction.byline;
    }
    if (!extraction.site.isEmpty()) {
        updated.site = extraction.site;
    }
    if (!extraction.language.isEmpty()) {
        updated.language = extraction.language;
    }
    if (!extraction.published.isEmpty()) {
        updated.published = extraction.published;
    }
    revision.articleId = articleId;
    if (Status s = m_library->reviseArticle(updated, revision, after); !s) {
        return failure(s.error().isDiskFull()
                ? s.error().message
                : sentence(tr("The library refused the update: %1").arg(s.error().message)));
    }
    qCDebug(lcImport) << "updated" << articleId << ':' << result.exact << "exact," << result.fuzzy << "fuzzy,"
                      << result.orphaned << "orphaned";
    return result;
}

} // namespace Glossa
