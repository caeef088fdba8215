// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <QTextStream>

#include <cstdio>

namespace Glossa::Cli {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// Sub-commands, in the order `glossa --help` lists them. Each later issue adds its own.
const QStringList &commandNames()
{
    static const QStringList names;
    return names;
}

} // namespace

bool Cli::isHeadless(const QStringList &args)
{
    if (args.isEmpty()) {
        return false;
    }
    const QString &first = args.first();
    if (first == u"--version" || first == u"-v" || first == u"--help" || first == u"-h") {
        return true;
    }
    // Anything that is not an option is a sub-command name (known or not: an unknown one is
    // reported headlessly rather than opening a window).
    return !first.startsWith(u'-');
}

QString Cli::usage()
{
    return tr("Usage: glossa [--library DIR] [--screenshot FILE.png [--article N]]\n"
              "       glossa COMMAND [OPTIONS]\n"
              "\n"
              "Without a command, Glossa opens its window on your library.\n"
              "\n"
              "Options:\n"
              "  --library DIR        use the library in DIR instead of the default one\n"
              "  --screenshot FILE    open the window, save a PNG of it once the article is shown, and quit\n"
              "  --article N          with --screenshot, show the Nth article of the library (from 1)\n"
              "  --version            print Glossa's version\n"
              "  --help               print this help\n");
}

int Cli::run(const QStringList &args)
{
    if (args.isEmpty()) {
        err() << usage();
        return 2;
    }
    const QString &first = args.first();
    if (first == u"--version" || first == u"-v") {
        out() << QStringLiteral("glossa %1\n").arg(QCoreApplication::applicationVersion());
        return 0;
    }
    if (first == u"--help" || first == u"-h") {
        out() << usage();
        return 0;
    }
    if (!commandNames().contains(first)) {
        err() << tr("glossa: '%1' is not a Glossa command. Run 'glossa --help' for the list of commands.\n")
                     .arg(first);
        return 2;
    }
    return 2;
}

} // namespace Glossa::Cli
