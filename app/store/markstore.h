// SPDX-License-Identifier: GPL-3.0-or-later
// A revision's inline marks (model/mark.h) in the table inline_marks: one row a mark, its range in
// the revision's canonical text. Blocks hold marks in their own offsets; the store holds canonical
// ones, so a mark's row reads the same whatever block structure a later version gives the text.
#pragma once

#include "database.h"

#include "model/revision.h"

namespace Glossa::Store::MarkStore {

// Writes the marks of `revision`'s blocks (the revision's rows must not have marks yet).
Status insert(Database &db, const Model::Revision &revision);

// Reads the marks of revision `revisionId` into `blocks` (its blocks, start and end filled).
Status read(Database &db, const QString &revisionId, QList<Model::Block> &blocks);

} // namespace Glossa::Store::MarkStore
