// SPDX-License-Identifier: GPL-3.0-or-later
// Find in article (Edit › Find…): where typed text occurs in an article's canonical text, matching
// as a reader expects rather than code unit by code unit. Case and diacritics are folded
// ("liberta" finds "Libertà", "ecole" finds "École"), compatibility forms are decomposed (the
// ligature "ﬁ" reads "fi"), "ß" reads "ss", "œ"/"æ" read "oe"/"ae", typographic apostrophes read
// "'", and any run of white space (a line break, a no-break space) reads as one space.
// The text is folded once (FindInText keeps it with a map back to the original offsets), so each
// keystroke only searches.
#pragma once

#include <QList>
#include <QString>

namespace Glossa::Search {

// [start, end) in UTF-16 code units of the original (canonical) text.
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

class FindInText final
{
public:
    FindInText() = default;
    explicit FindInText(const QString &text);

    // Every non-overlapping occurrence of `query` in text order, folded as above; none for an empty
    // query (or one that folds to nothing, such as a lone combining accent). A match that begins or
    // ends inside a character that folds to several ("ß") covers that whole character.
    QList<TextRange> find(const QString &query) const;

    // `text` as it is compared: folded, with no map back.
    static QString fold(const QString &text);

private:
    QString m_folded;
    QList<qsizetype> m_start; // for each unit of m_folded, where its character starts in the original
    QList<qsizetype> m_end; // and where it ends
};

// FindInText(text).find(query), for one query.
QList<TextRange> findInText(const QString &text, const QString &query);

} // namespace Glossa::Search
