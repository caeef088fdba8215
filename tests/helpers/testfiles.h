// SPDX-License-Identifier: GPL-3.0-or-later
// Files a test writes for the code under test to read, in a folder the test owns.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace Glossa::Test {

// Writes `bytes` to `name` in `dir`; the file's path, or empty when it could not be written whole.
inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() ? path : QString();
}

} // namespace Glossa::Test
