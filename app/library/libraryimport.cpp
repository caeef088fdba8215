// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryimport.h"

#include "anchor/reanchor.h"
#include "ingest/inputfile.h"
#include "ingest/textdecoder.h"
#include "library.h"
#include "model/revision.h"
#include "revisecommand.h"
#include "store/annotationrepository.h"
#include "store/articlerepository.h"
#include "store/database.h"
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

// Every article an import of `source` whose text hashes to `contentHash` could be, best first
// (LibraryImport::findExisting).
Result<QList<ExistingArticle>> candidatesIn(Store::Database &db, const QString &source, const QString &contentHash)
{
    if (source.isEmpty() && contentHash.isEmpty()) {
        return QList<ExistingArticle>();
    }
    auto found = Store::ArticleRepository(db).findExisting(source, contentHash);
    if (!found) {
        return found.error();
    }
    QList<ExistingArticle> out;
    for (const Store::ArticleRepository::Existing &e : std::as_const(*found)) {
        out.append({e.id, e.title, e.sameText, e.sameSource, e.annotations});
    }
    return out;
}

// A write the library refused, as the sentence an import gives: a full disk or a busy library say
// what to do; anything else is `what` with the library's reason.
Error refusal(const Error &error, const QString &what)
{
    if (error.isDiskFull()) {
        return failure(error.message);
    }
    if (error.isBusy()) {
        return failure(LibraryImport::tr("The library is busy in another program; try again in a moment."));
    }
    return failure(sentence(what.arg(error.message)));
}

// The update of `articleId` to `prepared`, in the transaction under way: its annotations re-anchored
// on the new text.
Result<StoredImport> revise(Store::Database &db, const QString &articleId, const PreparedImport &prepared)
{
    const auto unreadable = [](const Error &error) {
        return failure(sentence(LibraryImport::tr("The article to update could not be read: %1").arg(error.message)));
    };
    StoredImport stored;
    ImportedArticle &result = stored.result;
    result.articleId = articleId;
    result.updated = true;
    result.warnings = prepared.extraction.warnings;
    Store::ArticleRepository articles(db);
    const auto article = articles.find(articleId);
    if (!article) {
        return unreadable(article.error());
    }
    if (!*article) {
        return unreadable(Error {.message = LibraryImport::tr("There is no article %1.").arg(articleId)});
    }
    result.title = (*article)->title;
    auto annotations = Store::AnnotationRepository(db).forArticle(articleId);
    if (!annotations) {
        return unreadable(annotations.error());
    }
    std::optional<Model::Revision> current;
    if (!(*article)->currentRevisionId.isEmpty()) {
        auto read = articles.revision((*article)->currentRevisionId);
        if (!read) {
            return unreadable(read.error());
        }
        current = std::move(*read);
    }
    Model::Revision revision = prepared.revision;
    if (current && current->contentHash == revision.contentHash) {
        result.unchanged = true;
        for (const Model::Annotation &a : std::as_const(*annotations)) {
            count(result, a.anchor.status);
        }
        return stored;
    }

    QList<Model::Selector> selectors;
    selectors.reserve(annotations->size());
    for (const Model::Annotation &a : std::as_const(*annotations)) {
        selectors.append(a.selector);
    }
    revision.articleId = articleId;
    const QList<Anchor::Reanchored> anchored = Anchor::reanchor(revision, selectors);
    QList<Model::Annotation> after = *annotations;
    for (qsizetype i = 0; i < after.size(); ++i) {
        // Orphans move to the new revision too: they keep their quote and note, and the old revision's
        // text is no longer what the reader shows.
        after[i].revisionId = revision.id;
        after[i].selector = anchored[i].selector;
        after[i].anchor = anchored[i].anchor;
        // The words the user marked are kept once the text under them changed, through any number
        // of later updates; if a later version restores them, there is nothing left to tell.
        if (after[i].originalQuote.isEmpty() && after[i].selector.exact != (*annotations)[i].selector.exact) {
            after[i].originalQuote = (*annotations)[i].selector.exact;
        } else if (after[i].selector.exact == after[i].originalQuote) {
            after[i].originalQuote.clear();
        }
        count(result, anchored[i].anchor.status);
    }

    // The user's title stays (they may have renamed the article); what the source says about itself
    // follows the source when it says something.
    const Ingest::Extraction &extraction = prepared.extraction;
    Model::Article updated = **article;
    updated.updated = QDateTime::currentDateTimeUtc();
    updated.currentRevisionId = revision.id;
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
    if (Status s = ReviseArticleCommand::write(db, revision, updated, after); !s) {
        return refusal(s.error(), LibraryImport::tr("The library refused the update: %1"));
    }
    stored.change = StoredImport::Change::Revised;
    stored.before = **article;
    stored.after = std::move(updated);
    stored.revision = std::move(revision);
    stored.annotationsBefore = std::move(*annotations);
    stored.annotationsAfter = std::move(after);
    qCDebug(lcImport) << "updated" << articleId << ':' << result.exact << "exact," << result.fuzzy << "fuzzy,"
                      << result.orphaned << "orphaned";
    return stored;
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
    if (!m_library || !m_library->store()) {
        return {};
    }
    auto found = candidatesIn(m_library->store()->db(), source, contentHash);
    if (!found) {
        qCWarning(lcImport) << "could not look up the source" << source << ':' << found.error().message;
        return {};
    }
    return *found;
}

Status LibraryImport::canStore() const
{
    if (!m_library || !m_library->isOpen() || m_library->store()->isReadOnly()) {
        return failure(tr("The library is not open for writing."));
    }
    return {};
}

