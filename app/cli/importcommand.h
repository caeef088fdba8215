// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa import FILE… [--json] [--update] [--library DIR]`: stores each file in the library as a new
// article (or, with --update, a new revision of the article imported from the same file), one line
// or JSON object per file; a failed file changes nothing and the others are still imported.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runImport(const QStringList &args, const Context &context);

// True when any of the files is HTML (by its name and first bytes): main() then starts the web engine.
bool importNeedsWebEngine(const QStringList &args);

} // namespace Glossa::Cli
