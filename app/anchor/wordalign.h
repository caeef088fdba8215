// SPDX-License-Identifier: GPL-3.0-or-later
// Word-level alignment of a quote's edges and its context with the text around a fuzzy match. Readers
// select words, and edits replace, insert and delete words: aligned word by word, a replaced first
// word stays inside the passage, a word inserted next to it stays outside, and how many of the
// quote's words (and its context's) are found in order is evidence that the place is right.
#pragma once

#include <QList>
#include <QStringView>

namespace Glossa::Anchor {

// The words of `s` (runs of letters and digits), as views into it.
QList<QStringView> wordsOf(QStringView s);
// Whether two words differ by no more than a typo or two: at most a third of the longer one's
// letters, counting two swapped letters as one edit (the commonest typo).
bool alike(QStringView a, QStringView b);
// The share of the quote's words found in the candidate (a word with a typo counts). Character edit
// distance alone cannot tell a passage edited here and there from one rewritten in the same place:
// a rewrite keeps the spaces, the punctuation and the common letters, not the words.
double wordOverlap(QStringView quote, QStringView candidate);

// The tokens of `s`: words (runs of letters and digits) and single punctuation marks, as views
// into it; whitespace separates them.
QList<QStringView> tokensOf(QStringView s);

struct EdgeAlignment {
    qsizetype first = -1; // the text tokens aligned with the first and last placed quote token
    qsizetype last = -1;
    int found = 0; // quote words found (the same, or with a typo)
};

// Aligns `pattern` (context and quote tokens; the quote is [quoteFrom, quoteTo)) with `text`
// tokens: kept, replaced, inserted and deleted tokens. `freeStart` (`freeEnd`): text before
// (after) the pattern costs nothing, as when the window is wider than the passage.
EdgeAlignment alignEdge(const QList<QStringView> &pattern, qsizetype quoteFrom, qsizetype quoteTo,
    const QList<QStringView> &text, bool freeStart, bool freeEnd);

} // namespace Glossa::Anchor
