// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 11, inline formatting (model/mark.h): the table inline_marks, table rows and
// footnotes among the passages, and the marks of the revisions already in the library re-derived
// from their sources. Private to Schema (schema.cpp), which runs them as one step.
#pragma once

#include "schema.h"

namespace Glossa::Store::SchemaMarks {

extern const char kVersion11[];

// Re-imports every Markdown revision from its raw source and, when the importer gives back the
// very canonical text stored, writes its marks and the block types the importer now tells apart
// (table rows, footnotes, figures' captions). A revision whose text would differ keeps no marks:
// its selectors point into the stored text, which is never changed. HTML needs a web engine, which
// the store has not: its revisions get their marks when they are updated. `progress` hears revisions.
Status rederive(Database &db, const Schema::Progress &progress);

} // namespace Glossa::Store::SchemaMarks
