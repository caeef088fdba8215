// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettecommand.h"

#include "store/settingsrepository.h"

#include <QJsonDocument>

namespace Glossa {

using Store::Status;

PaletteCommand::PaletteCommand(Library *library, Model::Palette before, Model::Palette after)
    : LibraryCommand(library, tr("Change palette"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Store::Status PaletteCommand::store(Store::Database &db, const Model::Palette &palette)
{
    const QString json = QString::fromUtf8(QJsonDocument(palette.toJson()).toJson(QJsonDocument::Compact));
    return Store::SettingsRepository(db).setValue(QString(SettingsKey), json);
}

Store::Result<std::optional<Model::Palette>> PaletteCommand::load(Store::Database &db)
{
    const auto stored = Store::SettingsRepository(db).value(QString(SettingsKey));
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return std::optional<Model::Palette>();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson((*stored)->toUtf8(), &error);
    if (!doc.isArray()) {
        return Store::Error {.message
            = error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not a list of colours")};
    }
    return std::optional<Model::Palette>(Model::Palette::fromJson(doc.array()));
}

Status PaletteCommand::apply()
{
    return set(m_after);
}

Status PaletteCommand::revert()
{
    return set(m_before);
}

Status PaletteCommand::set(const Model::Palette &palette)
{
    if (Status s = write([&](Store::Database &db) { return store(db, palette); }); !s) {
        return s;
    }
    library()->m_palette = palette;
    Q_EMIT library()->paletteChanged();
    return {};
}

} // namespace Glossa
