// SPDX-License-Identifier: GPL-3.0-or-later
// What an importer makes of a source: the article's blocks and the metadata found beside them.
#pragma once

#include "model/block.h"
#include "model/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Glossa::Ingest {

struct Extraction {
    QString title;
    QString byline;
    QString site;
    QString language;
    QString published; // as found in the source (ISO 8601 when it was)
    QString excerpt;
    QString authorBio; // the author box's biography, when the source had one: metadata, never body
    QList<Model::Block> blocks;
    QStringList warnings; // what the user should know about the reading (invalid bytes replaced…)
};

// An extraction, or the reason there is none: the Error's message is a clause for the user
// ("the file is empty"), without the file name.
using ExtractionResult = Result<Extraction>;

} // namespace Glossa::Ingest
