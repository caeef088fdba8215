// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the glossa executable for CLI tests, the way a script would: no display of any kind and,
// given a home folder, a home and data location of its own so no real library can be touched.
#pragma once

#include <QProcess>
#include <QProcessEnvironment>

namespace Glossa::Test {

struct Run {
    int exitCode = -1; // -1: crashed or timed out
    QByteArray out;
    QString err;

    QString outText() const { return QString::fromUtf8(out); }
};

inline QProcessEnvironment headlessEnvironment(const QString &home = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    }
    return env;
}

inline Run runGlossa(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 120'000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GLOSSA_EXECUTABLE), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError())};
}

// The same with a home and data location of its own below `home`.
inline Run runGlossaAt(const QString &home, const QStringList &args)
{
    return runGlossa(args, headlessEnvironment(home));
}

} // namespace Glossa::Test
