// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON shapes `glossa list --json` and `glossa show --json` print. Times are ISO 8601 UTC;
// offsets are UTF-16 code units of the canonical text, like everywhere in the library.
#pragma once

#include "model/annotation.h"
#include "model/article.h"
#include "model/comment.h"
#include "model/link.h"
#include "model/revision.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Glossa::Links {
struct LinkView;
}

namespace Glossa::Cli::JsonView {

QJsonObject article(const Model::Article &article);
QJsonObject revision(const Model::Revision &revision); // with its blocks (not the raw source)
// A block's inline marks: kind, start, end (in the block's text, from 0) and attr when it has one.
QJsonArray marks(const QList<Model::Mark> &marks);
QJsonObject annotation(const Model::Annotation &annotation);
QJsonObject link(const Model::Link &link, bool dangling);
// A link as `glossa links` and `glossa link --json` print it: id, relation, note, created, status
// ("ok", "changed", "dangling") and both ends (article id and title, annotation id or null for the
// whole article, quote as it reads now or last read, quote when linked, the end's status).
QJsonObject linkView(const Links::LinkView &view);
QJsonObject comment(const Model::Comment &comment);

} // namespace Glossa::Cli::JsonView
