// SPDX-License-Identifier: GPL-3.0-or-later
#include "selector.h"

namespace Glossa::Model {

QString anchorStatusName(AnchorStatus status)
{
    switch (status) {
    case AnchorStatus::Exact:
        return QStringLiteral("exact");
    case AnchorStatus::Fuzzy:
        return QStringLiteral("fuzzy");
    case AnchorStatus::Orphan:
        break;
    }
    return QStringLiteral("orphan");
}

} // namespace Glossa::Model
