// SPDX-License-Identifier: GPL-3.0-or-later
// The facets over the library search's results: a button each for Colour, Tag, Kind, Language,
// Author and Date, whose menu lists the values the results have with their counts (a colour with
// its swatch and meaning; the date as a range of two dates), and the values chosen, each a button
// that removes it. Values chosen in one facet are any of them; facets chosen together all apply
// (Search::Filters). A facet with no values is hidden, unless something in it is chosen.
#pragma once

#include "model/palette.h"
#include "search/librarysearch.h"

#include <QHash>
#include <QWidget>

#include <array>

class QCheckBox;
class QDateEdit;
class QMenu;
class QToolButton;

namespace Glossa::Ui {

class SearchFacetBar final : public QWidget
{
    Q_OBJECT

public:
    enum class Facet { Color, Tag, Kind, Language, Author, Date };

    explicit SearchFacetBar(QWidget *parent = nullptr);

    // The values to offer, from the last search's results.
    void setFacets(const Search::Facets &facets, const Model::Palette &palette);
    // What is chosen, as the search takes it.
    Search::Filters filters() const;
    bool hasFilters() const { return !filters().isEmpty(); }
    // Chooses a facet's value, or no longer (as its menu's entry or its removal button does).
    void choose(Facet facet, const QString &value, bool chosen);
    // [since, until], either invalid for no bound.
    void setDateRange(const QDate &since, const QDate &until);
    // Nothing chosen any more.
    void clearFilters();

    QToolButton *button(Facet facet) const { return m_buttons[int(facet)]; }
    // The buttons that remove a chosen value, in order.
    QList<QToolButton *> chosenButtons() const;

Q_SIGNALS:
    // The person chose or removed a value: the search runs again with filters().
    void filtersChanged();

private:
    static constexpr int kValueFacets = 5; // the facets with values (all but Date)
    const QList<Search::FacetValue> &values(Facet facet) const;
    void fillMenu(Facet facet, QMenu *menu);
    QWidget *makeDateRange();
    void changed();
    void updateButtons();
    void updateChosen();
    QString labelOf(Facet facet, const QString &value) const;

    Search::Facets m_facets;
    Model::Palette m_palette = Model::Palette::defaults();
    std::array<QToolButton *, 6> m_buttons {};
    std::array<QStringList, kValueFacets> m_chosen;
    // The label each chosen value had when it was chosen (a later search may not list it).
    std::array<QHash<QString, QString>, kValueFacets> m_labels;
    QDate m_since;
    QDate m_until;
    QCheckBox *m_sinceBox = nullptr;
    QDateEdit *m_sinceEdit = nullptr;
    QCheckBox *m_untilBox = nullptr;
    QDateEdit *m_untilEdit = nullptr;
    QWidget *m_chosenBox = nullptr;
    bool m_updatingDates = false;
};

} // namespace Glossa::Ui
