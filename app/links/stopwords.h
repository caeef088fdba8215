// SPDX-License-Identifier: GPL-3.0-or-later
// The stop words of Italian, English, French, German and Spanish: the words every passage has, which
// say nothing about what it is about. Related passages (related.h) leave them out of a passage's terms.
#pragma once

#include <QStringView>

namespace Glossa::Links {

// Whether `term`, folded as Terms::fold() folds it (lower case, accents removed), is a stop word
// of any of the five languages.
bool isStopWord(QStringView term);

} // namespace Glossa::Links
