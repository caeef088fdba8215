// SPDX-License-Identifier: GPL-3.0-or-later
#include "normalizedtext.h"

#include <algorithm>

namespace Glossa::Anchor {

namespace {

enum class Kind { Keep, Space, Drop, Replace, Ellipsis };

struct Mapped {
    Kind kind = Kind::Keep;
    char16_t to = 0;
};

// The variants a re-extraction or a site's typographic pass produces. Everything else is kept as is
// (case and diacritics are meaningful: "Papa" and "papà" are different words).
Mapped classify(char16_t c)
{
    if (c > u' ' && c < 0x7F && c != u'`') {
        return {Kind::Keep}; // printable ASCII, most of most texts: no lookup
    }
    switch (c) {
    case u'\u00AD': // soft hyphen
    case u'\u200B': // zero-width space
    case u'\u200C':
    case u'\u200D':
    case u'\u2060': // word joiner
    case u'\uFEFF':
        return {Kind::Drop};
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u201B':
    case u'\u2032':
    case u'\u00B4':
    case u'`':
        return {Kind::Replace, u'\''};
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u2033':
    case u'\u00AB':
    case u'\u00BB':
        return {Kind::Replace, u'"'};
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015':
    case u'\u2212':
        return {Kind::Replace, u'-'};
    case u'\u2026':
        return {Kind::Ellipsis};
    default:
        break;
    }
    if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v' || c == u'\u00A0'
        || c == u'\u1680' || (c >= u'\u2000' && c <= u'\u200A') || c == u'\u2028' || c == u'\u2029' || c == u'\u202F'
        || c == u'\u205F' || c == u'\u3000') {
        return {Kind::Space};
    }
    return {Kind::Keep};
}

// One pass shared by both constructors; `emit(unit, originalStart, originalEnd)` receives each
// normalised unit, `extend(originalEnd)` widens the last one (a whitespace run continuing).
template<typename Emit, typename Extend> void normalizeInto(QStringView s, Emit emit, Extend extend)
{
    bool lastWasSpace = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const Mapped m = classify(s[i].unicode());
        switch (m.kind) {
        case Kind::Keep:
            emit(s[i].unicode(), i, i + 1);
            lastWasSpace = false;
            break;
        case Kind::Replace:
            emit(m.to, i, i + 1);
            lastWasSpace = false;
            break;
        case Kind::Ellipsis:
            for (int k = 0; k < 3; ++k) {
                emit(u'.', i, i + 1);
            }
            lastWasSpace = false;
            break;
        case Kind::Drop:
            break;
        case Kind::Space:
            if (lastWasSpace) {
                extend(i + 1);
            } else {
                emit(u' ', i, i + 1);
                lastWasSpace = true;
            }
            break;
        }
    }
}

} // namespace

NormalizedText::NormalizedText(QStringView original)
    : m_originalSize(original.size())
{
    // Written through raw pointers: this runs once per megabyte-long text before every re-anchoring.
    // An ellipsis can expand one unit to three, hence the worst-case size, trimmed at the end.
    const qsizetype capacity = original.size() * 3;
    m_text.resize(capacity);
    m_start.resize(std::size_t(capacity));
    m_end.resize(std::size_t(capacity));
    QChar *text = m_text.data();
    qint32 *starts = m_start.data();
    qint32 *ends = m_end.data();
    qsizetype n = 0;
    normalizeInto(
        original,
        [&](char16_t c, qsizetype b, qsizetype e) {
            text[n] = QChar(c);
            starts[n] = qint32(b);
            ends[n] = qint32(e);
            ++n;
        },
        [&](qsizetype e) { ends[n - 1] = qint32(e); });
    m_text.truncate(n);
    m_start.resize(std::size_t(n));
    m_end.resize(std::size_t(n));
    m_start.shrink_to_fit();
    m_end.shrink_to_fit();
}

QString NormalizedText::normalize(QStringView original)
{
    QString out;
    out.reserve(original.size());
    normalizeInto(original, [&out](char16_t c, qsizetype, qsizetype) { out.append(QChar(c)); }, [](qsizetype) {});
    return out;
}

qsizetype NormalizedText::originalStart(qsizetype start) const
{
    if (start >= m_text.size()) {
        return m_originalSize;
    }
    return m_start[std::size_t(std::max<qsizetype>(start, 0))];
}

qsizetype NormalizedText::originalEnd(qsizetype start, qsizetype end) const
{
    if (end <= start) {
        return originalStart(start);
    }
    return m_end[std::size_t(std::min(end, m_text.size()) - 1)];
}

qsizetype NormalizedText::fromOriginal(qsizetype original) const
{
    return std::lower_bound(m_start.cbegin(), m_start.cend(), original) - m_start.cbegin();
}

} // namespace Glossa::Anchor
