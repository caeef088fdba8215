// SPDX-License-Identifier: GPL-3.0-or-later
// Highlight colours that carry a meaning ("important", "agree"…). Annotations store the colour's
// name, so renaming the label or changing the shade never touches stored annotations. The first six
// colours answer the keys 1–6 in the reader.
#pragma once

#include "rgb.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Glossa::Model {

struct PaletteColor {
    QString name; // stable key stored in annotations: "important", "agree", or a user's own name
    QString label; // what the colour means, shown to the user; empty: the built-in translated label
    Rgb color;

    friend bool operator==(const PaletteColor &, const PaletteColor &) = default;
};

class Palette
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Model::Palette)

public:
    // yellow "important", green "agree", red "disagree", blue "definition", purple "question",
    // grey "follow-up".
    static Palette defaults();

    const QList<PaletteColor> &colors() const { return m_colors; }
    std::optional<PaletteColor> color(const QString &name) const;
    // The colour keys 1–6 choose, or nullopt.
    std::optional<PaletteColor> forKey(int key) const;
    // The label to show for a colour: its own, or the built-in meaning translated.
    QString displayLabel(const PaletteColor &color) const;
    // The label to show for a colour name: its colour's displayLabel(), or the name itself once
    // the colour has left the palette (highlights keep their colour name).
    QString labelFor(const QString &colorName) const;

    // Adds a colour or replaces the one with the same name. A name must be non-empty and made of
    // letters, digits and dashes; an invalid colour or name is refused (returns false).
    bool set(const PaletteColor &color);
    bool remove(const QString &name);

    // [{name, label, color: "#rrggbb"}] for settings and for the reader page.
    QJsonArray toJson() const;
    // Reads what toJson() wrote; entries that are malformed are skipped, and an empty or
    // unreadable value gives the defaults.
    static Palette fromJson(const QJsonArray &json);

    static bool isValidName(const QString &name);
    // The neutral colour that paints highlights whose colour is no longer in the palette: they keep
    // their stored name (adding the colour back restores them) and stay visible meanwhile.
    static Rgb fallbackColor() { return Rgb(0xb0, 0xb0, 0xb0); }

    friend bool operator==(const Palette &, const Palette &) = default;

private:
    QList<PaletteColor> m_colors;
};

} // namespace Glossa::Model
