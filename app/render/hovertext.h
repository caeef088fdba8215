// SPDX-License-Identifier: GPL-3.0-or-later
// The tooltip shown while the pointer rests on highlights: for each (innermost first) its colour's
// meaning, "text changed" if it was re-anchored fuzzily, and the first lines of its note, as plain
// text short enough for a tooltip.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Glossa {
class Library;
namespace Model {
class Palette;
}
} // namespace Glossa

namespace Glossa::Render {

class HoverText final
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Render::HoverText)

public:
    // Empty when none of `ids` is an annotation of `articleId`.
    static QString build(
        const Library &library, const Model::Palette &palette, const QString &articleId, const QStringList &ids);
};

} // namespace Glossa::Render
