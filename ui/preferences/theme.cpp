// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include "settings.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleHints>

namespace Glossa::Ui::Theme {

namespace {

// The choice applied last, so isDark() answers for it even where the platform ignores requests.
Choice &current()
{
    static Choice choice = Choice::System;
    return choice;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2a, 0x29, 0x27), base(0x1f, 0x1e, 0x1c), text(0xe6, 0xe1, 0xd8);
    const QColor disabled(0x80, 0x7b, 0x73), highlight(0x3d, 0x7d, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(150));
    p.setColor(QPalette::Midlight, window.lighter(125));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x90, 0xe0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}
} // namespace

Choice fromName(const QString &name)
{
    if (name == u"light") {
        return Choice::Light;
    }
    if (name == u"dark") {
        return Choice::Dark;
    }
    return Choice::System;
}

QString name(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

Choice stored()
{
    return fromName(Settings::themeName());
}

void store(Choice choice)
{
    Settings::setThemeName(name(choice));
}

void apply(Choice choice)
{
    current() = choice;
    static bool overridden = false;
    const Qt::ColorScheme wanted = choice == Choice::Light ? Qt::ColorScheme::Light
        : choice == Choice::Dark                           ? Qt::ColorScheme::Dark
                                                           : Qt::ColorScheme::Unknown;
    QGuiApplication::styleHints()->setColorScheme(wanted);
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app) {
        return;
    }
    // Platforms that cannot switch (or report nothing) keep their palette: give the widgets one
    // that matches the choice, and hand the platform's back when following the system again.
    const bool followed = wanted == Qt::ColorScheme::Unknown || QGuiApplication::styleHints()->colorScheme() == wanted;
    if (!followed && choice == Choice::Dark) {
        QApplication::setPalette(darkPalette());
        overridden = true;
    } else if (!followed && choice == Choice::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        overridden = true;
    } else if (overridden) {
        QApplication::setPalette(QPalette());
        overridden = false;
    }
}

bool isDark()
{
    switch (current()) {
    case Choice::Light:
        return false;
    case Choice::Dark:
        return true;
    case Choice::System:
        break;
    }
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return true;
    case Qt::ColorScheme::Light:
        return false;
    default:
        break;
    }
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QString pageTheme()
{
    return isDark() ? QStringLiteral("dark") : QStringLiteral("light");
}

} // namespace Glossa::Ui::Theme
