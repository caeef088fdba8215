// SPDX-License-Identifier: GPL-3.0-or-later
// The library's long writes off the window's thread: jobs run one after the other on a thread of
// their own, through a read-write connection of their own to the same library file (WAL: the
// window goes on reading while a job writes, and sees the job's change once it is committed).
// A job's result comes back to the thread that made the worker, in the order the jobs were given.
#pragma once

#include "database.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Glossa::Store {

class StoreWorker final : public QObject
{
    Q_OBJECT

public:
    // `databasePath`: the library file, already created and migrated (LibraryStore::open).
    explicit StoreWorker(const QString &databasePath, QObject *parent = nullptr);
    // Waits for the job under way, if any; the jobs not yet started are dropped, and no result is
    // delivered after this.
    ~StoreWorker() override;

    // Runs `job` on the worker's thread with its connection (an error when the library could not
    // be opened there), then `done` with what it returned, on this object's thread. A job writes
    // in a Transaction of its own.
    template <typename T>
    void run(std::function<T(Result<Database *>)> job, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        post([job = std::move(job), result](Result<Database *> db) { result->emplace(job(db)); },
            [done = std::move(done), result] { done(std::move(**result)); });
    }

    // Whether a job is queued or under way.
    bool isBusy() const { return m_pending > 0; }

private:
    void post(std::function<void(Result<Database *>)> work, std::function<void()> deliver);

    QString m_path;
    QThread *m_thread;
    QObject *m_context; // lives on m_thread: the jobs are queued to it
    std::shared_ptr<std::unique_ptr<Database>> m_connection; // opened and used on m_thread only
    int m_pending = 0;
};

} // namespace Glossa::Store
