// SPDX-License-Identifier: GPL-3.0-or-later
#include "palettepage.h"

#include "library/library.h"
#include "widgets/colorswatch.h"

#include <QColorDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Glossa::Ui {

namespace {
// Pleasant light shades for new colours, tried in order until one is not in the palette yet.
const QList<Model::Rgb> &newShades()
{
    static const QList<Model::Rgb> shades {Model::Rgb(0x8f, 0xd3, 0xc8), Model::Rgb(0xf2, 0xb8, 0x8c),
        Model::Rgb(0xb8, 0xd8, 0x7a), Model::Rgb(0xe8, 0xa8, 0xd0), Model::Rgb(0x9c, 0xb4, 0xe8),
        Model::Rgb(0xd8, 0xc0, 0x9a)};
    return shades;
}
} // namespace

PalettePage::PalettePage(Library *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_table(new QTableWidget(0, 4, this))
    , m_change(new QPushButton(tr("&Change Colour…"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_defaults(new QPushButton(tr("Res&tore Defaults"), this))
    , m_fill(new QRadioButton(tr("&Fill the text"), this))
    , m_underline(new QRadioButton(tr("U&nderline the text"), this))
{
    auto *intro = new QLabel(tr("Each colour carries a meaning. Keys 1 to 6 in the reader apply the first six; "
                                "highlights keep their colour when you rename or recolour it."),
        this);
    intro->setWordWrap(true);

    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Colour"), tr("Meaning"), tr("Highlights")});
    m_table->setAccessibleName(tr("Highlight colours"));
    m_table->setAccessibleDescription(
        tr("Press Enter on a colour to change it, F2 on a meaning to rename it; the first six answer keys 1 to 6"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(KeyColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ColorColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(UsageColumn, QHeaderView::ResizeToContents);

    const QList<std::pair<QPushButton *, QString>> buttons {
        {m_change, tr("Choose another shade for the selected colour")},
        {m_up, tr("Move the selected colour up (it takes the key above)")},
        {m_down, tr("Move the selected colour down (it takes the key below)")},
        {m_add, tr("Add a colour with a meaning of your own")},
        {m_remove, tr("Remove the selected colour from the palette")},
        {m_defaults, tr("Go back to the six built-in colours")},
    };
    auto *side = new QVBoxLayout;
    for (const auto &[button, tip] : buttons) {
        button->setToolTip(tip);
        button->setAccessibleName(button->text().remove(u'&'));
        button->setAccessibleDescription(tip);
        side->addWidget(button);
    }
    side->insertSpacing(3, 8);
    side->addStretch(1);

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(side);

    auto *styleBox = new QGroupBox(tr("New highlights"), this);
    m_fill->setAccessibleName(tr("New highlights fill the text"));
    m_underline->setAccessibleName(tr("New highlights underline the text"));
    m_fill->setChecked(true);
    auto *styleLayout = new QHBoxLayout(styleBox);
    styleLayout->addWidget(m_fill);
    styleLayout->addWidget(m_underline);
    styleLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(tableRow, 1);
    layout->addWidget(styleBox);

    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_rebuilding && item->column() == LabelColumn) {
            setLabel(item->row(), item->text());
        }
    });
    connect(m_table, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.column() != LabelColumn) {
            chooseColor(index.row());
        }
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &PalettePage::updateButtons);
    connect(m_change, &QPushButton::clicked, this, [this] { chooseColor(m_table->currentRow()); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveRow(m_table->currentRow(), -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRow(m_table->currentRow(), +1); });
    connect(m_add, &QPushButton::clicked, this, [this] {
        addColor();
        m_table->setFocus(Qt::OtherFocusReason);
        m_table->editItem(m_table->item(m_table->currentRow(), LabelColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(m_defaults, &QPushButton::clicked, this, [this] { restoreDefaults(); });
    connect(m_fill, &QRadioButton::toggled, this, &PalettePage::changed);
}

void PalettePage::load(const Model::Palette &palette, Model::HighlightStyle defaultStyle)
{
    m_colors = palette.colors();
    m_usage = m_library ? m_library->colorUsage() : QHash<QString, int>();
    (defaultStyle == Model::HighlightStyle::Underline ? m_underline : m_fill)->setChecked(true);
    rebuild(0);
}

Model::Palette PalettePage::palette() const
{
    Model::Palette p;
    for (const Model::PaletteColor &c : m_colors) {
        p.set(c);
    }
    return p;
}

Model::HighlightStyle PalettePage::defaultStyle() const
{
    return m_underline->isChecked() ? Model::HighlightStyle::Underline : Model::HighlightStyle::Fill;
}

void PalettePage::setLabel(int row, const QString &label)
{
    if (row < 0 || row >= m_colors.size()) {
        return;
    }
    Model::PaletteColor &c = m_colors[row];
    // A built-in colour whose meaning is left as shipped keeps following the user's language.
    const QString trimmed = label.trimmed();
    Model::PaletteColor builtIn = c;
    builtIn.label.clear();
    c.label = trimmed == Model::Palette().displayLabel(builtIn) ? QString() : trimmed;
    // Only the cell's text changes: this runs inside the table's own itemChanged signal.
    if (QTableWidgetItem *item = m_table->item(row, LabelColumn);
        item && item->text() != Model::Palette().displayLabel(c)) {
        m_rebuilding = true;
        item->setText(Model::Palette().displayLabel(c));
        m_rebuilding = false;
    }
    Q_EMIT changed();
}

void PalettePage::setColor(int row, const QColor &color)
{
    if (row < 0 || row >= m_colors.size() || !color.isValid()) {
        return;
    }
    m_colors[row].color = fromQColor(color);
    rebuild(row);
    Q_EMIT changed();
}

void PalettePage::moveRow(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_colors.size() || to < 0 || to >= m_colors.size()) {
        return;
    }
    m_colors.move(row, to);
    rebuild(to);
    Q_EMIT changed();
}

void PalettePage::addColor()
{
    QString name;
    for (int n = 1; name.isEmpty() || std::ranges::any_of(m_colors, [&](const auto &c) { return c.name == name; });
        ++n) {
        name = QStringLiteral("custom-%1").arg(n);
    }
    Model::Rgb shade = newShades().first();
    for (const Model::Rgb &candidate : newShades()) {
        if (std::ranges::none_of(m_colors, [&](const auto &c) { return c.color == candidate; })) {
            shade = candidate;
            break;
        }
    }
    m_colors.append({name, tr("New colour"), shade});
    rebuild(int(m_colors.size()) - 1);
    Q_EMIT changed();
}

bool PalettePage::removeRow(int row, bool ask)
{
    if (row < 0 || row >= m_colors.size() || m_colors.size() == 1) {
        return false; // a palette keeps at least one colour
    }
    const Model::PaletteColor c = m_colors.at(row);
    if (const int count = usage(c.name); count > 0 && ask) {
        const auto answer = QMessageBox::warning(this, tr("Remove Colour"),
            tr("%n highlight(s) use this colour. They keep it, shown in grey, until you add a colour named "
               "“%1” again. Remove “%2”?",
                nullptr, count)
                .arg(c.name, Model::Palette().displayLabel(c)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes) {
            return false;
        }
    }
    m_colors.removeAt(row);
    rebuild(std::min(row, int(m_colors.size()) - 1));
    Q_EMIT changed();
    return true;
}

void PalettePage::restoreDefaults(bool ask)
{
    const Model::Palette defaults = Model::Palette::defaults();
    int lost = 0;
    for (const Model::PaletteColor &c : m_colors) {
        if (!defaults.color(c.name)) {
            lost += usage(c.name);
        }
    }
    if (lost > 0 && ask) {
        const auto answer = QMessageBox::warning(this, tr("Restore Defaults"),
            tr("%n highlight(s) use colours that are not among the defaults. They keep their colour, shown in "
               "grey. Restore the default colours?",
                nullptr, lost),
            QMessageBox::RestoreDefaults | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::RestoreDefaults) {
            return;
        }
    }
    m_colors = defaults.colors();
    rebuild(0);
    Q_EMIT changed();
}

void PalettePage::chooseColor(int row)
{
    if (row < 0 || row >= m_colors.size()) {
        return;
    }
    const Model::PaletteColor c = m_colors.at(row);
    const QColor chosen
        = QColorDialog::getColor(toQColor(c.color), this, tr("Colour for “%1”").arg(Model::Palette().displayLabel(c)));
    if (chosen.isValid()) {
        setColor(row, chosen);
    }
}

void PalettePage::rebuild(int currentRow)
{
    m_rebuilding = true;
    m_table->setRowCount(int(m_colors.size()));
    const Model::Palette names;
    for (int row = 0; row < m_colors.size(); ++row) {
        const Model::PaletteColor &c = m_colors.at(row);
        const QString label = names.displayLabel(c);
        auto readOnly = [](QTableWidgetItem *item) {
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            return item;
        };
        auto *key = readOnly(new QTableWidgetItem(row < 6 ? QString::number(row + 1) : QString()));
        key->setTextAlignment(Qt::AlignCenter);
        key->setData(Qt::AccessibleTextRole, row < 6 ? tr("Key %1").arg(row + 1) : tr("No key"));
        auto *color = readOnly(
            new QTableWidgetItem(colorSwatch(c.color, SwatchShape::RoundedRect, QSize(28, 18)), c.color.name()));
        color->setToolTip(tr("Press Enter or double-click to choose another shade"));
        color->setData(Qt::AccessibleTextRole, tr("Colour %1").arg(c.color.name()));
        auto *meaning = new QTableWidgetItem(label);
        meaning->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable);
        meaning->setToolTip(tr("Stored as “%1”").arg(c.name));
        const int count = usage(c.name);
        auto *used = readOnly(new QTableWidgetItem(QString::number(count)));
        used->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        used->setData(Qt::AccessibleTextRole, tr("%n highlight(s)", nullptr, count));
        m_table->setItem(row, KeyColumn, key);
        m_table->setItem(row, ColorColumn, color);
        m_table->setItem(row, LabelColumn, meaning);
        m_table->setItem(row, UsageColumn, used);
    }
    if (currentRow >= 0 && currentRow < m_colors.size()) {
        m_table->setCurrentCell(currentRow, std::max(0, m_table->currentColumn()));
    }
    m_rebuilding = false;
    updateButtons();
}

void PalettePage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool valid = row >= 0 && row < m_colors.size();
    m_change->setEnabled(valid);
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < m_colors.size());
    m_remove->setEnabled(valid && m_colors.size() > 1);
}

} // namespace Glossa::Ui
