// SPDX-License-Identifier: GPL-3.0-or-later
// Guesses the language of a text (it, fr, en, de, es) from built-in profiles of function words, and
// measures how much of a paragraph is made of them: running prose is full of "the", "di", "les",
// while menus, link lists and credits are not, which is what boilerplate removal relies on.
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Glossa::Ingest {

class Language
{
public:
    // The languages with a built-in profile, as BCP 47 tags.
    static QStringList supported();

    // The language of `text`, or an empty string when no profile fits well enough (too short a
    // text, another language). Decides on the share of each profile's function words.
    static QString detect(QStringView text);

    // Lower-cased words of `text`; apostrophes split elisions ("l’isolamento" → "l", "isolamento").
    static QStringList words(QStringView text);

    // The share (0–1) of `words` that are function words of `language`; with an unknown language,
    // the best share over all profiles.
    static double functionWordShare(const QStringList &words, const QString &language);
};

} // namespace Glossa::Ingest
