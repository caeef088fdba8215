// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement.h"

#include "anchorer.h"

namespace Glossa::Anchor {

void placeExactly(Model::Annotation &annotation, const Model::Revision &revision, qsizetype start, qsizetype end)
{
    annotation.articleId = revision.articleId;
    annotation.revisionId = revision.id;
    annotation.selector = describe(revision, start, end);
    annotation.anchor = {start, end, 1.0, Model::AnchorStatus::Exact};
}

Model::Annotation exactHighlight(const Model::Revision &revision, qsizetype start, qsizetype end)
{
    Model::Annotation a;
    a.kind = Model::AnnotationKind::Highlight;
    placeExactly(a, revision, start, end);
    return a;
}

} // namespace Glossa::Anchor