Result<ImportSource> LibraryImport::readFile(const QString &path, Ingest::Format format) const
{
    const Result<QByteArray> bytes = Ingest::Importers::readSource(path);
    if (!bytes) {
        return failure(sentence(bytes.error().message));
    }
    ImportSource out = fromBytes(*bytes, format, path);
    // A pipe or /dev/stdin names no lasting source: it must not match the next stream read there.
    out.source = Ingest::InputFile::isStream(path) ? QString() : canonicalSource(path);
    return out;
}

ImportSource LibraryImport::fromBytes(const QByteArray &bytes, Ingest::Format format, const QString &sourceName)
{
    ImportSource out;
    out.bytes = bytes;
    out.format = format == Ingest::Format::Auto ? Ingest::Importers::detect(bytes, sourceName) : format;
    out.name = sourceName;
    out.source = sourceName;
    return out;
}

bool LibraryImport::preparesOnExtractorThread(const ImportSource &source) const
{
    return source.format == Ingest::Format::Html && m_html;
}

Result<PreparedImport> LibraryImport::prepare(const ImportSource &source) const
{
    const Ingest::ExtractionResult extracted
        = Ingest::Importers::extractBytes(source.bytes, source.format, source.name, m_html);
    if (!extracted) {
        return failure(sentence(extracted.error().message));
    }
    PreparedImport out;
    out.source = source.source;
    out.extraction = *extracted;
    Model::Revision &revision = out.revision;
    revision = Model::Revision::fromBlocks(out.extraction.blocks);
    revision.id = Store::Codec::newId();
    revision.created = QDateTime::currentDateTimeUtc();
    revision.sourceFormat = formatName(source.format);
    // Kept as text: the extraction already proved it is text, so decoding cannot fail here.
    const Result<Ingest::DecodedText> decoded = Ingest::TextDecoder::decode(source.bytes);
    revision.rawSource = decoded ? decoded->text : QString::fromUtf8(source.bytes);
    return out;
}

Result<StoredImport> LibraryImport::store(Store::Database &db, const PreparedImport &prepared, WhenAlreadyImported when)
{
    // Taken before anything is read, so that nothing changes between finding the article and writing.
    Store::Transaction tx(db);
    if (const Status &began = tx.began(); !began) {
        return refusal(began.error(), tr("The library refused the article: %1"));
    }
    const Ingest::Extraction &e = prepared.extraction;
    if (when != WhenAlreadyImported::ImportAsNew) {
        const auto found = candidatesIn(db, prepared.source, prepared.revision.contentHash);
        if (!found) {
            return refusal(found.error(), tr("The library could not be read: %1"));
        }
        if (when == WhenAlreadyImported::UpdateExisting && !found->isEmpty()) {
            auto revised = revise(db, found->first().articleId, prepared);
            if (!revised) {
                return revised;
            }
            if (Status s = tx.commit(); !s) {
                return refusal(s.error(), tr("The library refused the update: %1"));
            }
            return revised;
        }
        const auto it = when == WhenAlreadyImported::Ask
            ? found->cbegin()
            : std::find_if(found->cbegin(), found->cend(), [](const ExistingArticle &a) { return a.sameText; });
        if (it != found->cend()) {
            StoredImport stored;
            stored.result.articleId = it->articleId;
            stored.result.title = it->title;
            stored.result.existing = *it;
            return stored;
        }
    }

    StoredImport stored;
    Model::Article &article = stored.after;
    article.id = Store::Codec::newId();
    article.title = e.title;
    article.byline = e.byline;
    article.site = e.site;
    article.language = e.language;
    article.published = e.published;
    article.source = prepared.source;
    stored.revision = prepared.revision;
    stored.revision.articleId = article.id;
    article.currentRevisionId = stored.revision.id;
    if (Status s = Store::ArticleRepository(db).insert(article, stored.revision); !s) {
        return refusal(s.error(), tr("The library refused the article: %1"));
    }
    if (Status s = tx.commit(); !s) {
        return refusal(s.error(), tr("The library refused the article: %1"));
    }
    stored.change = StoredImport::Change::Added;
    stored.result.articleId = article.id;
    stored.result.title = article.title;
    stored.result.warnings = e.warnings;
    return stored;
}

ImportResult LibraryImport::adopt(Result<StoredImport> stored)
{
    if (!stored) {
        return stored.error();
    }
    switch (stored->change) {
    case StoredImport::Change::None:
        break;
    case StoredImport::Change::Added:
        m_library->adoptArticle(stored->after.id);
        break;
    case StoredImport::Change::Revised:
        m_library->adoptRevision(std::move(stored->before), std::move(stored->after), std::move(stored->revision),
            std::move(stored->annotationsBefore), std::move(stored->annotationsAfter));
        break;
    }
    return std::move(stored->result);
}

ImportResult LibraryImport::importFile(const QString &path, Ingest::Format format, WhenAlreadyImported when)
{
    const Result<ImportSource> source = readFile(path, format);
    if (!source) {
        return source.error();
    }
    return importSource(*source, when);
}

ImportResult LibraryImport::importBytes(
    const QByteArray &bytes, Ingest::Format format, const QString &sourceName, WhenAlreadyImported when)
{
    return importSource(fromBytes(bytes, format, sourceName), when);
}

ImportResult LibraryImport::importSource(const ImportSource &source, WhenAlreadyImported when)
{
    if (Status s = canStore(); !s) {
        return s.error();
    }
    const Result<PreparedImport> prepared = prepare(source);
    if (!prepared) {
        return prepared.error();
    }
    return adopt(store(m_library->store()->db(), *prepared, when));
}

} // namespace Glossa
