// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa annotate ARTICLE --quote TEXT …` marks a passage of an article's current text, as the
// window does when the reader selects it; `glossa annotations ARTICLE` lists an article's
// annotations in text order.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runAnnotate(const QStringList &args, const Context &context);
int runAnnotations(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
