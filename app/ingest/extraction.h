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
    QList<Model::Block> blocks;
};

} // namespace Glossa::Ingest
