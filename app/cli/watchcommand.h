// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa watch ARTICLE [--comment COMMENT] [--stop] [--json]`: watch an article's discussion, or one
// comment and its replies ("Notify me", offline): comments a later `glossa thread-merge` brings into
// it are marked unread (`glossa thread`), until `glossa thread ARTICLE --mark-read`.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runWatch(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
