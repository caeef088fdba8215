// SPDX-License-Identifier: GPL-3.0-or-later
#include "palette.h"

#include <QJsonObject>

namespace Glossa::Model {

Palette Palette::defaults()
{
    Palette p;
    p.m_colors = {
        {QStringLiteral("important"), {}, Rgb(0xf3, 0xd5, 0x8a)},
        {QStringLiteral("agree"), {}, Rgb(0x9f, 0xd8, 0x9f)},
        {QStringLiteral("disagree"), {}, Rgb(0xf0, 0xa3, 0xa0)},
        {QStringLiteral("definition"), {}, Rgb(0xa8, 0xc8, 0xf0)},
        {QStringLiteral("question"), {}, Rgb(0xcd, 0xb0, 0xec)},
        {QStringLiteral("follow-up"), {}, Rgb(0xc8, 0xc4, 0xbc)},
    };
    return p;
}

std::optional<PaletteColor> Palette::color(const QString &name) const
{
    for (const PaletteColor &c : m_colors) {
        if (c.name == name) {
            return c;
        }
    }
    return std::nullopt;
}

std::optional<PaletteColor> Palette::forKey(int key) const
{
    if (key < 1 || key > 6 || key > m_colors.size()) {
        return std::nullopt;
    }
    return m_colors.at(key - 1);
}

QString Palette::labelFor(const QString &colorName) const
{
    const auto c = color(colorName);
    return c ? displayLabel(*c) : colorName;
}

QString Palette::displayLabel(const PaletteColor &c) const
{
    if (!c.label.isEmpty()) {
        return c.label;
    }
    if (c.name == u"important") {
        return tr("Important");
    }
    if (c.name == u"agree") {
        return tr("Agree");
    }
    if (c.name == u"disagree") {
        return tr("Disagree");
    }
    if (c.name == u"definition") {
        return tr("Definition");
    }
    if (c.name == u"question") {
        return tr("Question");
    }
    if (c.name == u"follow-up") {
        return tr("Follow up");
    }
    return c.name;
}

bool Palette::isValidName(const QString &name)
{
    if (name.isEmpty() || name.size() > 40) {
        return false;
    }
    for (const QChar ch : name) {
        if (!ch.isLetterOrNumber() && ch != u'-') {
            return false;
        }
    }
    return true;
}

bool Palette::set(const PaletteColor &c)
{
    if (!isValidName(c.name) || !c.color.isValid()) {
        return false;
    }
    for (PaletteColor &existing : m_colors) {
        if (existing.name == c.name) {
            existing = c;
            return true;
        }
    }
    m_colors.append(c);
    return true;
}

bool Palette::remove(const QString &name)
{
    return m_colors.removeIf([&](const PaletteColor &c) { return c.name == name; }) > 0;
}

QJsonArray Palette::toJson() const
{
    QJsonArray out;
    for (const PaletteColor &c : m_colors) {
        out.append(QJsonObject {{QStringLiteral("name"), c.name}, {QStringLiteral("label"), c.label},
            {QStringLiteral("color"), c.color.name()}});
    }
    return out;
}

Palette Palette::fromJson(const QJsonArray &json)
{
    Palette p;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        const std::optional<Rgb> color = Rgb::fromName(o.value(u"color").toString());
        p.set({o.value(u"name").toString(), o.value(u"label").toString(), color.value_or(Rgb())});
    }
    return p.m_colors.isEmpty() ? defaults() : p;
}

} // namespace Glossa::Model
