// SPDX-License-Identifier: GPL-3.0-or-later
// The approximate stage of anchoring: Myers' search in the windows worth searching, the alignment of
// a match's boundaries with its context, and the score that decides between a fuzzy anchor and an
// orphan (see CALIBRATION.md).
#include "anchorer.h"
#include "anchorer_p.h"
#include "wordalign.h"

#include <algorithm>
#include <iterator>
#include <limits>
#include <tuple>
#include <vector>

namespace Glossa::Anchor {

using namespace Tuning;

bool AnchorerPrivate::isBoundary(qsizetype at) const
{
    const QString &t = m_norm.text();
    return at <= 0 || at >= t.size() || !t[at - 1].isLetterOrNumber() || !t[at].isLetterOrNumber();
}

// The range of an approximate match ending near `end`. Myers gives a good end, but where a boundary
// word was replaced or deleted, several starts cost the quote about the same; aligning the prefix
// (and then the suffix) with it decides, as a reader would: the passage starts where its context ends.
std::tuple<qsizetype, qsizetype, int> AnchorerPrivate::refine(
    const Query &q, const MyersPattern &forward, const MyersPattern &backward, qsizetype end, int maxErrors) const
{
    const QString &t = m_norm.text();
    const qsizetype m = q.exact.size();
    // A quote that did not split a word at an edge is matched to a range that does not either:
    // readers select whole words, and a replaced first or last word must not leave half of itself
    // behind (nor drag half of its neighbour in).
    const bool wholeStart
        = !q.exact.front().isLetterOrNumber() || q.prefix.isEmpty() || !q.prefix.back().isLetterOrNumber();
    const bool wholeEnd
        = !q.exact.back().isLetterOrNumber() || q.suffix.isEmpty() || !q.suffix.front().isLetterOrNumber();
    // Nor does it gain a space at an edge it did not have (a deleted first word leaves one).
    const bool spaceStart = q.exact.front().isSpace();
    const bool spaceEnd = q.exact.back().isSpace();
    // Readers select words and sentences: one word stays one word (not the word and a neighbour
    // that replaced its context), and a quote that began (ended) a sentence begins (ends) one.
    const bool oneWord = !q.exact.contains(u' ');
    const auto sentenceEnd = [](QChar c) {
        return c == u'.' || c == u'!' || c == u'?';
    };
    const bool endsSentence = sentenceEnd(q.exact.back());
    const auto afterSentence = [&](QStringView before) {
        while (!before.isEmpty() && before.back().isSpace()) {
            before.chop(1);
        }
        // A closing quote or bracket may follow the full stop.
        while (!before.isEmpty() && (before.back() == u'"' || before.back() == u'\'' || before.back() == u')')) {
            before.chop(1);
        }
        return before.isEmpty() || sentenceEnd(before.back());
    };
    const bool startsSentence = q.exact.front().isUpper() && afterSentence(q.prefix);
    const auto startsSentenceAt = [&](qsizetype s) {
        // (A paragraph break counts: a heading ends without a full stop.)
        return s == 0
            || (t[s - 1].isSpace()
                && (hasBreak(s - 1, s) || afterSentence(QStringView(t).first(s).last(std::min<qsizetype>(s, 6)))));
    };
    const auto hasSpace = [&](qsizetype from, qsizetype to) {
        return QStringView(t).sliced(from, to - from).contains(u' ');
    };
    // The edges may cost up to about one replaced word more than the core match allows: a short
    // clause whose last word was replaced is still that clause, and its context says where it ends.
    const int edgeErrors = maxErrors + MaxBoundaryWord;
    const qsizetype back = std::max<qsizetype>(0, end - m - edgeErrors - 1);
    QString seg(end - back, Qt::Uninitialized);
    std::reverse_copy(t.cbegin() + back, t.cbegin() + end, seg.begin());
    const std::vector<int> r = backward.distances(seg, true); // r[j]: the quote against t[end - 1 - j, end)
    qsizetype start = -1;
    int bestCost = std::numeric_limits<int>::max();
    qsizetype bestLenGap = 0;
    int minDist = edgeErrors + 1;
    for (std::size_t j = 0; j < r.size(); ++j) {
        minDist = std::min(minDist, r[j]);
    }
    if (minDist > maxErrors) {
        return {-1, -1, 0};
    }
    for (int pass = 0; pass < 2 && start < 0; ++pass) {
        for (std::size_t j = 0; j < r.size(); ++j) {
            const qsizetype s = end - 1 - qsizetype(j);
            // Starts costing much more than the best one would need a context that a replaced word
            // cannot explain; skipping them keeps this loop short.
            if (r[j] > minDist + MaxBoundaryWord) {
                continue;
            }
            const bool boundary = isBoundary(s);
            if ((r[j] != minDist && !boundary)
                || (pass == 0
                    && ((wholeStart && !boundary) || (t[s].isSpace() && !spaceStart) || (q.oneBlock && hasBreak(s, end))
                        || (oneWord && hasSpace(s, end)) || (startsSentence && !startsSentenceAt(s))))) {
                continue;
            }
            const int cost = r[j] + prefixCost(q, s);
            const qsizetype gap = std::abs(qsizetype(j) + 1 - m);
            if (cost < bestCost || (cost == bestCost && gap < bestLenGap)) {
                bestCost = cost;
                bestLenGap = gap;
                start = s;
            }
        }
    }
    if (start < 0) {
        return {-1, -1, 0};
    }
    // Now the end, with the start fixed.
    const qsizetype limit = std::min(t.size(), end + edgeErrors + 8);
    const std::vector<int> f = forward.distances(QStringView(t).sliced(start, limit - start), true);
    qsizetype bestEnd = -1;
    int bestDist = 0;
    bestCost = std::numeric_limits<int>::max();
    qsizetype bestGap = 0;
    int minEndDist = edgeErrors + 1;
    for (const int v : f) {
        minEndDist = std::min(minEndDist, v);
    }
    for (int pass = 0; pass < 2 && bestEnd < 0; ++pass) {
        for (std::size_t j = 0; j < f.size(); ++j) {
            const qsizetype e = start + qsizetype(j) + 1;
            if (f[j] > minEndDist + MaxBoundaryWord) {
                continue;
            }
            const bool boundary = isBoundary(e);
            if ((f[j] != minEndDist && !boundary)
                || (pass == 0
                    && ((wholeEnd && !boundary) || (t[e - 1].isSpace() && !spaceEnd)
                        || (q.oneBlock && hasBreak(start, e)) || (oneWord && hasSpace(start, e))
                        || (endsSentence && !sentenceEnd(t[e - 1]))))) {
                continue;
            }
            const int cost = f[j] + suffixCost(q, e);
            // Equal costs: an inserted word at the edge is as cheap inside the quote as in the
            // context; the length closer to the quote's keeps it outside, as the reader left it.
            const qsizetype gap = std::abs(e - start - m);
            if (cost < bestCost || (cost == bestCost && gap < bestGap)) {
                bestCost = cost;
                bestGap = gap;
                bestEnd = e;
                bestDist = f[j];
            }
        }
    }
    if (bestEnd < 0 || bestDist > edgeErrors) {
        return {-1, -1, 0};
    }
    return {start, bestEnd, bestDist};
}

Candidate AnchorerPrivate::splitMatch(const Query &q, qsizetype hint) const
{
    const qsizetype m = q.exact.size();
    // Where a sentence was inserted: between two of the quote's sentences, most likely; or anywhere,
    // so also at a space near the middle (neither half ends in half a word).
    QList<qsizetype> cuts;
    for (qsizetype i = 8; i + 8 < m && cuts.size() < 3; ++i) {
        const QChar c = q.exact[i - 1];
        if (q.exact[i] == u' ' && (c == u'.' || c == u'?' || c == u'!' || c == u';' || c == u':')) {
            cuts.append(i + 1);
        }
    }
    qsizetype half = q.exact.indexOf(u' ', m / 2);
    if (half < 0 || half > m * 3 / 4) {
        half = m / 2;
    }
    if (!cuts.contains(half)) {
        cuts.append(half);
    }
    Candidate best;
    for (const qsizetype cut : std::as_const(cuts)) {
        Query head(q.exact.left(cut), q.prefix, QString());
        Query tail(q.exact.mid(cut), QString(), q.suffix);
        head.atTextStart = q.atTextStart;
        tail.atTextEnd = q.atTextEnd;
        head.oneBlock = tail.oneBlock = q.oneBlock;
        const Candidate h = fuzzy(head, hint, {});
        if (h.start < 0) {
            continue;
        }
        const Candidate t = fuzzy(tail, h.end, {});
        const qsizetype gap = t.start - h.end;
        // The tail must follow the head, with no more inserted than the passage itself.
        if (t.start < 0 || gap < 0 || gap > m) {
            continue;
        }
        const double quoteSim
            = (h.quote * double(cut) + t.quote * double(m - cut)) / double(m) * (1.0 - double(gap) / double(4 * m));
        const double ctx = contextSimilarity(q, h.start, t.end);
        const double score = QuoteWeight * quoteSim + ContextWeight * (ctx < 0 ? 0.5 : ctx)
            + PositionWeight * positionSimilarity(h.start, hint);
        if (score > best.score) {
            best = {h.start, t.end, score, ctx, quoteSim};
            best.split = true;
        }
    }
    return best;
}

Candidate AnchorerPrivate::fuzzy(const Query &q, qsizetype hint, const QList<qsizetype> &occurrences) const
{
    Candidate best;
    const QString &t = m_norm.text();
    const qsizetype n = t.size();
    const qsizetype m = q.exact.size();
    if (m < 3) {
        return best; // one or two characters: no approximate match can be told from noise
    }
    // Short quotes get fewer errors (a third of their letters, as a typo would): "nut" is not a
    // typo of "not" in any useful sense, while a sentence survives several edits. Two swapped
    // letters are two edits: a word of four or more letters may have them (its context then
    // decides, see quoteEvidence).
    const int maxErrors = m < 12 ? std::max(int(m / 3), std::min(2, int(m / 2))) : int(double(m) * MaxErrorRate);
    const MyersPattern forward(q.exact);
    QString reversedExact(q.exact.size(), Qt::Uninitialized);
    std::reverse_copy(q.exact.cbegin(), q.exact.cend(), reversedExact.begin());
    const MyersPattern backward(reversedExact);

    std::vector<std::pair<qsizetype, qsizetype>> done;
    auto evaluate = [&](qsizetype from, qsizetype to) {
        from = std::clamp<qsizetype>(from, 0, n);
        to = std::clamp<qsizetype>(to, from, n);
        for (const auto &[a, b] : done) {
            if (from >= a && to <= b) {
                return; // already searched
            }
        }
        done.emplace_back(from, to);
        if (to - from < m - maxErrors) {
            return;
        }
        const std::vector<int> d = forward.distances(QStringView(t).sliced(from, to - from));
        std::vector<std::pair<int, qsizetype>> ends; // (distance, end offset in the window)
        for (std::size_t j = 0; j < d.size(); ++j) {
            const bool localMin = (j == 0 || d[j] <= d[j - 1]) && (j + 1 == d.size() || d[j] < d[j + 1]);
            if (d[j] <= maxErrors && localMin) {
                ends.emplace_back(d[j], qsizetype(j) + 1);
            }
        }
        std::sort(ends.begin(), ends.end());
        if (ends.size() > std::size_t(MaxCandidatesPerWindow)) {
            ends.resize(MaxCandidatesPerWindow);
        }
        std::vector<qsizetype> refined;
        for (const auto &[dist, endInWindow] : ends) {
            // Ends a few units apart ("word" and "word.") are the same match: refine it once.
            const qsizetype e = from + endInWindow;
            if (std::any_of(
                    refined.cbegin(), refined.cend(), [&](qsizetype r) { return std::abs(r - e) <= maxErrors; })) {
                continue;
            }
            refined.push_back(e);
            const auto [start, end, bestDist] = refine(q, forward, backward, e, maxErrors);
            if (start < 0) {
                continue;
            }
            const double words = wordOverlap(q.exact, QStringView(t).sliced(start, end - start));
            const double quoteSim
                = CharacterShare * std::max(0.0, 1.0 - double(bestDist) / double(m)) + (1.0 - CharacterShare) * words;
            double prefixSide = -1.0;
            double suffixSide = -1.0;
            const double ctx = contextSimilarity(q, start, end, nullptr, &prefixSide, &suffixSide);
            const double context = ctx < 0 ? 0.5 : ctx;
            // A short quote says little on its own ("data" is everywhere): its evidence is only as
            // good as its context, in proportion to how short it is.
            const double specificity = std::min(1.0, double(m) / double(DistinctiveLength));
            const double quoteEvidence = specificity * quoteSim + (1.0 - specificity) * std::min(quoteSim, context);
            const double score = QuoteWeight * quoteEvidence + ContextWeight * context
                + PositionWeight * positionSimilarity(start, hint);
            // The runner-up is the best candidate elsewhere (not overlapping the best): how much
            // better the best is says whether the passage is told apart from its look-alikes.
            const bool samePlace = best.start >= 0 && start < best.end && end > best.start;
            if (score > best.score) {
                const double runnerUp = samePlace ? best.runnerUp : std::max(best.runnerUp, best.score);
                best = {start, end, score, ctx, quoteSim, prefixSide, suffixSide, runnerUp};
                best.words = words;
            } else if (!samePlace) {
                best.runnerUp = std::max(best.runnerUp, score);
            }
        }
    };

    // Hints from re-anchoring are accurate to the edits between neighbours; a wider search follows
    // when nothing good is found here.
    const qsizetype slack = maxErrors / 2 + 48;
    if (hint >= 0) {
        evaluate(hint - slack, hint + m + slack);
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(occurrences.size(), 32); ++i) {
        evaluate(occurrences[i] - maxErrors - 8, occurrences[i] + m + maxErrors + 8);
    }
    // A candidate this good near the hint or at an exact occurrence needs no wider search.
    if (best.score >= GoodEnough) {
        return best;
    }

    // Vote with the q-grams of prefix + quote + suffix: a region where many of them line up on
    // the same diagonal is where the passage (or what is left of it) is.
    const QString full = q.prefix + q.exact + q.suffix;
    const qsizetype quoteOffset = q.prefix.size();
    const qsizetype step = full.size() > 96 ? 2 : 1;
    std::vector<qsizetype> diagonals;
    qsizetype grams = 0;
    for (qsizetype i = 0; i + QGramIndex::Q <= full.size(); i += step) {
        const QStringView gram = QStringView(full).sliced(i, QGramIndex::Q);
        const auto positions = m_index.candidates(gram);
        ++grams;
        if (qsizetype(positions.size()) > MaxGramOccurrences) {
            continue;
        }
        const QChar *g = gram.data();
        for (const std::uint32_t p : positions) {
            const QChar *at = t.constData() + p;
            if (at[0] == g[0] && at[1] == g[1] && at[2] == g[2] && at[3] == g[3]) {
                diagonals.push_back(qsizetype(p) - i);
            }
        }
    }
    if (diagonals.empty()) {
        return best;
    }
    std::sort(diagonals.begin(), diagonals.end());
    const qsizetype band = 32 + maxErrors / 2;
    const qsizetype minVotes = std::max<qsizetype>(2, grams / 8);
    std::vector<std::pair<qsizetype, qsizetype>> clusters; // (votes, first diagonal)
    std::size_t r = 0;
    for (std::size_t l = 0; l < diagonals.size(); ++l) {
        r = std::max(r, l);
        while (r + 1 < diagonals.size() && diagonals[r + 1] - diagonals[l] <= band) {
            ++r;
        }
        const qsizetype votes = qsizetype(r - l + 1);
        if (votes >= minVotes) {
            clusters.emplace_back(votes, diagonals[l]);
        }
    }
    std::sort(clusters.begin(), clusters.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    std::vector<qsizetype> picked;
    const qsizetype topVotes = clusters.empty() ? 0 : clusters.front().first;
    for (const auto &[votes, diagonal] : clusters) {
        // A region with a third of the best region's votes holds none of the passage.
        if (picked.size() >= std::size_t(MaxVotedWindows) || 3 * votes < topVotes) {
            break;
        }
        const bool overlaps
            = std::any_of(picked.cbegin(), picked.cend(), [&](qsizetype p) { return std::abs(p - diagonal) <= band; });
        if (overlaps) {
            continue;
        }
        picked.push_back(diagonal);
        evaluate(diagonal + quoteOffset - maxErrors - 8, diagonal + band + quoteOffset + m + maxErrors + 8);
    }
    return best;
}

} // namespace Glossa::Anchor
