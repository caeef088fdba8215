// SPDX-License-Identifier: GPL-3.0-or-later
// Glossa's one error convention, shared by every layer: an operation that can fail returns a
// Status (success or an Error) or a Result<T> (a value or an Error), and the Error's message is the
// sentence (or, from the importers, the clause) a user is shown. Nothing throws; nobody keeps a
// "last error" on the side.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Glossa {

// Why something failed. `code` is SQLite's primary result code when the store failed (isBusy() and
// isCorrupt() read it; they live in store/database.cpp, beside SQLite), 0 for a refusal of Glossa's
// own (no such annotation, an empty file…).
struct Error {
    int code = 0;
    QString message;

    bool isBusy() const; // another connection holds the lock longer than the busy timeout
    bool isCorrupt() const; // SQLITE_CORRUPT or SQLITE_NOTADB
    // SQLITE_FULL: the disk (or file system) holding the file ran out of space (SQLite's own
    // SQLITE_FULL, and any other write that failed with ENOSPC), and the message says so.
    bool isDiskFull() const;
};

// Success or an Error.
class Status
{
public:
    Status() = default;
    Status(Error error) // NOLINT(google-explicit-constructor): an Error is a failed Status
        : m_error(std::move(error))
    {
    }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    // Like std::optional's operator*, these trust the caller to have checked ok() first.
    const Error &error() const { return *m_error; } // NOLINT(bugprone-unchecked-optional-access)

private:
    std::optional<Error> m_error;
};

// A value or an Error (std::expected is C++23).
template<typename T> class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor)
        : m_value(std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }
    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // Like std::optional's, these trust the caller to have checked ok() first.
    T &operator*() { return *m_value; } // NOLINT(bugprone-unchecked-optional-access)
    const T &operator*() const { return *m_value; } // NOLINT(bugprone-unchecked-optional-access)
    T *operator->() { return &*m_value; } // NOLINT(bugprone-unchecked-optional-access)
    const T *operator->() const { return &*m_value; } // NOLINT(bugprone-unchecked-optional-access)
    // The value, or `fallback` after a failure (std::expected's value_or).
    T valueOr(const T &fallback) const { return m_value ? *m_value : fallback; }
    const Error &error() const { return m_error; }
    Status status() const { return ok() ? Status() : Status(m_error); }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace Glossa
