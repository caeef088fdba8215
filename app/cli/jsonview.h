// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON shapes `glossa list --json` and `glossa show --json` print. Times are ISO 8601 UTC;
// offsets are UTF-16 code units of the canonical text, like everywhere in the library.
#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/comment.h"
#include "model/link.h"
#include "model/revision.h"

#include <QJsonObject>

namespace Glossa::Cli::JsonView {

QJsonObject article(const Model::Article &article);
QJsonObject revision(const Model::Revision &revision); // with its blocks (not the raw source)
QJsonObject annotation(const Model::Annotation &annotation);
QJsonObject link(const Model::Link &link, bool dangling);
QJsonObject comment(const Model::Comment &comment);

} // namespace Glossa::Cli::JsonView
