// SPDX-License-Identifier: GPL-3.0-or-later
#include "processbench.h"

#include "barepage.h"
#include "benchstats.h"
#include "library/library.h"
#include "processmemory.h"
#include "readerbenchdata.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Glossa::Bench {

namespace {

// Both figures start `glossa`, the program users start. It decides from its arguments that the
// window is wanted and replaces itself (execv, same process id) with glossa-window, so the wall time
// from spawning includes that hand-over: the start of the small headless executable, about as long
// as `glossa --version` (cli.start_ms in bench_cli). The figure "as measured from main()" starts at
// glossa-window's main() and leaves it out. The memory figure reads the same process id after the
// hand-over, so the headless executable costs it nothing.
double timeProcess(const QString &program, const QStringList &args, const QProcessEnvironment &env, double *own)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    QByteArray out;
    double elapsed = -1;
    while (process.waitForReadyRead(60'000)) {
        out += process.readAllStandardOutput();
        if (out.contains("startup_ms")) {
            elapsed = double(timer.nsecsElapsed()) / 1e6;
            break;
        }
    }
    const QRegularExpression figure(QStringLiteral("startup_ms ([0-9.]+)"));
    const auto match = figure.match(QString::fromUtf8(out));
    *own = match.hasMatch() ? match.captured(1).toDouble() : -1;
    if (!process.waitForFinished(10'000)) {
        process.kill();
        process.waitForFinished();
    }
    if (elapsed < 0) {
        std::fprintf(stderr, "bench: %s did not report: %s\n", qUtf8Printable(program),
            process.readAllStandardError().right(2000).constData());
    }
    return elapsed;
}

// Starts `program`, waits until it has painted its article and settled, then returns the memory of
// its whole process tree in MiB (-1 on failure) and ends it.
double memoryOf(const QString &program, const QStringList &args, QProcessEnvironment env, QString *parts)
{
    env.insert(u"GLOSSA_STARTUP_HOLD"_s, u"1"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    QByteArray out;
    while (!out.contains("startup_ms") && process.waitForReadyRead(60'000)) {
        out += process.readAllStandardOutput();
    }
    double mib = -1;
    if (out.contains("startup_ms")) {
        QTest::qWait(2000); // the page's own work after painting, and the engine's helpers, settle
        const QList<Bench::ProcessMemory> tree = Bench::processTree(process.processId());
        const qint64 kib = Bench::totalPssKiB(tree);
        mib = kib < 0 ? -1 : double(kib) / 1024;
        parts->clear();
        for (const Bench::ProcessMemory &p : tree) {
            *parts += QStringLiteral(" %1 %2 MiB;").arg(p.role).arg(double(p.pssKiB) / 1024, 0, 'f', 1);
        }
    }
    process.kill();
    process.waitForFinished();
    return mib;
}

// Fresh processes with their own settings and data folders in `dir`, so nothing of the user's is read.
QProcessEnvironment freshEnvironment(const QTemporaryDir &dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
    return env;
}

} // namespace

void measureStartup(const QString &seedMarkdown)
{
    QTemporaryDir dir;
    const QString libraryDir = dir.filePath(u"library"_s);
    QString articleId;
    {
        Library library;
        Store::OpenOptions options;
        options.create = true;
        if (library.open(libraryDir, options).failed()
            || (articleId = Bench::importArticle(library, seedMarkdown, u"seed.md"_s)).isEmpty()) {
            std::fprintf(stderr, "bench: could not make the startup library\n");
            return;
        }
        const QString page = writeBarePage(dir.path(), library, articleId);
        if (page.isEmpty()) {
            std::fprintf(stderr, "bench: could not write the bare page\n");
            return;
        }
    }
    const QProcessEnvironment env = freshEnvironment(dir);
    QList<double> glossa;
    QList<double> bare;
    QList<double> glossaOwn;
    QList<double> bareOwn;
    // Eleven pairs after a warm-up: on a busy two-core machine a cold start varies by a third.
    for (int run = 0; run <= 11; ++run) { // run 0 warms the disk cache for both
        double own = 0;
        const double g = timeProcess(
            QStringLiteral(GLOSSA_EXECUTABLE), {u"--library"_s, libraryDir, u"--print-startup-ms"_s}, env, &own);
        if (run > 0) {
            glossa << g;
            glossaOwn << own;
        }
        const double b = timeProcess(QStringLiteral(BARE_WEBENGINE), {dir.filePath(u"page.html"_s)}, env, &own);
        if (run > 0) {
            bare << b;
            bareOwn << own;
        }
        if (g < 0 || b < 0) {
            return;
        }
    }
    const Spread g = spread(glossa);
    const Spread b = spread(bare);
    std::printf("# startup, wall time from spawning the process; as measured from main(): glossa %.1f ms,"
                " bare %.1f ms\n",
        spread(glossaOwn).median, spread(bareOwn).median);
    print("startup.glossa_ms", g, "ms");
    print("startup.bare_webengine_ms", b, "ms");
    std::printf("bench startup.ratio %.2f x\n", g.median / b.median);
}

// memory.glossa_mib / memory.bare_webengine_mib / memory.ratio: the proportional set size of each
// process tree with the 20,000-word article (Glossa's with its 1,000 highlights and 200 notes) open.
void measureMemory()
{
    QTemporaryDir dir;
    const QString libraryDir = dir.filePath(u"library"_s);
    {
        Library library;
        Store::OpenOptions options;
        options.create = true;
        const QString markdown = Bench::sampleMarkdown(20'000);
        QString articleId;
        if (library.open(libraryDir, options).failed()
            || (articleId = Bench::importArticle(library, markdown, u"long.md"_s)).isEmpty()
            || !Bench::annotate(library, articleId, 1000, 200)
            || writeBarePage(dir.path(), library, articleId).isEmpty()) {
            std::fprintf(stderr, "bench: could not make the memory library\n");
            return;
        }
    }
    const QProcessEnvironment env = freshEnvironment(dir);
    QList<double> glossa;
    QList<double> bare;
    QString glossaParts;
    QString bareParts;
    for (int run = 0; run < 3; ++run) {
        const double g = memoryOf(QStringLiteral(GLOSSA_EXECUTABLE),
            {u"--library"_s, libraryDir, u"--print-startup-ms"_s}, env, &glossaParts);
        const double b = memoryOf(QStringLiteral(BARE_WEBENGINE), {dir.filePath(u"page.html"_s)}, env, &bareParts);
        if (g < 0 || b < 0) {
            std::fprintf(stderr, "bench: could not read the processes' memory\n");
            return;
        }
        glossa << g;
        bare << b;
    }
    std::printf("# memory by process (last run), glossa:%s\n", qUtf8Printable(glossaParts));
    std::printf("# memory by process (last run), bare:%s\n", qUtf8Printable(bareParts));
    print("memory.glossa_mib", spread(glossa), "MiB");
    print("memory.bare_webengine_mib", spread(bare), "MiB");
    std::printf("bench memory.ratio %.2f x\n", spread(glossa).median / spread(bare).median);
}

} // namespace Glossa::Bench
