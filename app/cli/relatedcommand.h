// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa related ARTICLE [--annotation ID | --quote TEXT] [--limit N] [--json]`: the passages of other
// articles that discuss what a passage of ARTICLE (or the whole article) discusses (Links::Related).
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runRelated(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
