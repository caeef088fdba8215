// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfacetbar.h"

#include "flowlayout.h"
#include "widgets/colorswatch.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

#include <algorithm>

namespace Glossa::Ui {

namespace {

using Facet = SearchFacetBar::Facet;

QString facetName(Facet facet)
{
    switch (facet) {
    case Facet::Color:
        return SearchFacetBar::tr("Colour");
    case Facet::Tag:
        return SearchFacetBar::tr("Tag");
    case Facet::Kind:
        return SearchFacetBar::tr("Kind");
    case Facet::Language:
        return SearchFacetBar::tr("Language");
    case Facet::Author:
        return SearchFacetBar::tr("Author");
    case Facet::Date:
        return SearchFacetBar::tr("Date");
    }
    return {};
}

// The kinds as Search::Filters has them: "text" is a title or the text.
Search::HitKind kindOf(const QString &value)
{
    if (value == u"note") {
        return Search::HitKind::Note;
    }
    if (value == u"comment") {
        return Search::HitKind::Comment;
    }
    return Search::HitKind::Text;
}

} // namespace

SearchFacetBar::SearchFacetBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *buttons = new QWidget(this);
    auto *flow = new FlowLayout(buttons);
    for (int i = 0; i < int(m_buttons.size()); ++i) {
        const auto facet = Facet(i);
        auto *button = new QToolButton(buttons);
        button->setText(facetName(facet));
        button->setAccessibleName(tr("Filter by %1").arg(facetName(facet)));
        button->setToolTip(button->accessibleName());
        button->setPopupMode(QToolButton::InstantPopup);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setAutoRaise(true);
        auto *menu = new QMenu(button);
        button->setMenu(menu);
        if (facet == Facet::Date) {
            auto *range = new QWidgetAction(menu);
            range->setDefaultWidget(makeDateRange());
            menu->addAction(range);
        } else {
            connect(menu, &QMenu::aboutToShow, this, [this, facet, menu] { fillMenu(facet, menu); });
        }
        m_buttons[i] = button;
        flow->addWidget(button);
    }
    m_chosenBox = new QWidget(this);
    m_chosenBox->setAccessibleName(tr("Filters chosen"));
    new FlowLayout(m_chosenBox);
    layout->addWidget(buttons);
    layout->addWidget(m_chosenBox);
    updateButtons();
    updateChosen();
}

QWidget *SearchFacetBar::makeDateRange()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(8, 4, 8, 4);
    m_sinceBox = new QCheckBox(tr("&From:"), box);
    m_untilBox = new QCheckBox(tr("&Until:"), box);
    m_sinceEdit = new QDateEdit(box);
    m_untilEdit = new QDateEdit(box);
    for (QDateEdit *edit : {m_sinceEdit, m_untilEdit}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setDate(QDate::currentDate());
    }
    m_sinceEdit->setAccessibleName(tr("From date"));
    m_untilEdit->setAccessibleName(tr("Until date"));
    // The text box inside each says the same.
    for (QDateEdit *edit : {m_sinceEdit, m_untilEdit}) {
        if (auto *text = edit->findChild<QLineEdit *>()) {
            text->setAccessibleName(edit->accessibleName());
        }
    }
    form->addRow(m_sinceBox, m_sinceEdit);
    form->addRow(m_untilBox, m_untilEdit);
    const auto apply = [this] {
        if (m_updatingDates) {
            return;
        }
        m_sinceEdit->setEnabled(m_sinceBox->isChecked());
        m_untilEdit->setEnabled(m_untilBox->isChecked());
        m_since = m_sinceBox->isChecked() ? m_sinceEdit->date() : QDate();
        m_until = m_untilBox->isChecked() ? m_untilEdit->date() : QDate();
        changed();
    };
    connect(m_sinceBox, &QCheckBox::toggled, this, apply);
    connect(m_untilBox, &QCheckBox::toggled, this, apply);
    connect(m_sinceEdit, &QDateEdit::dateChanged, this, apply);
    connect(m_untilEdit, &QDateEdit::dateChanged, this, apply);
    return box;
}

