// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa comment ARTICLE --body TEXT [--quote TEXT | --on ANNOTATION] [--reply-to COMMENT]`: adds a
// comment to an article's discussion thread, a reply, or an inline comment on a passage.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runComment(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
