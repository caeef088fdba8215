// SPDX-License-Identifier: GPL-3.0-or-later
// Writes an article's annotations as W3C Web Annotations (JSON-LD): an AnnotationCollection whose
// first page holds one Annotation per highlight or note, each passing the W3C test suite's MUST
// assertions. A target is a SpecificResource whose source identifies the article (its URL when it
// was imported from one, else urn:uuid:ARTICLE-ID) with a TextQuoteSelector and a
// TextPositionSelector over the current revision's canonical text, in code points as the W3C
// model counts them (Glossa counts UTF-16 code units). An orphan, whose passage left the text, is
// written with its quote only. Private annotations stay out unless asked for.
// The article's discussion follows the annotations, one Annotation per comment (motivation
// "commenting", or "replying" for a reply, whose target is the IRI of the comment it answers; see
// webannotationcomments.cpp); an inline comment's passage is not a separate item. Then the article's
// links and backlinks, one Annotation each (motivation "linking", the other passage as the body;
// see webannotationlinks.cpp); a link's anchors are not separate items.
#pragma once

#include "discussion.h"
#include "exportlinks.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/palette.h"
#include "model/result.h"
#include "model/revision.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Glossa {
class Library;
}

namespace Glossa::Export {

struct WebAnnotationOptions {
    bool includePrivate = false; // private annotations are left out unless this is set
    bool includeDiscussion = true; // the comment thread, after the annotations
    bool includeLinks = true; // the article's links and backlinks, last
};

class WebAnnotationExport
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Export::WebAnnotationExport)

public:
    // The AnnotationCollection for `annotations` (of `article`, on `revision`, its current one);
    // `palette` gives each colour's shade for the stylesheet; `discussion` the article's comments;
    // `links` its links and backlinks.
    static QJsonObject collection(const Model::Article &article, const Model::Revision &revision,
        const QList<Model::Annotation> &annotations, const Model::Palette &palette,
        const WebAnnotationOptions &options = {}, const Discussion &discussion = {}, const ExportLinks &links = {});

    // One annotation as a W3C Annotation (with its own @context, so it stands alone).
    static QJsonObject annotation(const Model::Article &article, const Model::Revision &revision,
        const Model::Annotation &annotation, const Model::Palette &palette);

    // The source IRI of an article's targets: its source when that is an http(s) URL, otherwise
    // urn:uuid:ARTICLE-ID.
    static QString sourceOf(const Model::Article &article);

    // How many items of a collection write() made are annotations, how many are comments and how
    // many are links.
    struct Counts {
        int annotations = 0;
        int comments = 0;
        int links = 0;
    };
    static Counts counts(const QByteArray &json);

    // Reads the article, its current revision, annotations, discussion and links from `library` and returns the
    // collection as indented UTF-8 JSON; an Error (a sentence) when the library cannot be read or
    // holds no such article. What the window's File › Export › Web Annotations… and
    // `glossa export --format jsonld` write.
    static Result<QByteArray> write(
        const Library &library, const QString &articleId, const WebAnnotationOptions &options = {});
};

} // namespace Glossa::Export
