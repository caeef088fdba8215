// SPDX-License-Identifier: GPL-3.0-or-later
// A passage's words as the passage index sees them: split and folded as SQLite's unicode61 tokenizer
// with remove_diacritics 2 does (letters and digits make words; case and accents do not count), each
// with where it stands in the text and whether it looks like a name or a number.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Glossa::Links::Terms {

struct Token {
    QString term; // folded: lower case, accents removed
    qsizetype start = 0; // in the text, UTF-16 offsets
    qsizetype end = 0;
    bool capitalised = false; // starts with a capital letter
    bool sentenceStart = false; // first word of the text or of a sentence
    bool number = false; // digits only

    // A capitalised word inside a sentence: a name, the same word in every language.
    bool looksLikeName() const { return capitalised && !sentenceStart; }
};

// Lower case with the accents taken off ("Città" → "citta"), as the index stores words.
QString fold(QStringView word);

// The words of `text`, in order.
QList<Token> tokens(QStringView text);

} // namespace Glossa::Links::Terms
