// SPDX-License-Identifier: GPL-3.0-or-later
#include "stemmer.h"

#include <libstemmer.h>

namespace Glossa::Store {

namespace {

// libstemmer knows each of these by its ISO 639-1 code.
constexpr const char *kLanguages[] = {"it", "fr", "en", "de", "es"};

} // namespace

QString Stemmer::languageOf(QStringView language)
{
    qsizetype end = 0;
    while (end < language.size() && language[end] != u'-' && language[end] != u'_') {
        ++end;
    }
    const QString primary = language.first(end).trimmed().toString().toLower();
    for (const char *known : kLanguages) {
        if (primary == QLatin1StringView(known)) {
            return primary;
        }
    }
    return {};
}

bool Stemmer::supports(const QString &language)
{
    return !languageOf(language).isEmpty();
}

QStringList Stemmer::languages()
{
    QStringList out;
    for (const char *known : kLanguages) {
        out << QString::fromLatin1(known);
    }
    return out;
}

Stemmer::Stemmer(const QString &language)
    : m_language(languageOf(language))
{
    if (!m_language.isEmpty()) {
        m_stemmer = sb_stemmer_new(m_language.toLatin1().constData(), "UTF_8");
        if (!m_stemmer) {
            m_language.clear(); // out of memory, or a libstemmer built without it
        }
    }
}

Stemmer::~Stemmer()
{
    if (m_stemmer) {
        sb_stemmer_delete(m_stemmer);
    }
}

QByteArrayView Stemmer::stemUtf8(QByteArrayView foldedWord)
{
    if (!m_stemmer) {
        return foldedWord;
    }
    const sb_symbol *stem
        = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(foldedWord.data()), int(foldedWord.size()));
    if (!stem) {
        return foldedWord; // out of memory: the word is its own stem
    }
    return QByteArrayView(reinterpret_cast<const char *>(stem), sb_stemmer_length(m_stemmer));
}

QList<QByteArray> Stemmer::queryStemsUtf8(QByteArrayView word)
{
    QList<QByteArray> stems {stemUtf8(word).toByteArray()};
    if (!m_stemmer || word.size() < 4) {
        return stems;
    }
    auto add = [&](const QByteArray &form) {
        const QByteArray stem = stemUtf8(form).toByteArray();
        if (!stems.contains(stem)) {
            stems.append(stem);
        }
    };
    const char last = word.back();
    const auto isVowel = [](char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o';
    };
    const QByteArray base = word.chopped(1).toByteArray();
    if (m_language == u"it") {
        if (isVowel(last)) {
            for (const char v : {'a', 'e', 'i', 'o'}) {
                if (v != last) {
                    add(base + v);
                }
            }
        }
    } else if (m_language == u"es") {
        if (word.endsWith("es")) {
            add(word.chopped(2).toByteArray());
        } else if (last == 's') {
            add(base);
        } else {
            add(word.toByteArray() + (isVowel(last) ? "s" : "es"));
        }
        if (last == 'o' || last == 'a') {
            add(base + (last == 'o' ? 'a' : 'o'));
        }
    }
    return stems;
}

QStringList Stemmer::queryStems(const QString &foldedWord)
{
    QStringList out;
    for (const QByteArray &stem : queryStemsUtf8(foldedWord.toUtf8())) {
        out << QString::fromUtf8(stem);
    }
    return out;
}

QString Stemmer::stem(const QString &foldedWord)
{
    if (!m_stemmer) {
        return foldedWord;
    }
    const QByteArray utf8 = foldedWord.toUtf8();
    return QString::fromUtf8(stemUtf8(utf8));
}

} // namespace Glossa::Store
