// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa thread-export ARTICLE -o FILE` writes an article's discussion to a thread file;
// `glossa thread-merge FILE… [--json]` merges thread files into the library (Thread::merge's rules).
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runThreadExport(const QStringList &args, const Context &context);
int runThreadMerge(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
