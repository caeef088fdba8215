// SPDX-License-Identifier: GPL-3.0-or-later
// The floor the command line's start is compared with (bench_cli): the smallest QCoreApplication
// program, printing its version for --version as `glossa --version` does.
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("1.0"));
    if (QCoreApplication::arguments().contains(QStringLiteral("--version"))) {
        std::printf("qtcore_floor %s\n", qUtf8Printable(QCoreApplication::applicationVersion()));
    }
    return 0;
}
