// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"

namespace Glossa::Model {

QString highlightStyleName(HighlightStyle style)
{
    return style == HighlightStyle::Underline ? QStringLiteral("underline") : QStringLiteral("fill");
}

HighlightStyle highlightStyleFromName(QStringView name)
{
    return name == u"underline" ? HighlightStyle::Underline : HighlightStyle::Fill;
}

} // namespace Glossa::Model
