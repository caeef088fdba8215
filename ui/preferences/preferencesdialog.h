// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Configure Glossa…: the highlight palette and the style of new highlights (Highlights
// page), the light or dark theme (Appearance page), and the name and e-mail comments carry (Author
// page, kept in the library). OK and Apply store the changes (the palette
// as one undoable library change), Cancel leaves everything as it was.
#pragma once

#include "model/annotation.h"
#include "theme.h"

#include <QDialog>

class QAbstractButton;
class QDialogButtonBox;
class QRadioButton;
class QTabWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class AuthorPage;
class PalettePage;

class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Library *library, QWidget *parent = nullptr);

    PalettePage *highlightsPage() const { return m_highlights; }
    AuthorPage *authorPage() const { return m_author; }
    Theme::Choice themeChoice() const;
    void setThemeChoice(Theme::Choice choice);
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Stores what the pages hold. Returns false (and says why) when the library refused the palette.
    bool apply();

    void accept() override;

Q_SIGNALS:
    void defaultStyleChanged(Model::HighlightStyle style);
    void themeChanged();

private:
    Library *m_library;
    QTabWidget *m_tabs;
    PalettePage *m_highlights;
    AuthorPage *m_author;
    QRadioButton *m_system;
    QRadioButton *m_light;
    QRadioButton *m_dark;
    QDialogButtonBox *m_buttons;
};

} // namespace Glossa::Ui
