// SPDX-License-Identifier: GPL-3.0-or-later
// The library's palette: read from the library's settings and changed through an undoable command.
#include "library.h"
#include "palettecommand.h"
#include "store/storelog.h"

namespace Glossa {

void Library::loadPalette()
{
    const Model::Palette before = m_palette;
    m_palette = Model::Palette::defaults();
    if (m_store) {
        // An unreadable value is left as it is (a newer Glossa may have written it) and the
        // defaults are used until the user saves a palette.
        const auto stored = PaletteCommand::load(m_store->db());
        if (!stored) {
            qCWarning(lcStore) << "could not read the palette, using the default colours:" << stored.error().message;
        } else if (stored->has_value()) {
            m_palette = **stored;
        }
    }
    if (m_palette != before) {
        Q_EMIT paletteChanged();
    }
}

Store::Status Library::setPalette(const Model::Palette &palette)
{
    // Refusals of its own, like the other changes': logged and returned, nothing to undo.
    const QString refused = !m_store ? tr("The library is not open for writing.")
        : palette.colors().isEmpty() ? tr("The palette needs at least one colour.")
                                     : QString();
    if (!refused.isEmpty()) {
        qCWarning(lcStore) << refused;
        return Store::Error {.message = refused};
    }
    if (palette == m_palette) {
        return {};
    }
    return push(new PaletteCommand(this, m_palette, palette));
}

} // namespace Glossa
