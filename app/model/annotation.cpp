// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"

#include <QCoreApplication>

#include <algorithm>

namespace Glossa::Model {

QString highlightStyleName(HighlightStyle style)
{
    return style == HighlightStyle::Underline ? QStringLiteral("underline") : QStringLiteral("fill");
}

HighlightStyle highlightStyleFromName(QStringView name)
{
    return name == u"underline" ? HighlightStyle::Underline : HighlightStyle::Fill;
}

QString privateLabel()
{
    return QCoreApplication::translate("Glossa::Model::Annotation", "Private: left out of exports");
}

void sortInTextOrder(QList<Annotation> &annotations)
{
    std::stable_sort(annotations.begin(), annotations.end(), [](const Annotation &a, const Annotation &b) {
        const bool ao = !a.anchor.isAnchored();
        const bool bo = !b.anchor.isAnchored();
        if (ao != bo) {
            return bo;
        }
        return std::pair(a.anchor.start, a.anchor.end) < std::pair(b.anchor.start, b.anchor.end);
    });
}

} // namespace Glossa::Model
