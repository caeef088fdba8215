// SPDX-License-Identifier: GPL-3.0-or-later
// The link verbs: `glossa link FROM TO --relation R` joins two passages or articles, `glossa links
// ARTICLE` lists an article's links and backlinks with their status, `glossa unlink LINK` removes one.
// One file per verb (linkcommand.cpp, linkscommand.cpp, unlinkcommand.cpp).
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runLink(const QStringList &args, const Context &context);
int runLinks(const QStringList &args, const Context &context);
int runUnlink(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
