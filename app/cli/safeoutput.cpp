// SPDX-License-Identifier: GPL-3.0-or-later
#include "safeoutput.h"

#include <QByteArray>

#include <cerrno>
#include <cstring>

namespace Glossa::Cli {

namespace {

const QByteArray kReplacement = QByteArrayLiteral("\xEF\xBF\xBD"); // U+FFFD

bool isAsciiControl(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F;
}

} // namespace

SafeOutputDevice::SafeOutputDevice(std::FILE *file)
    : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 SafeOutputDevice::readData(char *, qint64)
{
    return -1;
}

qint64 SafeOutputDevice::writeData(const char *data, qint64 size)
{
    QByteArray safe;
    safe.reserve(size);
    for (qint64 i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (m_afterC2) {
            m_afterC2 = false;
            // 0xC2 0x80–0x9F is a C1 control (U+0080–U+009F): the lead byte was held back.
            safe += c >= 0x80 && c <= 0x9F ? kReplacement : QByteArray("\xC2", 1) + char(c);
            continue;
        }
        if (c == 0xC2) {
            m_afterC2 = true; // decided by the next byte, which may come in the next write
        } else if (isAsciiControl(c)) {
            safe += kReplacement;
        } else {
            safe += char(c);
        }
    }
    if (!safe.isEmpty()
        && std::fwrite(safe.constData(), 1, std::size_t(safe.size()), m_file) != std::size_t(safe.size())) {
        m_failed = true;
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    return size;
}

bool SafeOutputDevice::flushFile()
{
    if (m_afterC2) { // a lone lead byte at the very end: write it as it came
        m_afterC2 = false;
        std::fputc(0xC2, m_file);
    }
    if (std::fflush(m_file) != 0 || std::ferror(m_file)) {
        if (!m_failed) {
            m_failed = true;
            setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        }
    }
    return !m_failed;
}

} // namespace Glossa::Cli
