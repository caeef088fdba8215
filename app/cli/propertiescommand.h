// SPDX-License-Identifier: GPL-3.0-or-later
// `glossa properties ARTICLE [--title T] [--byline B] [--site S] [--source URL] [--published DATE]
// [--language L] [--tags "a, b"] [--note TEXT] [--json]`: shows an article's properties, or changes
// the ones given (Library::setArticleProperties: a bad date or language changes nothing) and shows
// them after.
#pragma once

#include <QStringList>

namespace Glossa::Cli {

struct Context;

int runProperties(const QStringList &args, const Context &context);

} // namespace Glossa::Cli
