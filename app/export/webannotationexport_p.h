// SPDX-License-Identifier: GPL-3.0-or-later
// What the W3C export's files share (webannotationexport.cpp writes the annotations,
// webannotationcomments.cpp the discussion's comments,
// webannotationlinks.cpp the links).
#pragma once

#include "discussion.h"
#include "exportlinks.h"
#include "model/annotation.h"
#include "model/article.h"
#include "model/revision.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Glossa::Export {

class CodePoints;

namespace WebAnnotationPrivate {

// The @context every item names: the W3C one and Glossa's prefix.
QJsonArray context();
// A W3C timestamp: UTC with milliseconds.
QString timestamp(const QDateTime &t);
// A passage's TextQuoteSelector, and its TextPositionSelector (in code points) when the position
// still describes `revision`'s text.
QJsonArray selectors(const Model::Revision &revision, const Model::Annotation &a, const CodePoints &codePoints);
// The discussion's comments as W3C Annotations, in the thread's order (see WebAnnotationExport).
QJsonArray comments(const Model::Article &article, const Model::Revision &revision, const Discussion &discussion,
    const CodePoints &codePoints);
// The article's links as W3C Annotations with the motivation "linking" (see webannotationlinks.cpp).
QJsonArray links(const Model::Article &article, const Model::Revision &revision, const ExportLinks &links,
    const CodePoints &codePoints);

} // namespace WebAnnotationPrivate

} // namespace Glossa::Export
