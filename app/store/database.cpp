// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "rankfunction.h"
#include "stemmingtokenizer.h"
#include "storelog.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <sqlite3.h>

#include <cerrno>

namespace Glossa::Store {

namespace {

// Long enough to ride out another process's transaction (a Glossa write is milliseconds, a backup
// a few hundred), short enough that a stuck process is reported instead of hanging the UI.
constexpr int kBusyTimeoutMs = 5000;

// Every failure of this file becomes an Error here, so a full disk is told the same way whatever
// ran out of room: a page of the library, its write-ahead log or shared memory, a backup being
// copied. SQLite says SQLITE_FULL for its own writes; a write of the -wal or -shm that failed with
// ENOSPC comes back as an I/O error, told apart by the errno SQLite kept.
Error errorOf(sqlite3 *db, int code, const char *message = nullptr)
{
    Error e;
    e.code = code & 0xff;
    const char *msg = message ? message : db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    e.message = QString::fromUtf8(msg ? msg : sqlite3_errstr(code));
    if (e.code == SQLITE_IOERR && db && sqlite3_system_errno(db) == ENOSPC) {
        e.code = SQLITE_FULL;
    }
    if (e.code == SQLITE_FULL) {
        const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
        const QString path = file && *file ? QDir::toNativeSeparators(QString::fromUtf8(file)) : QString();
        e.message = path.isEmpty()
            ? QCoreApplication::translate("Glossa::Store::Database",
                  "The disk is full: Glossa could not write to the library. Free some space on the disk and try again.")
            : QCoreApplication::translate("Glossa::Store::Database",
                  "The disk is full: Glossa could not write %1. Free some space on that disk and try again.")
                  .arg(path);
    }
    return e;
}

} // namespace

} // namespace Glossa::Store

namespace Glossa {

// Declared with Error in model/result.h; SQLite's codes are known only here.
bool Error::isBusy() const
{
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool Error::isCorrupt() const
{
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

bool Error::isDiskFull() const
{
    return code == SQLITE_FULL;
}

} // namespace Glossa

namespace Glossa::Store {

// --- Statement ---------------------------------------------------------------------------------

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, const QString &value)
{
    bind(index, QStringView(value));
}

void Statement::bind(int index, QStringView value)
{
    // The library is stored as UTF-8: converting here with Qt's SIMD codec is much cheaper than
    // letting SQLite convert UTF-16. A non-null pointer for an empty string stores '' not NULL.
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.isEmpty() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, const QByteArray &value)
{
    sqlite3_bind_blob64(
        m_stmt, index, value.isEmpty() ? "" : value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void Statement::bindOptional(int index, const QString &value)
{
    if (value.isNull()) {
        bindNull(index);
    } else {
        bind(index, value);
    }
}

Statement::Step Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return Step::Row;
    }
    if (rc == SQLITE_DONE) {
        return Step::Done;
    }
    return Step::Failed;
}

Status Statement::exec()
{
    Step s;
    while ((s = step()) == Step::Row) { }
    Status status;
    if (s == Step::Failed) {
        status = error();
    }
    reset();
    return status;
}

Error Statement::error() const
{
    return errorOf(m_db, sqlite3_errcode(m_db));
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data) {
        return {};
    }
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

// --- Database ----------------------------------------------------------------------------------

Database::Database(sqlite3 *db, QString path, bool readOnly)
    : m_db(db)
    , m_path(std::move(path))
    , m_readOnly(readOnly)
{
}

Database::~Database()
{
    m_cache.clear(); // finalize before closing
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly:
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    sqlite3 *db = nullptr;
    QByteArray name = path.toUtf8();
    if (mode == Mode::Immutable) {
        flags |= SQLITE_OPEN_URI;
        name = "file:" + QUrl::toPercentEncoding(path, "/") + "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = errorOf(db, rc);
        sqlite3_close_v2(db);
        return e;
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);
    // The library's full-text tables name this tokenizer: without it they cannot be read or written.
    // And the search ranks its hits with this function (rankfunction.h).
    for (Status (*add)(sqlite3 *) : {StemmingTokenizer::registerOn, RankFunction::registerOn}) {
        if (Status s = add(db); !s) {
            sqlite3_close_v2(db);
            return s.error();
        }
    }
    return std::unique_ptr<Database>(new Database(db, path, mode == Mode::ReadOnly || mode == Mode::Immutable));
}

Status Database::exec(const QString &sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
    if (rc != SQLITE_OK) {
        Error e = errorOf(m_db, rc, msg);
        sqlite3_free(msg);
        return e;
    }
    return {};
}

Result<std::unique_ptr<Statement>> Database::prepareUncached(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const char16_t *tail = nullptr;
    const QStringView view(sql);
    const int rc = sqlite3_prepare16_v3(m_db, view.utf16(), int(view.size() * 2), SQLITE_PREPARE_PERSISTENT, &stmt,
        reinterpret_cast<const void **>(&tail));
    if (rc != SQLITE_OK) {
        Error e = errorOf(m_db, rc);
        sqlite3_finalize(stmt);
        qCWarning(lcStore) << "prepare failed:" << e.message << sql;
        return e;
    }
    // Trailing SQL would be silently ignored: refuse it so a mistake cannot hide.
    const qsizetype consumed = tail ? qsizetype(tail - view.utf16()) : view.size();
    if (!view.mid(consumed).trimmed().isEmpty()) {
        sqlite3_finalize(stmt);
        return Error {SQLITE_MISUSE, QStringLiteral("trailing SQL after the first statement")};
    }
    return std::unique_ptr<Statement>(new Statement(m_db, stmt));
}

Result<Statement *> Database::prepare(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it != m_cache.end()) {
        Statement *s = it->second.get();
        s->reset();
        sqlite3_clear_bindings(s->m_stmt);
        return s;
    }
    auto prepared = prepareUncached(sql);
    if (!prepared) {
        return prepared.error();
    }
    Statement *s = prepared->get();
    m_cache.emplace(sql, std::move(*prepared));
    return s;
}

Result<qint64> Database::scalar(const QString &sql)
{
    auto stmt = prepareUncached(sql);
    if (!stmt) {
        return stmt.error();
    }
    const Statement::Step s = (*stmt)->step();
    if (s == Statement::Step::Failed) {
        return (*stmt)->error();
    }
    return s == Statement::Step::Row ? (*stmt)->int64(0) : 0;
}

qint64 Database::changes() const
{
    return sqlite3_changes64(m_db);
}

Error Database::lastError() const
{
    return errorOf(m_db, sqlite3_errcode(m_db));
}

// --- Transaction -------------------------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_began = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_done = !m_began.ok();
}

Transaction::~Transaction()
{
    // SQLite may have rolled back already (it does after SQLITE_FULL, among others): nothing to undo.
    if (!m_done && !sqlite3_get_autocommit(m_db.handle())) {
        const Status s = m_db.exec(QStringLiteral("ROLLBACK"));
        if (!s) {
            qCWarning(lcStore) << "rollback failed:" << s.error().message;
        }
    }
}

Status Transaction::commit()
{
    if (m_done) {
        return m_began.ok() ? Status(Error {SQLITE_MISUSE, QStringLiteral("transaction already finished")}) : m_began;
    }
    Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (s) {
        m_done = true;
    }
    return s;
}

} // namespace Glossa::Store
