// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa extract FILE [--format auto|text|html|markdown] [--json]`: runs an importer on one file
// and prints what it found (metadata, canonical text, blocks) without touching any library.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runExtract(const QStringList &args, const Context &context);

// True when the file these arguments name is HTML (by --format, or by its name and first bytes).
bool extractNeedsWebEngine(const QStringList &args);

} // namespace Glossa::Cli
