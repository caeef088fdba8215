// SPDX-License-Identifier: GPL-3.0-or-later
// What an importer makes of a source: the article's blocks and the metadata found beside them.
#pragma once

#include "model/block.h"

#include <QList>
#include <QString>

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
};

// An extraction, or the reason there is none (a sentence for the user, without the file name).
struct ExtractionResult {
    Extraction extraction;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace Glossa::Ingest
