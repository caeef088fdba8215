// SPDX-License-Identifier: GPL-3.0-or-later
#include "elide.h"

namespace Glossa::Model {

namespace {
constexpr QChar Ellipsis(0x2026);

// The first `cut` code units, without a trailing half of a surrogate pair.
QString head(const QString &text, qsizetype cut)
{
    QString h = text.left(cut);
    if (!h.isEmpty() && h.back().isHighSurrogate()) {
        h.chop(1);
    }
    return h;
}

// `text`'s first `cut` code units without what would dangle before an ellipsis.
QString trimmedHead(const QString &text, qsizetype cut)
{
    QString h = head(text, cut);
    while (!h.isEmpty()
        && (h.back().isSpace() || h.back() == u',' || h.back() == u';' || h.back() == u':' || h.back() == u'–'
            || h.back() == u'-' || h.back() == u'(')) {
        h.chop(1);
    }
    return h;
}
} // namespace

QString elided(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength) {
        return text;
    }
    return head(text, std::max<qsizetype>(0, maxLength - 1)) + Ellipsis;
}

QString elidedAtWord(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength) {
        return text;
    }
    for (qsizetype space = text.lastIndexOf(u' ', maxLength); space > 0; space = text.lastIndexOf(u' ', space - 1)) {
        const QString h = trimmedHead(text, space);
        if (h.size() + 1 <= maxLength && !h.isEmpty()) {
            return h + Ellipsis;
        }
    }
    return trimmedHead(text, std::max<qsizetype>(0, maxLength - 1)) + Ellipsis; // one endless word
}

} // namespace Glossa::Model
