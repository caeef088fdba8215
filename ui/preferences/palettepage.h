// SPDX-License-Identifier: GPL-3.0-or-later
// The "Highlights" page of the preferences: the library's palette as an editable table (swatch,
// meaning, key 1–6 for the first six, how many highlights use each colour), reordering, adding,
// removing with a warning when highlights use the colour, restoring the defaults; and the style
// new highlights get. It edits a copy: nothing is stored until the dialog applies palette().
#pragma once

#include "model/annotation.h"
#include "model/palette.h"

#include <QHash>
#include <QWidget>

class QColor;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace Glossa {
class Library;
}

namespace Glossa::Ui {

class PalettePage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ColorColumn, LabelColumn, UsageColumn };

    explicit PalettePage(Library *library, QWidget *parent = nullptr);

    void load(const Model::Palette &palette, Model::HighlightStyle defaultStyle);
    Model::Palette palette() const;
    Model::HighlightStyle defaultStyle() const;

    // The edits the widgets make, callable directly (and by tests).
    int rowCount() const { return int(m_colors.size()); }
    void setLabel(int row, const QString &label);
    void setColor(int row, const QColor &color);
    void moveRow(int row, int delta);
    void addColor();
    // Removes a colour; when highlights use it and `ask`, the user confirms first.
    bool removeRow(int row, bool ask = true);
    void restoreDefaults(bool ask = true);

    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

private:
    void rebuild(int currentRow);
    void chooseColor(int row);
    void updateButtons();
    int usage(const QString &name) const { return m_usage.value(name); }

    Library *m_library;
    QList<Model::PaletteColor> m_colors;
    QHash<QString, int> m_usage; // highlights per colour name, read when the page loads
    QTableWidget *m_table;
    QPushButton *m_change;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_defaults;
    QRadioButton *m_fill;
    QRadioButton *m_underline;
    bool m_rebuilding = false;
};

} // namespace Glossa::Ui
