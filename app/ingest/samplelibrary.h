// SPDX-License-Identifier: GPL-3.0-or-later
// The sample library shipped inside Glossa, shown on first run so the app is never empty:
// a welcome article and two short articles (Italian and English), written for Glossa.
#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/revision.h"

#include <QList>

namespace Glossa::Ingest {

struct SampleArticle {
    Model::Article article;
    Model::Revision revision;
    QString markdown; // the raw source, kept like any imported source
};

// A highlight shown on the sample articles, so a new reader sees what Glossa does.
struct SampleAnnotation {
    QString articleId;
    QString quote; // found once in the article's canonical text
    QString color; // a name of the default palette
    Model::HighlightStyle style = Model::HighlightStyle::Fill;
    QString note; // Markdown, may be empty
};

class SampleLibrary
{
public:
    // The sample articles in display order, parsed from the Markdown files bundled as resources.
    // Their ids are stable (derived from the file name) so a test or a link can name them.
    static QList<SampleArticle> articles();
    // The highlights on them, from the bundled annotations.json.
    static QList<SampleAnnotation> annotations();
};

} // namespace Glossa::Ingest
