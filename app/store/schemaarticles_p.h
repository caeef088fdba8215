// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 10, article notes and properties: the published date and the note on the whole
// article, and the `#tags` of the notes written before tags followed the note's text
// (Model::NoteTags). Private to Schema (schema.cpp), which runs them as one step.
#pragma once

#include "schema.h"

namespace Glossa::Store::SchemaArticles {

extern const char kVersion10[];

// Gives every annotation the `#tags` its note holds (tags already there stay). Runs inside the
// step's transaction.
Status noteTags(Database &db, const Schema::Progress &progress);

} // namespace Glossa::Store::SchemaArticles
