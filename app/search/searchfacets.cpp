// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchfacets.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <array>

namespace Glossa::Search {

namespace {

enum Facet { ColorFacet, TagFacet, AuthorFacet, KindFacet, LanguageFacet, DateFacet, FacetCount };

QSet<QString> folded(const QStringList &values)
{
    QSet<QString> out;
    for (const QString &v : values) {
        out.insert(v.toCaseFolded());
    }
    return out;
}

bool sameKind(HitKind a, HitKind b)
{
    return kindValue(a) == kindValue(b);
}

// Counts of one facet's values, in the order first seen.
class Counter
{
public:
    void add(const QString &value)
    {
        if (value.isEmpty()) {
            return;
        }
        const QString key = value.toCaseFolded();
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            it = m_index.insert(key, m_values.size());
            m_values.append({value, value, 0});
        }
        ++m_values[*it].count;
    }
    // A chosen value stays listed (with 0) so that it can be unchosen.
    void keep(const QStringList &chosen)
    {
        for (const QString &value : chosen) {
            if (!value.isEmpty() && !m_index.contains(value.toCaseFolded())) {
                m_index.insert(value.toCaseFolded(), m_values.size());
                m_values.append({value, value, 0});
            }
        }
    }
    // Most hits first, then by label.
    template<typename Label> QList<FacetValue> values(Label label)
    {
        for (FacetValue &v : m_values) {
            v.label = label(v.value);
        }
        std::stable_sort(m_values.begin(), m_values.end(), [](const FacetValue &a, const FacetValue &b) {
            return a.count != b.count ? a.count > b.count : a.label.localeAwareCompare(b.label) < 0;
        });
        return m_values;
    }

private:
    QList<FacetValue> m_values;
    QHash<QString, qsizetype> m_index;
};

QString languageLabel(const QString &code)
{
    const QLocale locale(code);
    return locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
}

} // namespace

QString kindValue(HitKind kind)
{
    switch (kind) {
    case HitKind::Title:
    case HitKind::Text:
        return QStringLiteral("text");
    case HitKind::Note:
        return QStringLiteral("note");
    case HitKind::Comment:
        return QStringLiteral("comment");
    }
    return {};
}

std::optional<HitKind> kindFromValue(const QString &value)
{
    for (HitKind k : {HitKind::Text, HitKind::Note, HitKind::Comment}) {
        if (value.compare(kindValue(k), Qt::CaseInsensitive) == 0) {
            return k;
        }
    }
    return std::nullopt;
}

Filtered applyFilters(const QList<Candidate> &rows, const Filters &filters, const Model::Palette &palette)
{
    const QSet<QString> colors = folded(filters.colors);
    const QSet<QString> tags = folded(filters.tags);
    const QSet<QString> authors = folded(filters.authors);
    const QSet<QString> languages = folded(filters.languages);
    // Dates compare as "YYYY-MM-DD" text.
    const QString since = filters.since.isValid() ? filters.since.toString(Qt::ISODate) : QString();
    const QString until = filters.until.isValid() ? filters.until.toString(Qt::ISODate) : QString();

    Filtered out;
    std::array<Counter, FacetCount> counters;
    QString first;
    QString last;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Candidate &c = rows[i];
        std::array<bool, FacetCount> pass {};
        // A colour filter keeps only annotations of those colours.
        pass[ColorFacet] = colors.isEmpty() || (c.kind == HitKind::Note && colors.contains(c.color.toCaseFolded()));
        pass[TagFacet] = tags.isEmpty() || std::any_of(c.tags.cbegin(), c.tags.cend(), [&](const QString &t) {
            return tags.contains(t.toCaseFolded());
        });
        pass[AuthorFacet] = authors.isEmpty() || authors.contains(c.author.toCaseFolded());
        pass[KindFacet] = filters.kinds.isEmpty()
            || std::any_of(
                filters.kinds.cbegin(), filters.kinds.cend(), [&](HitKind k) { return sameKind(k, c.kind); });
        pass[LanguageFacet] = languages.isEmpty() || languages.contains(c.language.toCaseFolded());
        pass[DateFacet] = (since.isEmpty() || c.date >= since) && (until.isEmpty() || c.date <= until);

        const auto failing = std::count(pass.cbegin(), pass.cend(), false);
        if (failing == 0) {
            out.passing.append(i);
        }
        if (failing > 1) {
            continue; // counted in no facet: another facet's filter leaves it out whichever is chosen
        }
        // Counted in facet f when every other facet's filter lets it through.
        auto counts = [&](Facet f) {
            return failing == 0 || !pass[f];
        };
        if (counts(ColorFacet) && c.kind == HitKind::Note) {
            counters[ColorFacet].add(c.color);
        }
        if (counts(TagFacet)) {
            for (const QString &t : c.tags) {
                counters[TagFacet].add(t);
            }
        }
        if (counts(AuthorFacet)) {
            counters[AuthorFacet].add(c.author);
        }
        if (counts(KindFacet)) {
            counters[KindFacet].add(kindValue(c.kind));
        }
        if (counts(LanguageFacet)) {
            counters[LanguageFacet].add(c.language);
        }
        if (counts(DateFacet) && !c.date.isEmpty()) {
            first = first.isEmpty() ? c.date : std::min(first, c.date);
            last = std::max(last, c.date);
        }
    }
    counters[ColorFacet].keep(filters.colors);
    counters[TagFacet].keep(filters.tags);
    counters[AuthorFacet].keep(filters.authors);
    counters[LanguageFacet].keep(filters.languages);
    counters[KindFacet].keep({kindValue(HitKind::Text), kindValue(HitKind::Note), kindValue(HitKind::Comment)});

    const auto same = [](const QString &v) {
        return v;
    };
    out.facets.colors = counters[ColorFacet].values([&](const QString &v) { return palette.labelFor(v); });
    out.facets.tags = counters[TagFacet].values(same);
    out.facets.authors = counters[AuthorFacet].values(same);
    out.facets.languages = counters[LanguageFacet].values(languageLabel);
    out.facets.kinds = counters[KindFacet].values([](const QString &v) {
        if (v == u"note") {
            return LibrarySearch::tr("Notes");
        }
        return v == u"comment" ? LibrarySearch::tr("Comments") : LibrarySearch::tr("Text");
    });
    out.facets.first = QDate::fromString(first, Qt::ISODate);
    out.facets.last = QDate::fromString(last, Qt::ISODate);
    return out;
}

} // namespace Glossa::Search
