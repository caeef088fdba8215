// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the library's highlight palette as one undoable action: the palette is stored in the
// library's settings (key "palette", Palette::toJson) and the library announces paletteChanged().
// Annotations are never touched: they keep their colour names whatever the palette holds.
#pragma once

#include "librarycommands.h"
#include "model/palette.h"

#include <optional>

namespace Glossa {

class PaletteCommand final : public LibraryCommand
{
public:
    PaletteCommand(Library *library, Model::Palette before, Model::Palette after);

    static constexpr QLatin1StringView SettingsKey {"palette"};
    // Writes `palette` into the library's settings (inside the caller's transaction).
    static Store::Status store(Store::Database &db, const Model::Palette &palette);
    // The palette store() wrote: nullopt when none is stored; an error when the settings cannot be
    // read or the stored value is not a palette (a newer Glossa may have written it).
    static Store::Result<std::optional<Model::Palette>> load(Store::Database &db);

protected:
    Store::Status apply() override;
    Store::Status revert() override;

private:
    Store::Status set(const Model::Palette &palette);

    Model::Palette m_before;
    Model::Palette m_after;
};

} // namespace Glossa
