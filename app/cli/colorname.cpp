// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorname.h"

#include <QStringList>

namespace Glossa::Cli {

std::optional<QString> paletteColorNamed(const Model::Palette &palette, const QString &nameOrLabel)
{
    for (const Model::PaletteColor &c : palette.colors()) {
        if (c.name.compare(nameOrLabel, Qt::CaseInsensitive) == 0
            || palette.displayLabel(c).compare(nameOrLabel, Qt::CaseInsensitive) == 0) {
            return c.name;
        }
    }
    return std::nullopt;
}

QString paletteColorChoices(const Model::Palette &palette)
{
    QStringList names;
    for (const Model::PaletteColor &c : palette.colors()) {
        names << QStringLiteral("%1 (%2)").arg(c.name, palette.displayLabel(c));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace Glossa::Cli
