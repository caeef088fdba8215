// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundbackup.h"

#include "storelog.h"

#include <QThread>

namespace Glossa::Store {

BackgroundBackup::BackgroundBackup(QObject *parent)
    : QObject(parent)
{
}

BackgroundBackup::~BackgroundBackup()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void BackgroundBackup::start(const QString &databasePath, const QString &backupDir, const BackupPolicy &policy)
{
    if (m_worker) {
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    m_worker = QThread::create([databasePath, backupDir, policy, outcome] {
        auto made = Backups::createFromFile(databasePath, backupDir);
        if (made) {
            outcome->path = *made;
            Backups::rotate(backupDir, policy);
        } else {
            outcome->error = made.error().message;
        }
    });
    connect(m_worker, &QThread::finished, this, [this] {
        QThread *done = m_worker;
        m_worker = nullptr;
        done->deleteLater();
        const Outcome result = *m_outcome;
        if (!result.error.isEmpty()) {
            qCWarning(lcStore) << "automatic backup failed:" << result.error;
        }
        Q_EMIT finished(result.path, result.error);
    });
    m_worker->start(QThread::LowPriority);
}

void BackgroundBackup::wait()
{
    if (!m_worker) {
        return;
    }
    m_worker->wait();
    // The finished signal is queued to this thread: deliver it now.
    QThread *done = m_worker;
    m_worker = nullptr;
    disconnect(done, nullptr, this, nullptr);
    delete done;
    const Outcome result = *m_outcome;
    Q_EMIT finished(result.path, result.error);
}

} // namespace Glossa::Store
