// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa delete ARTICLE… [--json]`: deletes articles with their revisions, annotations and
// comments (one change; the library's backups keep what was there), saying how many annotations and
// comments went with each. An ARTICLE that names none or several articles deletes nothing.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runDelete(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
