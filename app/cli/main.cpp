// SPDX-License-Identifier: GPL-3.0-or-later
// The `glossa` executable users start. The headless sub-commands run here, in a process that maps
// Qt Core and Gui but neither Widgets nor WebEngine, so `glossa list` starts like a command-line
// tool. Everything else (the window, --screenshot and the other window options, and commands that
// read HTML with the web engine) is handed over with execv() to glossa-window: same process id,
// same arguments, same environment. The hand-over costs the start of this small program, decided
// from argv before any Qt application object exists.
#include "cli/cli.h"
#include "ingest/inputfile.h"

#include <QCoreApplication>
#include <QStringList>

#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) {
        args << Glossa::Ingest::InputFile::fromArgument(argv[i]); // file names in any bytes stay found
    }
    return args;
}

// The folder of this executable (no QCoreApplication exists yet to ask).
std::string ownDirectory(const char *argv0)
{
    char buffer[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buffer, sizeof buffer - 1);
    const std::string path = n > 0 ? std::string(buffer, std::size_t(n)) : std::string(argv0 ? argv0 : "");
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

// glossa-window: beside `glossa` in the build tree, in libexec once installed.
std::string windowExecutable(const char *argv0)
{
    const std::string dir = ownDirectory(argv0);
    for (const char *relative : {GLOSSA_WINDOW_NAME, GLOSSA_WINDOW_INSTALLED}) {
        std::string candidate = dir + '/' + relative;
        if (access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
    }
    return dir + '/' + GLOSSA_WINDOW_INSTALLED;
}

} // namespace

int main(int argc, char **argv)
{
    Glossa::Cli::Cli::setApplicationInfo();
    const QStringList args = argumentsOf(argc, argv);
    if (Glossa::Cli::Cli::isHeadless(args) && !Glossa::Cli::Cli::needsWebEngine(args)) {
        QCoreApplication app(argc, argv);
        Glossa::Cli::Cli::installTranslations(app);
        return Glossa::Cli::Cli::run(args);
    }

    const std::string window = windowExecutable(argc > 0 ? argv[0] : nullptr);
    execv(window.c_str(), argv);
    const int error = errno; // execv returns only when it failed
    QCoreApplication app(argc, argv);
    Glossa::Cli::Cli::installTranslations(app);
    std::fprintf(stderr, "%s\n",
        qUtf8Printable(QCoreApplication::translate(
            "main", "glossa: cannot start Glossa's window, %1 (%2). Reinstalling Glossa should bring it back.")
                .arg(QString::fromLocal8Bit(window.c_str()), QString::fromLocal8Bit(std::strerror(error)))));
    return 1;
}
