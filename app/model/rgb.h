// SPDX-License-Identifier: GPL-3.0-or-later
// An opaque 8-bit-per-channel colour, the model's own so that the GUI-free layers (and the `glossa`
// command-line executable) need no QtGui. A default-constructed Rgb is "no colour", as QColor() was.
// The widgets convert with Ui::toQColor()/Ui::fromQColor() (ui/widgets/colorswatch.h).
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Glossa::Model {

class Rgb
{
public:
    constexpr Rgb() = default;
    constexpr Rgb(int red, int green, int blue)
        : m_red(quint8(red))
        , m_green(quint8(green))
        , m_blue(quint8(blue))
        , m_valid(true)
    {
    }

    // Reads what QColor::fromString() read, so stored palettes load as they always did: "#rgb",
    // "#rrggbb", "#aarrggbb" (the alpha is dropped, as QColor::name() dropped it), "#rrrgggbbb",
    // "#rrrrggggbbbb" in either case, and the SVG colour names ("steelblue", "Steel Blue").
    static std::optional<Rgb> fromName(QStringView name);

    bool isValid() const { return m_valid; }
    int red() const { return m_red; }
    int green() const { return m_green; }
    int blue() const { return m_blue; }
    // "#rrggbb" in lower case, as QColor::name() wrote it ("#000000" for no colour).
    QString name() const;

    friend bool operator==(const Rgb &, const Rgb &) = default;

private:
    quint8 m_red = 0;
    quint8 m_green = 0;
    quint8 m_blue = 0;
    bool m_valid = false;
};

} // namespace Glossa::Model
