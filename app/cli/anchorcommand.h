// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa anchor --text FILE --selectors FILE.jsonl`: anchors W3C selectors captured on an old text
// on a new canonical text, one JSON result line per input line. The anchoring benchmark and scripts
// drive the engine through it.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runAnchor(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
