// SPDX-License-Identifier: GPL-3.0-or-later
// What library.cpp (changes) and libraryreading.cpp (reads) share: how a read's failure is told.
#pragma once

#include "library.h"
#include "store/storelog.h"

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

// A change that cannot go ahead (no such annotation, an unreadable library…): logged, and returned
// as the Error.
inline Store::Error refusal(Store::Error error)
{
    qCWarning(lcStore) << error.message;
    return error;
}

inline Store::Error refusal(const QString &message)
{
    return refusal(Store::Error {.message = message});
}

// What a change works on: the stored value, or why there is none: the library could not be read,
// or it holds no such thing (`absent`, the sentence for the user).
template<typename T> Store::Result<T> existing(Store::Result<std::optional<T>> stored, const QString &absent)
{
    if (!stored) {
        return refusal(stored.error());
    }
    std::optional<T> &value = *stored;
    if (!value) {
        return refusal(absent);
    }
    return std::move(*value);
}

} // namespace Glossa::LibraryPrivate
