// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing an export with its golden file in tests/data, line by line, the first line that differs
// named; with GLOSSA_REGENERATE_GOLDEN=1 the golden file is written instead (tests/data/regenerate.sh).
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>

namespace Glossa::Test {

// `name` is the golden file's path under tests/data (e.g. "export/markdown/porti_links.md").
inline void compareWithGolden(const QString &text, const QString &name)
{
    const QString path = QStringLiteral(GLOSSA_TEST_DATA "/") + name;
    if (qEnvironmentVariableIntValue("GLOSSA_REGENERATE_GOLDEN") == 1) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        qInfo("wrote %s", qPrintable(path));
        return;
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    const QStringList expected = QString::fromUtf8(golden.readAll()).split(u'\n');
    const QStringList actual = text.split(u'\n');
    for (qsizetype i = 0; i < std::min(expected.size(), actual.size()); ++i) {
        QVERIFY2(actual[i] == expected[i],
            qPrintable(QStringLiteral("%1 line %2:\n  got      %3\n  expected %4")
                    .arg(name)
                    .arg(i + 1)
                    .arg(actual[i], expected[i])));
    }
    QCOMPARE(actual.size(), expected.size());
}

} // namespace Glossa::Test
