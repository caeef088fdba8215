// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the command line starts, against the smallest Qt program (qtcore_floor), in the same run:
//   cli.qtcore_floor_ms   `qtcore_floor --version`, a bare QCoreApplication
//   cli.start_ms          `glossa --version`
//   cli.list_ms           `glossa list` on a library of two small articles
//   cli.start_ratio       cli.start_ms / cli.qtcore_floor_ms (target: at most 2)
// Each is the median wall time of 21 cold processes (spawn to exit), the three interleaved so a
// busy machine slows them alike.
#include "benchstats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Glossa::Bench;

namespace {

constexpr int Runs = 21;

// The wall time of one run of `program` in ms, or -1 when it failed.
double timeRun(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "bench: %s %s failed: %s\n", qUtf8Printable(program), qUtf8Printable(args.join(u' ')),
            process.readAllStandardError().right(2000).constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // Settings and data of their own, so nothing of the user's is read.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));

    const QString glossa = QStringLiteral(GLOSSA_EXECUTABLE);
    const QString library = dir.filePath(u"library"_s);
    const QString first = dir.filePath(u"first.txt"_s);
    const QString second = dir.filePath(u"second.txt"_s);
    if (!writeFile(first,
            "A short note\n\nA plain-text article of a few sentences is enough to make a library that "
            "`glossa list` has to open and read.\n")
        || !writeFile(second,
            "Another note\n\nThe second article makes the list a list. Its text does not matter to the "
            "benchmark, only that the library holds it.\n")
        || timeRun(glossa, {u"import"_s, first, second, u"--library"_s, library}, env) < 0) {
        std::fprintf(stderr, "bench: could not make the library\n");
        return 1;
    }

    const QString floor = QStringLiteral(QTCORE_FLOOR);
    const QStringList version {u"--version"_s};
    const QStringList list {u"list"_s, u"--library"_s, library};
    QList<double> floorMs;
    QList<double> startMs;
    QList<double> listMs;
    for (int run = 0; run <= Runs; ++run) { // run 0 warms the disk cache
        const double f = timeRun(floor, version, env);
        const double s = timeRun(glossa, version, env);
        const double l = timeRun(glossa, list, env);
        if (f < 0 || s < 0 || l < 0) {
            return 1;
        }
        if (run > 0) {
            floorMs << f;
            startMs << s;
            listMs << l;
        }
    }
    const Spread f = spread(floorMs);
    const Spread s = spread(startMs);
    print("cli.qtcore_floor_ms", f, "ms");
    print("cli.start_ms", s, "ms");
    print("cli.list_ms", spread(listMs), "ms");
    std::printf("bench cli.start_ratio %.2f x\n", s.median / f.median);
    return 0;
}
