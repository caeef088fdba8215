// SPDX-License-Identifier: GPL-3.0-or-later
// The palette colour a person names on the command line (`glossa annotate --color`, `glossa search
// --color`): by its name or by what it means, in any case.
#pragma once

#include "model/palette.h"

#include <optional>

namespace Glossa::Cli {

// The name of the colour `nameOrLabel` names (its name, or its displayLabel()); nullopt for none.
std::optional<QString> paletteColorNamed(const Model::Palette &palette, const QString &nameOrLabel);
// "important (Important), agree (Agree)…": the colours to choose from, for the sentence that says
// a colour named none.
QString paletteColorChoices(const Model::Palette &palette);

} // namespace Glossa::Cli
