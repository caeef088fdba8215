// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a new, empty library in a folder the test owns, the way the window creates one on first use.
#pragma once

#include "library/library.h"

namespace Glossa::Test {

inline bool openNewLibrary(Library &library, const QString &dir)
{
    Store::OpenOptions options;
    options.create = true;
    return !library.open(dir, options).failed();
}

} // namespace Glossa::Test
