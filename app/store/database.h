// SPDX-License-Identifier: GPL-3.0-or-later
// RAII wrappers over the SQLite C API: a connection (Database) that owns a cache of prepared
// statements, a Statement, and a Transaction guard. Every failure comes back as a value carrying
// SQLite's own message; nothing here throws.
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace Glossa::Store {

// The store reports failures through Glossa's one convention (model/result.h); an Error from here
// carries SQLite's primary result code and the message SQLite gave.
using Glossa::Error;
using Glossa::Result;
using Glossa::Status;

class Database;

// One prepared statement. Bind indexes start at 1, column indexes at 0.
class Statement final
{
public:
    enum class Step { Row, Done, Failed };

    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int index, const QString &value); // an empty (non-null) string binds as '' not NULL
    void bind(int index, QStringView value);
    void bind(int index, const char16_t *value) { bind(index, QStringView(value)); }
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, bool value) { bind(index, qint64(value ? 1 : 0)); }
    void bind(int index, double value);
    void bind(int index, const QByteArray &value);
    void bindNull(int index);
    // A null QString binds as NULL: for optional references (a comment's parent…).
    void bindOptional(int index, const QString &value);

    Step step();
    // Runs to completion (for statements that return no rows), then resets.
    Status exec();
    // Steps through every row, calling `row(*this)` for each, then resets (so no read transaction
    // stays open). Stops early and returns the error if a step fails.
    template<typename F> Status forEach(F &&row)
    {
        Step s;
        while ((s = step()) == Step::Row) {
            row(*this);
        }
        Status status;
        if (s == Step::Failed) {
            status = error();
        }
        reset();
        return status;
    }
    // The error of the last failed step.
    Error error() const;
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QByteArray blob(int column) const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt);

    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

// A connection. Not thread-safe: one per thread.
class Database final
{
public:
    // Immutable: read-only, and SQLite is told the file cannot change (no -wal or -shm is made or
    // read): for a library in a folder without write permission, where a WAL library could not be
    // read otherwise.
    enum class Mode { ReadOnly, Immutable, ReadWrite, ReadWriteCreate };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Runs SQL text that may hold several statements and binds nothing: schema and pragmas only.
    Status exec(const QString &sql);

    // A prepared statement from this connection's cache, reset with its bindings cleared.
    // The pointer stays valid while the connection lives; it must not be used by two callers at once.
    Result<Statement *> prepare(const QString &sql);
    // A statement outside the cache, for one-off SQL.
    Result<std::unique_ptr<Statement>> prepareUncached(const QString &sql);

    // A single integer from a one-row query (a PRAGMA, a count).
    Result<qint64> scalar(const QString &sql);

    bool isReadOnly() const { return m_readOnly; }
    qint64 changes() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }
    Error lastError() const;

private:
    Database(sqlite3 *db, QString path, bool readOnly);

    sqlite3 *m_db;
    QString m_path;
    bool m_readOnly;
    std::unordered_map<QString, std::unique_ptr<Statement>> m_cache;
};

// A write transaction: BEGIN IMMEDIATE in the constructor (so the write lock is taken up front and
// the busy timeout applies there, instead of a deadlock-prone upgrade later), ROLLBACK in the
// destructor unless commit() succeeded.
class Transaction final
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Whether BEGIN succeeded; a failed begin leaves nothing to commit.
    const Status &began() const { return m_began; }
    Status commit();

private:
    Database &m_db;
    Status m_began;
    bool m_done = false;
};

} // namespace Glossa::Store
