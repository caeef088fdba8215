// SPDX-License-Identifier: GPL-3.0-or-later
// One Snowball stemmer (libstemmer) for an article's language, so that a word finds its inflected
// forms: "trattati" and "trattato" both stem to "trattat". Glossa stems five languages (it, fr, en,
// de, es); any other tag, or none, gives a stemmer that stems nothing. Words are stemmed FOLDED
// (lower case, accents taken off as the index's unicode61 tokenizer does), so that "liberta" typed
// without its accent and "libertà" in the text stem alike. Not thread-safe: one per connection.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

struct sb_stemmer;

namespace Glossa::Store {

class Stemmer final
{
public:
    // `language` is a tag as articles.language holds it: "it", "it-IT", "pt_BR"…
    explicit Stemmer(const QString &language);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // The primary subtag, lower case, when Glossa stems it ("it" for "it-IT"); empty otherwise.
    static QString languageOf(QStringView language);
    // Whether `language` (any tag) is one Glossa stems.
    static bool supports(const QString &language);
    // The languages Glossa stems: it, fr, en, de, es.
    static QStringList languages();

    bool isValid() const { return m_stemmer != nullptr; }
    // The language stemmed ("it"), empty when none.
    QString language() const { return m_language; }

    // The stem of a folded word; the word itself when there is no stemmer.
    QString stem(const QString &foldedWord);
    // The same on UTF-8 bytes, for the tokenizer: the view stays valid until the next call.
    QByteArrayView stemUtf8(QByteArrayView foldedWord);

    // The stems a word searched for looks for in this language: its own and, in Italian and
    // Spanish, those of its other forms in gender and number, which Snowball does not always stem
    // alike ("nucleari" → "nuclear" but "nucleare" → "nucl", as if it were a verb; Spanish "nuclear"
    // → "nucl", "nucleares" → "nuclear"). Italian: the final vowel a, e, i or o swapped for the
    // others; Spanish: the plural's -s or -es taken off or put on, and -o and -a swapped.
    QList<QByteArray> queryStemsUtf8(QByteArrayView foldedWord);
    QStringList queryStems(const QString &foldedWord);

private:
    QString m_language;
    sb_stemmer *m_stemmer = nullptr;
};

} // namespace Glossa::Store
