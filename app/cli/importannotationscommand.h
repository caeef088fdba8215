// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa import-annotations FILE --article ARTICLE [--json] [--library DIR]`: reads W3C Web
// Annotations (Glossa's own JSON-LD or another tool's) or Hypothesis's exported JSON onto an
// article, anchoring each on its current text, in one transaction and one undo step. Reports how
// many landed exactly, on changed text, or became orphans, and which items were rejected and why;
// with --json, every annotation. A bad file is refused with a sentence and nothing is stored.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runImportAnnotations(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
