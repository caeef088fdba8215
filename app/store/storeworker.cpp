// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeworker.h"

#include "schema.h"

#include <QThread>

namespace Glossa::Store {

StoreWorker::StoreWorker(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_thread(new QThread)
    , m_context(new QObject)
    , m_connection(std::make_shared<std::unique_ptr<Database>>())
{
    m_thread->setObjectName(QStringLiteral("glossa-store-worker"));
    m_context->moveToThread(m_thread);
    // The connection is closed on the thread that used it, once the last job is done.
    connect(m_thread, &QThread::finished, m_context, [connection = m_connection] { connection->reset(); });
    m_thread->start();
}

StoreWorker::~StoreWorker()
{
    m_thread->quit();
    m_thread->wait();
    delete m_context;
    delete m_thread;
}

void StoreWorker::post(std::function<void(Result<Database *>)> work, std::function<void()> deliver)
{
    ++m_pending;
    // While a job runs, the destructor waits for it: `this` is there to queue the delivery to, and a
    // delivery still queued when the worker goes is dropped with it.
    QMetaObject::invokeMethod(
        m_context,
        [this, path = m_path, connection = m_connection, work = std::move(work), deliver = std::move(deliver)] {
            Result<Database *> db = Error {};
            if (!*connection) {
                auto opened = Database::open(path, Database::Mode::ReadWrite);
                if (opened) {
                    if (Status s = Schema::configure(**opened); s) {
                        *connection = std::move(*opened);
                    } else {
                        db = s.error();
                    }
                } else {
                    db = opened.error();
                }
            }
            if (*connection) {
                db = connection->get();
            }
            work(db);
            QMetaObject::invokeMethod(
                this,
                [this, deliver] {
                    --m_pending;
                    deliver();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Glossa::Store
