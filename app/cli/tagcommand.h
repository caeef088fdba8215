// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa tag list [--json]`: every tag with how many articles and annotations have it.
// `glossa tag add|remove TARGET TAG… [--json]`: tags an annotation (TARGET is its id) or an article
// (its id or title, as every command names one); prints the target's tags after the change.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runTag(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
