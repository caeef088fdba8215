// SPDX-License-Identifier: GPL-3.0-or-later
#include "textalignment.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace Glossa::Export {

namespace {

// Larger gaps between matched words are not compared word by word or letter by letter (the table
// would be too large); their words stay unmatched.
constexpr qsizetype MaxTableCells = 4'000'000;
// The most occurrences a word may have to anchor a stretch that has no word occurring once.
constexpr int MaxRepeatedAnchor = 8;

// A text folded for comparison: no whitespace, one entry per folded unit saying which unit of the
// original it came from, and the words as ranges of folded units.
struct Folded {
    QString text;
    std::vector<qsizetype> origin;
    std::vector<std::pair<qsizetype, qsizetype>> words; // [from, to) in `text`
};

bool isInvisible(char16_t c)
{
    return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

char16_t foldTypographic(char16_t c)
{
    switch (c) {
    case 0x2018: // ‘ ’ ‚ ‛ ′
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
        return u'\'';
    case 0x201C: // “ ” „ ‟ ″ « »
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
        return u'"';
    case 0x2010: // hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212:
        return u'-';
    default:
        return c;
    }
}

Folded fold(QStringView s)
{
    Folded f;
    f.text.reserve(s.size());
    f.origin.reserve(s.size());
    qsizetype wordStart = -1;
    auto endWord = [&] {
        if (wordStart >= 0 && f.text.size() > wordStart) {
            f.words.emplace_back(wordStart, f.text.size());
        }
        wordStart = -1;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (QChar::isSpace(c)) {
            endWord();
            continue;
        }
        if (isInvisible(c)) {
            continue;
        }
        if (wordStart < 0) {
            wordStart = f.text.size();
        }
        if (c < 0x80) {
            f.text.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
            f.origin.push_back(i);
            continue;
        }
        const qsizetype width = QChar::isHighSurrogate(c) && i + 1 < s.size() && s[i + 1].isLowSurrogate() ? 2 : 1;
        const QString unit = s.sliced(i, width).toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
        for (const QChar u : unit) {
            if (!u.isSpace()) {
                f.text.append(QChar(foldTypographic(u.unicode())));
                f.origin.push_back(i);
            }
        }
        i += width - 1;
    }
    endWord();
    return f;
}

class Aligner
{
public:
    Aligner(const Folded &a, const Folded &b)
        : m_a(a)
        , m_b(b)
    {
        // One id per distinct word, shared by both sides, so words compare as integers.
        QHash<QStringView, int> ids;
        auto idsOf = [&ids](const Folded &f) {
            std::vector<int> out;
            out.reserve(f.words.size());
            for (const auto &[from, to] : f.words) {
                const QStringView word = QStringView(f.text).sliced(from, to - from);
                auto it = ids.constFind(word);
                if (it == ids.constEnd()) {
                    it = ids.insert(word, int(ids.size()));
                }
                out.push_back(*it);
            }
            return out;
        };
        m_ida = idsOf(a);
        m_idb = idsOf(b);
    }

    // Matched folded units: result[i] is the unit of b matched with unit i of a, or -1.
    std::vector<qsizetype> run()
    {
        matchWords(0, qsizetype(m_ida.size()), 0, qsizetype(m_idb.size()));
        std::sort(m_pairs.begin(), m_pairs.end());
        std::vector<qsizetype> units(m_a.text.size(), -1);
        qsizetype prevA = 0;
        qsizetype prevB = 0;
        for (const auto &[wa, wb] : m_pairs) {
            matchLetters(prevA, wa, prevB, wb, units);
            const qsizetype from = m_a.words[wa].first;
            const qsizetype fromB = m_b.words[wb].first;
            for (qsizetype k = 0; k < m_a.words[wa].second - from; ++k) {
                units[from + k] = fromB + k;
            }
            prevA = wa + 1;
            prevB = wb + 1;
        }
        matchLetters(prevA, qsizetype(m_ida.size()), prevB, qsizetype(m_idb.size()), units);
        return units;
    }

private:
    void matchWords(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        while (a0 < a1 && b0 < b1 && m_ida[a0] == m_idb[b0]) {
            m_pairs.emplace_back(a0++, b0++);
        }
        while (a0 < a1 && b0 < b1 && m_ida[a1 - 1] == m_idb[b1 - 1]) {
            m_pairs.emplace_back(--a1, --b1);
        }
        if (a0 == a1 || b0 == b1) {
            return;
        }
        // Words that occur once on each side anchor the alignment; the longest run of them in the
        // same order on both sides is kept (a word of a margin note that happens to occur once in
        // the article elsewhere falls out of order). A long stretch without such words (a text that
        // repeats itself) is anchored by words that occur as often on both sides, a few times: the
        // k-th on one side with the k-th on the other.
        std::vector<std::pair<qsizetype, qsizetype>> anchors = anchorsBetween(a0, a1, b0, b1, 1);
        if (anchors.empty() && (a1 - a0) * (b1 - b0) > MaxTableCells) {
            anchors = anchorsBetween(a0, a1, b0, b1, MaxRepeatedAnchor);
        }
        if (anchors.empty()) {
            matchWordsByTable(a0, a1, b0, b1);
            return;
        }
        for (const auto &[i, j] : anchors) {
            matchWords(a0, i, b0, j);
            m_pairs.emplace_back(i, j);
            a0 = i + 1;
            b0 = j + 1;
        }
        matchWords(a0, a1, b0, b1);
    }

    // Words of a[a0, a1) and b[b0, b1) that occur as often on both sides, at most `most` times,
    // paired by occurrence and thinned to a run in the same order on both sides.
    std::vector<std::pair<qsizetype, qsizetype>> anchorsBetween(
        qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, int most) const
    {
        std::unordered_map<int, std::vector<qsizetype>> inA;
        std::unordered_map<int, std::vector<qsizetype>> inB;
        for (qsizetype i = a0; i < a1; ++i) {
            inA[m_ida[i]].push_back(i);
        }
        for (qsizetype j = b0; j < b1; ++j) {
            inB[m_idb[j]].push_back(j);
        }
        std::unordered_map<int, qsizetype> seen; // occurrences of each word passed so far in a
        std::vector<std::pair<qsizetype, qsizetype>> pairs;
        for (qsizetype i = a0; i < a1; ++i) {
            const std::vector<qsizetype> &a = inA[m_ida[i]];
            const auto b = inB.find(m_ida[i]);
            const qsizetype k = seen[m_ida[i]]++;
            if (qsizetype(a.size()) <= most && b != inB.end() && b->second.size() == a.size()) {
                pairs.emplace_back(i, b->second[k]);
            }
        }
        return longestIncreasing(pairs);
    }

    // The pairs (ordered by first) whose seconds increase, as many as possible (patience sorting).
    static std::vector<std::pair<qsizetype, qsizetype>> longestIncreasing(
        const std::vector<std::pair<qsizetype, qsizetype>> &pairs)
    {
        std::vector<qsizetype> tails; // index into pairs of the smallest tail of each length
        std::vector<qsizetype> previous(pairs.size(), -1);
        for (qsizetype k = 0; k < qsizetype(pairs.size()); ++k) {
            const auto pos = std::lower_bound(tails.begin(), tails.end(), pairs[k].second,
                [&pairs](qsizetype t, qsizetype value) { return pairs[t].second < value; });
            if (pos != tails.begin()) {
                previous[k] = *(pos - 1);
            }
            if (pos == tails.end()) {
                tails.push_back(k);
            } else {
                *pos = k;
            }
        }
        std::vector<std::pair<qsizetype, qsizetype>> out;
        for (qsizetype k = tails.empty() ? -1 : tails.back(); k >= 0; k = previous[k]) {
            out.push_back(pairs[k]);
        }
        std::reverse(out.begin(), out.end());
        return out;
    }

    // Longest common subsequence of two short runs, by table: `same(i, j)` compares the i-th
    // element of the first with the j-th of the second; `pair(i, j)` is told each match.
    template<typename Same, typename Pair> static void commonSubsequence(qsizetype n, qsizetype m, Same same, Pair pair)
    {
        if (n == 0 || m == 0 || n * m > MaxTableCells) {
            return;
        }
        // lengths[i][j]: the longest common subsequence of the suffixes from i and j.
        std::vector<quint16> lengths((n + 1) * (m + 1), 0);
        auto at = [&](qsizetype i, qsizetype j) -> quint16 & {
            return lengths[i * (m + 1) + j];
        };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                at(i, j) = same(i, j) ? quint16(at(i + 1, j + 1) + 1) : std::max(at(i + 1, j), at(i, j + 1));
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (same(i, j) && at(i, j) == at(i + 1, j + 1) + 1) {
                pair(i++, j++);
            } else if (at(i + 1, j) >= at(i, j + 1)) {
                ++i;
            } else {
                ++j;
            }
        }
    }

    void matchWordsByTable(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1)
    {
        commonSubsequence(
            a1 - a0, b1 - b0, [&](qsizetype i, qsizetype j) { return m_ida[a0 + i] == m_idb[b0 + j]; },
            [&](qsizetype i, qsizetype j) { m_pairs.emplace_back(a0 + i, b0 + j); });
    }

    // The letters of the unmatched words a0..a1 and b0..b1 (a word hyphenated or split at a line's
    // end, a word joined to its neighbour's punctuation differently).
    void matchLetters(qsizetype a0, qsizetype a1, qsizetype b0, qsizetype b1, std::vector<qsizetype> &units) const
    {
        if (a0 >= a1 || b0 >= b1) {
            return;
        }
        const qsizetype fromA = m_a.words[a0].first;
        const qsizetype toA = m_a.words[a1 - 1].second;
        const qsizetype fromB = m_b.words[b0].first;
        const qsizetype toB = m_b.words[b1 - 1].second;
        commonSubsequence(
            toA - fromA, toB - fromB,
            [&](qsizetype i, qsizetype j) { return m_a.text[fromA + i] == m_b.text[fromB + j]; },
            [&](qsizetype i, qsizetype j) { units[fromA + i] = fromB + j; });
    }

    const Folded &m_a;
    const Folded &m_b;
    std::vector<int> m_ida;
    std::vector<int> m_idb;
    std::vector<std::pair<qsizetype, qsizetype>> m_pairs; // matched words (index in a, index in b)
};

} // namespace

std::vector<qsizetype> alignPrintedText(QStringView canonical, QStringView printed)
{
    const Folded a = fold(canonical);
    const Folded b = fold(printed);
    const std::vector<qsizetype> units = Aligner(a, b).run();
    std::vector<qsizetype> result(canonical.size(), -1);
    for (qsizetype k = 0; k < qsizetype(units.size()); ++k) {
        qsizetype &slot = result[a.origin[k]];
        if (units[k] >= 0 && slot < 0) {
            slot = b.origin[units[k]];
        }
    }
    // The second unit of a surrogate pair is where its first is.
    for (qsizetype i = 1; i < canonical.size(); ++i) {
        if (canonical[i].isLowSurrogate() && canonical[i - 1].isHighSurrogate() && result[i - 1] >= 0) {
            result[i] = result[i - 1] + 1 < printed.size() ? result[i - 1] + 1 : result[i - 1];
        }
    }
    return result;
}

} // namespace Glossa::Export
