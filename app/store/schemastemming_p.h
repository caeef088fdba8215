// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 9, inflections in search (store/stemmingtokenizer.h): its SQL and the re-index of
// the rows already in the library. Private to Schema (schema.cpp), which runs them as one step.
#pragma once

#include "schema.h"

namespace Glossa::Store::SchemaStemming {

// The full-text tables rebuilt with the tokenizer `glossa`, and their triggers.
extern const char kVersion9[];

// Indexes every row of the five indexed tables again, a chunk at a time, telling `progress` how
// many rows are done. Runs inside the step's transaction.
Status reindex(Database &db, const Schema::Progress &progress);

} // namespace Glossa::Store::SchemaStemming
