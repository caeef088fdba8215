// SPDX-License-Identifier: GPL-3.0-or-later
// What a merged thread file added, in one sentence ("4 new comments, 1 edit, 2 votes; 1 passage not
// found"), as `glossa thread-merge` prints it and File › Merge Discussion… shows it.
#pragma once

#include "library.h"

#include <QString>

namespace Glossa {

class ThreadMergeSummary
{
public:
    // New comments, edits and votes always; other changes and passages not found only when there are any.
    static QString text(const Library::ThreadMerge &merge);
};

} // namespace Glossa