void SearchFacetBar::setFacets(const Search::Facets &facets, const Model::Palette &palette)
{
    m_facets = facets;
    m_palette = palette;
    // The range offered starts at the results' dates, until one is chosen.
    m_updatingDates = true;
    if (!m_since.isValid() && facets.first.isValid()) {
        m_sinceEdit->setDate(facets.first);
    }
    if (!m_until.isValid() && facets.last.isValid()) {
        m_untilEdit->setDate(facets.last);
    }
    m_updatingDates = false;
    updateButtons();
}

const QList<Search::FacetValue> &SearchFacetBar::values(Facet facet) const
{
    switch (facet) {
    case Facet::Color:
        return m_facets.colors;
    case Facet::Tag:
        return m_facets.tags;
    case Facet::Kind:
        return m_facets.kinds;
    case Facet::Language:
        return m_facets.languages;
    case Facet::Author:
    case Facet::Date:
        break;
    }
    return m_facets.authors;
}

QString SearchFacetBar::labelOf(Facet facet, const QString &value) const
{
    for (const Search::FacetValue &v : values(facet)) {
        if (v.value == value && !v.label.isEmpty()) {
            return v.label;
        }
    }
    if (const QString known = m_labels[int(facet)].value(value); !known.isEmpty()) {
        return known;
    }
    return facet == Facet::Color ? m_palette.labelFor(value) : value;
}

void SearchFacetBar::fillMenu(Facet facet, QMenu *menu)
{
    menu->clear();
    QList<Search::FacetValue> offered = values(facet);
    // A value chosen stays in the menu (to be removed there) even when the results no longer have it.
    for (const QString &value : std::as_const(m_chosen[int(facet)])) {
        const bool listed = std::any_of(
            offered.cbegin(), offered.cend(), [&](const Search::FacetValue &v) { return v.value == value; });
        if (!listed) {
            offered.append({value, labelOf(facet, value), 0});
        }
    }
    for (const Search::FacetValue &v : std::as_const(offered)) {
        const QString label = v.label.isEmpty() ? labelOf(facet, v.value) : v.label;
        //: A facet's value in its menu: %1 the value ("Question", "it"), %2 how many results it has.
        QAction *action = menu->addAction(tr("%1 (%2)").arg(label).arg(v.count));
        action->setCheckable(true);
        action->setChecked(m_chosen[int(facet)].contains(v.value));
        action->setData(v.value);
        if (facet == Facet::Color) {
            const auto color = m_palette.color(v.value);
            action->setIcon(colorSwatch(
                color ? color->color : Model::Palette::fallbackColor(), SwatchShape::RoundedRect, QSize(16, 16)));
        }
        const QString value = v.value;
        connect(action, &QAction::toggled, this, [this, facet, value, label](bool on) {
            m_labels[int(facet)].insert(value, label);
            choose(facet, value, on);
        });
    }
}

void SearchFacetBar::choose(Facet facet, const QString &value, bool chosen)
{
    if (facet == Facet::Date || value.isEmpty()) {
        return;
    }
    QStringList &list = m_chosen[int(facet)];
    if (chosen == list.contains(value)) {
        return;
    }
    if (chosen) {
        list.append(value);
        if (!m_labels[int(facet)].contains(value)) {
            m_labels[int(facet)].insert(value, labelOf(facet, value));
        }
    } else {
        list.removeAll(value);
    }
    changed();
}

void SearchFacetBar::setDateRange(const QDate &since, const QDate &until)
{
    m_updatingDates = true;
    m_sinceBox->setChecked(since.isValid());
    m_untilBox->setChecked(until.isValid());
    if (since.isValid()) {
        m_sinceEdit->setDate(since);
    }
    if (until.isValid()) {
        m_untilEdit->setDate(until);
    }
    m_sinceEdit->setEnabled(since.isValid());
    m_untilEdit->setEnabled(until.isValid());
    m_updatingDates = false;
    if (since != m_since || until != m_until) {
        m_since = since;
        m_until = until;
        changed();
    }
}

