// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa import FILE… [--json] [--update | --as-new] [--library DIR]`: stores each file in the
// library as a new article (or, with --update, a new revision of the article imported from the same
// file or holding the same text: LibraryImport::findExisting), one line or JSON object per file; a
// failed file changes nothing and the others are still imported. A file whose text is in the library
// already is not imported again (the existing article's id is printed, the exit code is 1) unless
// --as-new says to.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runImport(const QStringList &args, const Context &context);

// True when any of the files is HTML (by its name and first bytes): main() then starts the web engine.
bool importNeedsWebEngine(const QStringList &args);

} // namespace Glossa::Cli
