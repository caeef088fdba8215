// SPDX-License-Identifier: GPL-3.0-or-later
// The passage a `--quote TEXT` names in an article's current text, marked the way the reader marks a
// selection: what `glossa annotate`, `glossa comment` and `glossa link` share.
#pragma once

#include "model/annotation.h"
#include "model/article.h"

#include <optional>

namespace Glossa {
class Library;
}

namespace Glossa::Cli {

// The `occurrence`-th place (from 1) `quote` occurs in the article's current canonical text, as an
// exact highlight (its kind and author for the caller to set). When the article has no text, the
// quote does not occur or not that often, says why on stderr ("glossa COMMAND: …") and returns
// nullopt.
std::optional<Model::Annotation> quotedPassage(const Library &library, const Model::Article &article,
    const QString &quote, int occurrence, const QString &command);

} // namespace Glossa::Cli
