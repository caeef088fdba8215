// SPDX-License-Identifier: GPL-3.0-or-later
// Reads annotations back into the library: Glossa's own JSON-LD, any W3C Web Annotation with text
// selectors (an Annotation, an array of them, an AnnotationPage or an AnnotationCollection with its
// first page embedded), and Hypothesis's exported JSON (its export file, an API search result, or
// an array of rows). Each annotation is anchored on the article's current text as a re-import
// anchors them (exact, changed, or an orphan), and the whole file is stored as one transaction and
// one undo step; an id already in the library updates that annotation.
//
// A file that is not what it claims (malformed JSON, a number where text belongs, a position
// outside the text with no quote to find the passage by, a file too large or nested too deep)
// is refused as a whole with a sentence saying what is wrong, and nothing is stored. An item Glossa
// cannot place on a text (no text selector, an id that belongs to another article) is reported as
// rejected and the rest is stored.
//
// The comments of an article's discussion (Glossa's W3C export writes them, glossa:kind "comment";
// any W3C reply, motivation "replying", is one too) are never stored as highlights: they are merged
// into the article's thread by id, as a thread file is (Library::mergeThread), so importing the same
// file again changes nothing. A reply to a comment neither the file nor the library has is rejected.
// A link between passages (motivation "linking", as Glossa's export writes each link) is rejected with
// a reason and counted, never stored as a highlight: links are not imported.
#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/palette.h"
#include "model/result.h"
#include "model/revision.h"
#include "thread/threadfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Glossa {
class Library;
}

namespace Glossa::Export {

enum class ImportOutcome { Exact, Changed, Orphan, Rejected };

// "exact", "changed", "orphan", "rejected"
QString importOutcomeName(ImportOutcome outcome);

// What became of one item of the file, in file order.
struct ImportedAnnotation {
    QString id; // the annotation's Glossa id (empty for a rejected item without one)
    ImportOutcome outcome = ImportOutcome::Rejected;
    QString reason; // why it was rejected
    bool updated = false; // an annotation with this id was already in the library
    bool comment = false; // a comment of the discussion, not an annotation
};

struct AnnotationImport {
    QString format; // "glossa", "w3c" or "hypothesis"
    QList<Model::Annotation> annotations; // to store: the items not rejected, anchored
    QList<ImportedAnnotation> items;
    // The comments to merge into the article's discussion, with their passages; `commentItems`
    // holds the index in `items` of each of thread.comments.
    Thread::ThreadFile thread;
    QList<qsizetype> commentItems;

    // The annotations with this outcome (rejected: comments too).
    qsizetype count(ImportOutcome outcome) const;
    // What the import did, in a sentence for the user: "7 annotations stored: 5 exact, 1 on changed
    // text, 1 orphaned; 1 rejected.", and when the file has comments " 3 comments merged into the
    // discussion."
    QString summary() const;
};

class WebAnnotationImport
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Export::WebAnnotationImport)

public:
    // Files larger than this are refused before they are read.
    static constexpr qint64 MaxFileSize = qint64(64) * 1024 * 1024;
    // JSON nested deeper than this is refused before it is parsed.
    static constexpr int MaxDepth = 256;

    // The bytes of `path`, or an Error when it cannot be read or is larger than MaxFileSize.
    static Result<QByteArray> readFile(const QString &path);

    // Parses `json` and anchors each annotation on `revision` (the current revision of `article`).
    // `existing` are the annotations the library holds with the same ids (any article): an item
    // whose id belongs to another article is rejected, one on this article is marked updated and
    // keeps what the file leaves out. `palette` gives the colour of items that name none.
    using Lookup = std::function<Result<std::optional<Model::Annotation>>(const QString &id)>;
    static Result<AnnotationImport> parse(const QByteArray &json, const Model::Article &article,
        const Model::Revision &revision, const Model::Palette &palette, const Lookup &existing);

    // Reads `path`, anchors its annotations on the article's current text and stores them in one
    // undoable step (Library::importAnnotations), then merges its comments into the discussion (a
    // second step, Library::mergeThread; when the merge is refused the first is undone). What the
    // window's File › Import Annotations… and `glossa import-annotations` do. An Error means nothing
    // was stored.
    static Result<AnnotationImport> importFile(Library &library, const QString &path, const QString &articleId);
    // The same with the file's bytes already read.
    static Result<AnnotationImport> importBytes(Library &library, const QByteArray &json, const QString &articleId);
};

} // namespace Glossa::Export
