// SPDX-License-Identifier: GPL-3.0-or-later
// The glossa executable's headless side: it answers with no display at all.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

class TstCli : public QObject
{
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Result glossa(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Headless commands must not need a display: take every way of reaching one away.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        // Messages are compared in English, the source language.
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GLOSSA_EXECUTABLE), args);
        if (!p.waitForFinished(60'000)) {
            p.kill();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void versionPrintsTheVersion()
    {
        const Result r = glossa({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("glossa " GLOSSA_VERSION "\n"));
        QVERIFY(r.err.isEmpty());
    }

    void helpListsTheOptions()
    {
        const Result r = glossa({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--screenshot")));
        QVERIFY(r.out.contains(QStringLiteral("--library")));
    }

    void messagesFollowTheUserLanguage()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("it_IT.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("it_IT.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("it"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GLOSSA_EXECUTABLE), {QStringLiteral("frobnicate")});
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("non è un comando di Glossa")),
            "the Italian translation was not used");
    }

    void unknownCommandIsAnActionableError()
    {
        const Result r = glossa({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("'frobnicate' is not a Glossa command")));
        QVERIFY(r.err.contains(QStringLiteral("glossa --help")));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
