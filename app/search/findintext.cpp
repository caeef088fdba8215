// SPDX-License-Identifier: GPL-3.0-or-later
#include "findintext.h"

namespace Glossa::Search {

namespace {

// Calls `emit(folded unit)` for each unit the code point `cp` folds to (none for a combining mark).
template<typename Emit> void foldCodePoint(char32_t cp, Emit &&emit)
{
    if (cp < 0x80) { // the common case, without allocating
        emit(QChar(char16_t(cp >= u'A' && cp <= u'Z' ? cp + 32 : cp)));
        return;
    }
    switch (cp) {
    case 0x00DF: // ß
    case 0x1E9E: // ẞ
        emit(QChar(u's'));
        emit(QChar(u's'));
        return;
    case 0x0153: // œ
    case 0x0152:
        emit(QChar(u'o'));
        emit(QChar(u'e'));
        return;
    case 0x00E6: // æ
    case 0x00C6:
        emit(QChar(u'a'));
        emit(QChar(u'e'));
        return;
    case 0x2018: // ‘ ’ ‛ ′: the apostrophe as typed on a keyboard
    case 0x2019:
    case 0x201B:
    case 0x2032:
        emit(QChar(u'\''));
        return;
    default:
        break;
    }
    const QString decomposed = QString::fromUcs4(&cp, 1).normalized(QString::NormalizationForm_KD).toCaseFolded();
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing
            || category == QChar::Mark_SpacingCombining) {
            continue;
        }
        emit(c);
    }
}

bool isSpace(char32_t cp)
{
    return QChar::isSpace(cp);
}

// Folds `text`, calling `unit(folded unit, original start, original end)` for each folded unit, and
// `extend(end)` when a character that folds to nothing (a combining mark) ends at `end`; a run of
// white space becomes one space spanning the whole run.
template<typename Unit, typename Extend> void foldText(const QString &text, Unit &&unit, Extend &&extend)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        char32_t cp = text.at(i).unicode();
        qsizetype next = i + 1;
        if (QChar::isHighSurrogate(cp) && next < n && text.at(next).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(text.at(i), text.at(next));
            ++next;
        }
        if (isSpace(cp)) {
            while (next < n && text.at(next).isSpace()) {
                ++next;
            }
            unit(QChar(u' '), i, next);
        } else {
            const qsizetype start = i;
            bool any = false;
            foldCodePoint(cp, [&](QChar c) {
                unit(c, start, next);
                any = true;
            });
            // A combining mark after its letter ("a" + U+0300) belongs to the letter's match.
            if (!any) {
                extend(next);
            }
        }
        i = next;
    }
}

} // namespace

FindInText::FindInText(const QString &text)
{
    m_folded.reserve(text.size());
    m_start.reserve(text.size());
    m_end.reserve(text.size());
    foldText(
        text,
        [this](QChar c, qsizetype start, qsizetype end) {
            m_folded.append(c);
            m_start.append(start);
            m_end.append(end);
        },
        [this](qsizetype end) {
            if (!m_end.isEmpty()) {
                m_end.last() = end;
            }
        });
}

QString FindInText::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    foldText(text, [&out](QChar c, qsizetype, qsizetype) { out.append(c); }, [](qsizetype) {});
    return out;
}

QList<TextRange> FindInText::find(const QString &query) const
{
    const QString needle = fold(query);
    QList<TextRange> out;
    if (needle.isEmpty()) {
        return out;
    }
    qsizetype from = 0;
    while ((from = m_folded.indexOf(needle, from)) >= 0) {
        const qsizetype last = from + needle.size() - 1;
        const TextRange range {m_start.at(from), m_end.at(last)};
        // Two matches inside one character that folds to several ("ss" twice in "ßß" is two; "s"
        // twice in one "ß" is one) would cover the same range.
        if (out.isEmpty() || out.constLast().end <= range.start) {
            out.append(range);
        }
        from += needle.size();
    }
    return out;
}

QList<TextRange> findInText(const QString &text, const QString &query)
{
    return FindInText(text).find(query);
}

} // namespace Glossa::Search
