// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa vote COMMENT [--down|--clear] [--author NAME]`: one author's vote on a comment; voting
// the same way again takes the vote back.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runVote(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
