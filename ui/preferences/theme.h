// SPDX-License-Identifier: GPL-3.0-or-later
// The light or dark look the user chose in the preferences (follow the system, light, dark): kept
// in the Settings (not the library) because it belongs to the person and the machine, not to a
// library; applied through QStyleHints::setColorScheme, and resolved to "dark or not" for the
// reader page and the note editor.
#pragma once

#include <QString>

namespace Glossa::Ui::Theme {

enum class Choice { System, Light, Dark };

Choice stored();
void store(Choice choice);
// Asks the platform for the colour scheme (Unknown = follow the system). Where the platform
// cannot switch, the widgets get a matching palette so the window and the page agree.
void apply(Choice choice);
// Whether things should look dark now: the explicit choice, else the system's scheme, else the
// lightness of the window palette.
bool isDark();
// "light" or "dark", as the reader page expects it.
QString pageTheme();

Choice fromName(const QString &name); // "system", "light", "dark"; anything else is System
QString name(Choice choice);

} // namespace Glossa::Ui::Theme
