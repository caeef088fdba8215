// SPDX-License-Identifier: GPL-3.0-or-later
// A helper process for the second-process tests: opens (creating) the library in DIR for writing,
// as a Glossa window does, prints "ready" once it holds it, and then holds it until it is killed.
//
//   lock_holder DIR
#include "library/library.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lock_holder"));
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: lock_holder DIR\n");
        return 2;
    }
    Glossa::Library library;
    Glossa::Store::OpenOptions options;
    options.create = true;
    const Glossa::Store::OpenFailure failure = library.open(args[1], options);
    if (failure.failed()) {
        std::fprintf(stderr, "lock_holder: open failed (%d): %s\n", int(failure.kind), qUtf8Printable(failure.detail));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
