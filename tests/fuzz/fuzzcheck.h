// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: the input as text, and checks that stop the run like a crash, so
// libFuzzer keeps the input that broke a rule.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Glossa::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString utf8(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Aborts with `what` and the offending text when `ok` is false: a finding.
inline void check(bool ok, const char *what, const QString &detail = {})
{
    if (!ok) {
        std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, detail.toUtf8().constData());
        std::abort();
    }
}

// A file of tests/data, read once at start-up (GLOSSA_TEST_DATA is set by tests/fuzz/CMakeLists.txt).
inline QByteArray testData(const char *relative)
{
    QFile file(QStringLiteral(GLOSSA_TEST_DATA "/") + QString::fromUtf8(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the test data %s\n", relative);
        std::abort();
    }
    return file.readAll();
}

} // namespace Glossa::Fuzz
