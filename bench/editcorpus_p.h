// SPDX-License-Identifier: GPL-3.0-or-later
// Token helpers shared by the edit corpus's span picking (editcorpus.cpp) and its edits
// (editscenarios.cpp).
#pragma once

#include "editcorpus.h"

namespace Glossa::Bench::Detail {

bool isSpace(const Token &t);
bool isParagraphBreak(const Token &t);
bool isSentenceEnd(const QList<Token> &tokens, qsizetype i);
// Sentences as token ranges [first, last]; a sentence also ends at a paragraph break.
QList<std::pair<int, int>> sentences(const QList<Token> &tokens);
// A substitute that differs from the word in at most a third of its letters ("autore" and
// "apture") is indistinguishable from a typo, and is counted as the word surviving with one.
bool looksAlike(const QString &a, const QString &b);
int wordCount(const QList<Token> &tokens, int first, int last);

} // namespace Glossa::Bench::Detail
