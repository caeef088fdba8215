// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "authorpage.h"
#include "library/library.h"
#include "library/readonlymode.h"
#include "palettepage.h"
#include "reader/readercontroller.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Glossa::Ui {

PreferencesDialog::PreferencesDialog(Library *library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_tabs(new QTabWidget(this))
    , m_highlights(new PalettePage(library, this))
    , m_author(new AuthorPage(this))
    , m_system(new QRadioButton(tr("Follow the &system"), this))
    , m_light(new QRadioButton(tr("&Light"), this))
    , m_dark(new QRadioButton(tr("&Dark"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this))
{
    setWindowTitle(tr("Configure Glossa"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_highlights->setAccessibleName(tr("Highlights"));
    m_highlights->load(library->palette(), Settings::defaultStyle());
    m_tabs->addTab(m_highlights, tr("&Highlights"));
    // The palette and the author are the library's: not to be edited in a read-only one.
    ReadOnlyMode::markWriting(m_highlights);
    ReadOnlyMode::markWriting(m_author);

    auto *appearance = new QWidget(this);
    appearance->setAccessibleName(tr("Appearance"));
    auto *themeBox = new QGroupBox(tr("Theme"), appearance);
    m_system->setAccessibleName(tr("Theme: follow the system"));
    m_light->setAccessibleName(tr("Theme: light"));
    m_dark->setAccessibleName(tr("Theme: dark"));
    auto *themeLayout = new QVBoxLayout(themeBox);
    themeLayout->addWidget(m_system);
    themeLayout->addWidget(m_light);
    themeLayout->addWidget(m_dark);
    auto *hint = new QLabel(tr("The window, the article and the note editor switch together. Following the system, "
                               "they change when the desktop does."),
        appearance);
    hint->setWordWrap(true);
    auto *appearanceLayout = new QVBoxLayout(appearance);
    appearanceLayout->addWidget(themeBox);
    appearanceLayout->addWidget(hint);
    appearanceLayout->addStretch(1);
    m_tabs->addTab(appearance, tr("A&ppearance"));
    setThemeChoice(Theme::stored());
    const Library::AuthorProfile profile = library->authorProfile();
    m_author->load(profile.name, profile.email);
    m_tabs->addTab(m_author, tr("A&uthor"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &PreferencesDialog::apply);
    resize(620, 480);
}

Theme::Choice PreferencesDialog::themeChoice() const
{
    return m_dark->isChecked() ? Theme::Choice::Dark
        : m_light->isChecked() ? Theme::Choice::Light
                               : Theme::Choice::System;
}

void PreferencesDialog::setThemeChoice(Theme::Choice choice)
{
    (choice == Theme::Choice::Dark ? m_dark : choice == Theme::Choice::Light ? m_light : m_system)->setChecked(true);
}

bool PreferencesDialog::apply()
{
    // The author first: a blank name is refused before anything else is stored.
    const Library::AuthorProfile profile = m_library->authorProfile();
    if (m_author->name() != profile.name || m_author->email() != profile.email) {
        if (const Store::Status saved = m_library->setAuthorProfile(m_author->name(), m_author->email()); !saved) {
            QMessageBox::warning(
                this, tr("Configure Glossa"), tr("Your name could not be saved: %1").arg(saved.error().message));
            return false;
        }
    }
    const Model::Palette palette = m_highlights->palette();
    if (palette != m_library->palette()) {
        if (const Store::Status saved = m_library->setPalette(palette); !saved) {
            QMessageBox::warning(
                this, tr("Configure Glossa"), tr("The palette could not be saved: %1").arg(saved.error().message));
            return false;
        }
    }
    const Model::HighlightStyle style = m_highlights->defaultStyle();
    if (style != Settings::defaultStyle()) {
        Settings::setDefaultStyle(style);
        Q_EMIT defaultStyleChanged(style);
    }
    const Theme::Choice theme = themeChoice();
    if (theme != Theme::stored()) {
        Theme::store(theme);
        Theme::apply(theme);
        Q_EMIT themeChanged();
    }
    return true;
}

void PreferencesDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}

} // namespace Glossa::Ui
