// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa resolve COMMENT [--reopen]`: marks a comment (a question answered) resolved, or open again.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runResolve(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
