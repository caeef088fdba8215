// SPDX-License-Identifier: GPL-3.0-or-later
// Real file systems for the full-disk and read-only tests: a tmpfs of a given size mounted on a
// folder of the test's, then filled up; a folder made read-only. The test process first moves into
// a mount namespace of its own (unshare), so a mount is seen only by the test and the processes it
// starts, and goes away with them; nothing on the machine is mounted or left behind. That needs
// CAP_SYS_ADMIN: the tests run as root in tools/dev and on CI. Elsewhere mount() says why it could
// not, and the test says so.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace Glossa::Test {

class SmallDisk final
{
public:
    // Mounts a tmpfs of `bytes` on `folder` (which must exist). False with `why` set when it cannot.
    static bool mount(const QString &folder, qint64 bytes, QString *why)
    {
        if (!ownNamespace(why)) {
            return false;
        }
        const QByteArray path = QFile::encodeName(folder);
        // The folder becomes a private mount point first, so the tmpfs never propagates to the mounts
        // this namespace was copied from, whatever their propagation was.
        const QByteArray options = "size=" + QByteArray::number(bytes);
        if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0
            || ::mount(nullptr, path.constData(), nullptr, MS_PRIVATE, nullptr) != 0
            || ::mount("tmpfs", path.constData(), "tmpfs", 0, options.constData()) != 0) {
            *why = QStringLiteral("cannot mount a tmpfs on %1 (%2)")
                       .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        return true;
    }

    // Makes `folder` read-only for everyone, root included (who passes permission checks): an
    // ordinary user loses the write permission; root gets the folder bind-mounted read-only on itself.
    static bool makeReadOnly(const QString &folder, QString *why)
    {
        const QByteArray path = QFile::encodeName(folder);
        if (::geteuid() != 0) {
            if (::chmod(path.constData(), 0555) != 0) {
                *why = QStringLiteral("cannot chmod %1 (%2)").arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
                return false;
            }
            return true;
        }
        if (!ownNamespace(why)) {
            return false;
        }
        if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0
            || ::mount(nullptr, path.constData(), nullptr, MS_PRIVATE, nullptr) != 0
            || ::mount(nullptr, path.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
            *why = QStringLiteral("cannot make %1 read-only (%2)")
                       .arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        return true;
    }

    // Takes away what mount() or makeReadOnly() put on `folder` (so its QTemporaryDir can be removed).
    static void unmount(const QString &folder)
    {
        const QByteArray path = QFile::encodeName(folder);
        while (::umount2(path.constData(), MNT_DETACH) == 0) { }
    }

    // Free bytes on the file system holding `folder`.
    static qint64 freeBytes(const QString &folder)
    {
        struct statvfs st {};
        if (::statvfs(QFile::encodeName(folder).constData(), &st) != 0) {
            return -1;
        }
        return qint64(st.f_bavail) * qint64(st.f_frsize);
    }

    // Fills the file system holding `fillerPath` with that file until `leave` bytes are free (or
    // fewer: the file system's blocks round it). Returns false if the file could not be written.
    static bool fill(const QString &fillerPath, qint64 leave)
    {
        QFile filler(fillerPath);
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            return false;
        }
        const QByteArray block(4096, 'x');
        while (freeBytes(fillerPath) > leave) {
            if (filler.write(block) != block.size()) {
                break; // full already
            }
        }
        return true;
    }

private:
    static bool ownNamespace(QString *why)
    {
        static const bool made = ::unshare(CLONE_NEWNS) == 0;
        if (!made) {
            *why = QStringLiteral("cannot make a mount namespace (%1)")
                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
        }
        return made;
    }
};

} // namespace Glossa::Test
