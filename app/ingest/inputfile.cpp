// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Glossa::Ingest {

QString InputFile::tooLarge(qint64 limit, const QString &largest)
{
    // The limits are whole megabytes, said as such.
    return tr("it is larger than %1 MB, %2").arg(limit / Megabyte).arg(largest);
}

namespace {

// Arguments whose bytes did not decode, by the QString they were given as. Filled while the
// arguments are decoded, before any other thread runs; read afterwards.
QHash<QString, QByteArray> &undecodable()
{
    static QHash<QString, QByteArray> names;
    return names;
}

bool statOf(const QString &path, struct stat *st)
{
    return ::stat(InputFile::encodedName(path).constData(), st) == 0;
}

// Opens `path` by its bytes; QFile then reads it.
bool openByName(QFile &f, const QString &path, QIODevice::OpenMode mode)
{
    const int fd = ::open(InputFile::encodedName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        f.setFileName(path);
        return f.open(mode); // for its error string
    }
    return f.open(fd, mode, QFileDevice::AutoCloseHandle);
}

} // namespace

QString InputFile::fromArgument(const char *argument)
{
    const QByteArray bytes(argument);
    QStringDecoder decoder(QStringDecoder::System, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    if (!decoder.hasError()) {
        return decoded;
    }
    const QString shown = QString::fromLatin1(bytes);
    undecodable().insert(shown, bytes);
    return shown;
}

QByteArray InputFile::encodedName(const QString &path)
{
    const auto it = undecodable().constFind(path);
    return it != undecodable().cend() ? *it : QFile::encodeName(path);
}

bool InputFile::exists(const QString &path)
{
    struct stat st {};
    return statOf(path, &st);
}

bool InputFile::isStream(const QString &path)
{
    struct stat st {};
    if (!statOf(path, &st)) {
        return false;
    }
    return S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode) || S_ISSOCK(st.st_mode);
}

QByteArray InputFile::head(const QString &path, qint64 n)
{
    if (isStream(path)) {
        return {};
    }
    QFile f;
    return openByName(f, path, QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

Result<QByteArray> InputFile::read(const QString &path, qint64 limit, const QString &largest)
{
    struct stat st {};
    const bool found = statOf(path, &st);
    if (found && S_ISDIR(st.st_mode)) {
        return Error {.message = tr("it is a folder, not a file")};
    }
    if (found && S_ISREG(st.st_mode) && st.st_size > limit) {
        return Error {.message = tooLarge(limit, largest)}; // refused before a byte is read
    }
    QFile f;
    // Unbuffered: a stream's bytes are taken as they come, and nothing is read ahead of the limit.
    if (!openByName(f, path, QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error {.message = tr("it cannot be read (%1)").arg(f.errorString())};
    }
    QByteArray bytes;
    constexpr qint64 Chunk = 256 * 1024;
    for (;;) {
        // One byte more than the limit tells a file of exactly the limit from a larger one.
        const qint64 want = std::min<qint64>(Chunk, limit + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + want);
        const qint64 got = f.read(bytes.data() + before, want);
        if (got < 0) {
            return Error {.message = tr("it cannot be read (%1)").arg(f.errorString())};
        }
        bytes.resize(before + got);
        if (bytes.size() > limit) {
            return Error {.message = tooLarge(limit, largest)};
        }
        if (got == 0) {
            return bytes; // the end (a stream: its writer closed it)
        }
    }
}

} // namespace Glossa::Ingest
