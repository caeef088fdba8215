// SPDX-License-Identifier: GPL-3.0-or-later
#include "terms.h"

namespace Glossa::Links::Terms {

namespace {

char32_t codePointAt(QStringView text, qsizetype i, qsizetype *width)
{
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::surrogateToUcs4(c, text[i + 1]);
    }
    *width = 1;
    return c.unicode();
}

// unicode61 keeps letters, digits and private-use characters in words; combining marks belong to the
// letter before them (remove_diacritics drops them).
bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse || QChar::isMark(c);
}

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u':' || c == u'…';
}

} // namespace

QString fold(QStringView word)
{
    bool ascii = true;
    for (const QChar c : word) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        return word.toString().toLower();
    }
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark()) {
            out.append(c);
        }
    }
    return out.toLower();
}

QList<Token> tokens(QStringView text)
{
    QList<Token> out;
    bool sentenceStart = true;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype width = 1;
        const char32_t c = codePointAt(text, i, &width);
        if (!isWordChar(c) || QChar::isMark(c)) {
            if (endsSentence(text[i])) {
                sentenceStart = true;
            }
            i += width;
            continue;
        }
        Token t;
        t.start = i;
        t.capitalised = QChar::isUpper(c) || QChar::isTitleCase(c);
        t.sentenceStart = sentenceStart;
        bool digits = true;
        while (i < text.size()) {
            const char32_t d = codePointAt(text, i, &width);
            if (!isWordChar(d)) {
                break;
            }
            digits = digits && (QChar::isDigit(d) || QChar::isMark(d));
            i += width;
        }
        t.end = i;
        t.number = digits;
        t.term = fold(text.sliced(t.start, t.end - t.start));
        out.append(std::move(t));
        sentenceStart = false;
    }
    return out;
}

} // namespace Glossa::Links::Terms
