// SPDX-License-Identifier: GPL-3.0-or-later
// What library.cpp (changes) and libraryreading.cpp (reads) share: how a read's failure is told.
#pragma once

#include "library.h"

namespace Glossa::LibraryPrivate {

inline Store::Error notOpen()
{
    return Store::Error {.message = Glossa::Library::tr("The library is not open.")};
}

// A store read's Error as the user is told it; the code stays, so isBusy() still answers.
inline Store::Error readError(const Store::Error &error)
{
    Store::Error e = error;
    e.message = error.isBusy() ? Glossa::Library::tr("The library is busy in another program; try again in a moment.")
                               : Glossa::Library::tr("Could not read the library: %1").arg(error.message);
    return e;
}

template<typename T> Store::Result<T> read(Store::Result<T> result)
{
    if (!result) {
        return readError(result.error());
    }
    return result;
}

} // namespace Glossa::LibraryPrivate
