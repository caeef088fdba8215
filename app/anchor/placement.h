// SPDX-License-Identifier: GPL-3.0-or-later
// Putting an annotation exactly on a passage the reader chose: the revision it was made on, its
// selectors (position, quote with context, block) and an exact anchor. Used wherever a passage is
// marked by hand (a new highlight, re-attaching an orphan, the sample annotations, tests).
#pragma once

#include "model/annotation.h"
#include "model/revision.h"

namespace Glossa::Anchor {

// Points `annotation` at [start, end) of `revision`'s canonical text; its other fields are kept.
void placeExactly(Model::Annotation &annotation, const Model::Revision &revision, qsizetype start, qsizetype end);

// A new highlight on [start, end) of `revision` (of the revision's article), with no id yet.
Model::Annotation exactHighlight(const Model::Revision &revision, qsizetype start, qsizetype end);

} // namespace Glossa::Anchor
