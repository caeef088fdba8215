// SPDX-License-Identifier: GPL-3.0-or-later
// Brings sources into the library: a file or bytes (a pasted page) become a new article, or a new
// revision of the article imported from the same source, with every annotation re-anchored on the
// new text in the same transaction. A source that fails changes nothing in the library.
#pragma once

#include "ingest/importer.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/revision.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Glossa {

class Library;

// An article already in the library that a source matches (LibraryImport::findExisting).
struct ExistingArticle {
    QString articleId;
    QString title;
    bool sameText = false; // its current text is the source's (the same content hash)
    bool sameSource = false; // it was imported from the same file or name
    int annotations = 0; // its highlights and notes
};

// What an import did. A failed import is an Error whose message is a sentence the user can act on
// ("The file is empty."); nothing from that source is in the library.
struct ImportedArticle {
    QString articleId;
    QString title;
    bool updated = false; // a new revision of an existing article rather than a new article
    bool unchanged = false; // updated, but the text was identical: no new revision was made
    // After an update: how the article's annotations fared on the new text.
    int exact = 0;
    int fuzzy = 0; // anchored, but the text around them changed
    int orphaned = 0; // no longer found: kept with their quote and note
    // Set when nothing was stored because the source is already in the library (RefuseSameText,
    // Ask): the article it is in. articleId and title are that article's too.
    std::optional<ExistingArticle> existing;
    QStringList warnings; // about reading the source (invalid bytes replaced…), clauses
};
using ImportResult = Result<ImportedArticle>;

namespace Store {
class Database;
}

// What to do when the source was imported before.
// "Already imported" means: an article from the same source, or whose current text is the same
// (the file was moved or renamed, or copied twice); see findExisting for which one is meant.
enum class WhenAlreadyImported {
    ImportAsNew, // a second, separate article
    UpdateExisting, // a new revision of the existing article, annotations re-anchored
    RefuseSameText, // store nothing when the text is in the library already (say where); else a new article
    Ask, // store nothing when the source or its text is in the library already (say where), so the caller can ask
};

// A source read, its format known (LibraryImport::readFile, fromBytes).
struct ImportSource {
    QByteArray bytes;
    Ingest::Format format = Ingest::Format::Auto; // resolved: never Auto
    QString name; // what the importers see: a path or a name
    QString source; // what the article records (empty for a stream)
};

// A source extracted and made a revision, ready to be stored (LibraryImport::prepare).
struct PreparedImport {
    QString source;
    Ingest::Extraction extraction;
    Model::Revision revision;
};

// What LibraryImport::store wrote, for LibraryImport::adopt to tell the library's views.
struct StoredImport {
    enum class Change { None, Added, Revised };
    ImportedArticle result;
    Change change = Change::None;
    Model::Article before; // Revised: the article as it was
    Model::Article after; // Added, Revised: the article as stored
    Model::Revision revision; // Added, Revised: its new current revision
    QList<Model::Annotation> annotationsBefore; // Revised: as they were, in the order of annotationsAfter
    QList<Model::Annotation> annotationsAfter;
};

// An import is three steps, so that the window can run the long ones off its thread: prepare()
// (reading and extracting: HTML on the thread of the HTML extractor, everything else on any
// thread), store() (one transaction on any connection to the library: finding the article it
// updates, re-anchoring, writing) and adopt() (on the library's thread: the views are told, an update
// goes on the undo stack). importFile() and importBytes() do all three in turn.
class LibraryImport
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::LibraryImport)

public:
    // `html` reads HTML sources (its owner keeps it alive); without one, HTML is refused with a
    // sentence saying why.
    explicit LibraryImport(Library *library, Ingest::HtmlExtractorProvider *html = nullptr);

    // The article imported earlier from this source (compared as an absolute, canonical path for
    // files, or exactly for other names), if any.
    std::optional<QString> existingArticle(const QString &source) const;
    // The article an import of `source` whose text hashes to `contentHash` would update: among the
    // articles from the same source or with the same current text, the most annotated (an update
    // never leaves the annotated original behind for a bare duplicate), then the one with the same
    // text, then the same source, then the newest. nullopt when there is none or the library could
    // not be read (logged).
    std::optional<ExistingArticle> findExisting(const QString &source, const QString &contentHash) const;

    ImportResult importFile(const QString &path, Ingest::Format format = Ingest::Format::Auto,
        WhenAlreadyImported when = WhenAlreadyImported::ImportAsNew);
    // `sourceName` identifies the bytes (a URL, or a name such as "Pasted 2026-11-21 10:30"); it is
    // stored as the article's source and used to find an earlier import of the same source.
    ImportResult importBytes(const QByteArray &bytes, Ingest::Format format, const QString &sourceName,
        WhenAlreadyImported when = WhenAlreadyImported::ImportAsNew);

    // Refused (with the sentence to show) when the library is not open for writing.
    Status canStore() const;
    Result<ImportSource> readFile(const QString &path, Ingest::Format format = Ingest::Format::Auto) const;
    static ImportSource fromBytes(const QByteArray &bytes, Ingest::Format format, const QString &sourceName);
    // Whether prepare() must run on the HTML extractor's thread (else any thread will do).
    bool preparesOnExtractorThread(const ImportSource &source) const;
    Result<PreparedImport> prepare(const ImportSource &source) const;
    // In one transaction of `db`: nothing is written when it fails, or when the source is already
    // there and `when` says not to store it again (StoredImport::result.existing says where).
    static Result<StoredImport> store(Store::Database &db, const PreparedImport &prepared, WhenAlreadyImported when);
    ImportResult adopt(Result<StoredImport> stored);

private:
    // Every article findExisting chooses among, in its order.
    QList<ExistingArticle> candidates(const QString &source, const QString &contentHash) const;
    ImportResult importSource(const ImportSource &source, WhenAlreadyImported when);

    Library *m_library;
    Ingest::HtmlExtractorProvider *m_html;
};

} // namespace Glossa