void SearchFacetBar::clearFilters()
{
    const bool had = hasFilters();
    for (QStringList &list : m_chosen) {
        list.clear();
    }
    m_updatingDates = true;
    m_sinceBox->setChecked(false);
    m_untilBox->setChecked(false);
    m_sinceEdit->setEnabled(false);
    m_untilEdit->setEnabled(false);
    m_updatingDates = false;
    m_since = {};
    m_until = {};
    if (had) {
        changed();
    }
}

Search::Filters SearchFacetBar::filters() const
{
    Search::Filters f;
    f.colors = m_chosen[int(Facet::Color)];
    f.tags = m_chosen[int(Facet::Tag)];
    f.authors = m_chosen[int(Facet::Author)];
    f.languages = m_chosen[int(Facet::Language)];
    for (const QString &kind : m_chosen[int(Facet::Kind)]) {
        f.kinds.append(kindOf(kind));
    }
    f.since = m_since;
    f.until = m_until;
    return f;
}

void SearchFacetBar::changed()
{
    updateButtons();
    updateChosen();
    Q_EMIT filtersChanged();
}

void SearchFacetBar::updateButtons()
{
    for (int i = 0; i < kValueFacets; ++i) {
        const auto facet = Facet(i);
        const int chosen = int(m_chosen[i].size());
        m_buttons[i]->setVisible(!values(facet).isEmpty() || chosen > 0);
        //: A facet's button with values chosen in it: %1 the facet ("Colour"), %2 how many.
        m_buttons[i]->setText(chosen > 0 ? tr("%1 (%2)").arg(facetName(facet)).arg(chosen) : facetName(facet));
    }
    const bool dated = m_since.isValid() || m_until.isValid();
    m_buttons[int(Facet::Date)]->setVisible(m_facets.first.isValid() || dated);
}

QList<QToolButton *> SearchFacetBar::chosenButtons() const
{
    return m_chosenBox->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
}

void SearchFacetBar::updateChosen()
{
    // A button is removed later than its click (queued): it is deleted here.
    qDeleteAll(chosenButtons());
    QLayout *layout = m_chosenBox->layout();
    const auto add = [&](const QString &text, auto remove) {
        auto *b = new QToolButton(m_chosenBox);
        //: A chosen filter's button, which removes it.
        b->setText(tr("%1 ✕").arg(text));
        b->setAccessibleName(tr("Remove the filter %1").arg(text));
        b->setToolTip(b->accessibleName());
        b->setFocusPolicy(Qt::StrongFocus);
        connect(b, &QToolButton::clicked, this, remove);
        layout->addWidget(b);
    };
    for (int i = 0; i < kValueFacets; ++i) {
        const auto facet = Facet(i);
        for (const QString &value : std::as_const(m_chosen[i])) {
            //: A chosen filter: %1 the facet ("Colour"), %2 its value ("Question").
            add(tr("%1: %2").arg(facetName(facet), labelOf(facet, value)), [this, facet, value] {
                QMetaObject::invokeMethod(this, [=, this] { choose(facet, value, false); }, Qt::QueuedConnection);
            });
        }
    }
    const QLocale locale;
    if (m_since.isValid()) {
        add(tr("From %1").arg(locale.toString(m_since, QLocale::ShortFormat)),
            [this] { QMetaObject::invokeMethod(this, [this] { setDateRange({}, m_until); }, Qt::QueuedConnection); });
    }
    if (m_until.isValid()) {
        add(tr("Until %1").arg(locale.toString(m_until, QLocale::ShortFormat)),
            [this] { QMetaObject::invokeMethod(this, [this] { setDateRange(m_since, {}); }, Qt::QueuedConnection); });
    }
    // Counted, not layout->isEmpty(): the buttons just made are shown only once the event loop runs.
    m_chosenBox->setVisible(layout->count() > 0);
}

} // namespace Glossa::Ui
