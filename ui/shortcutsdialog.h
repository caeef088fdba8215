// SPDX-License-Identifier: GPL-3.0-or-later
// Help › Keyboard Shortcuts: every key the window answers, read from its menus so the list never
// goes stale, plus the reader's own keys (Tab through highlights, Enter, Escape), which no menu shows.
#pragma once

#include <QDialog>

class QMenuBar;

namespace Glossa::Ui {

class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
};

} // namespace Glossa::Ui
