// SPDX-License-Identifier: GPL-3.0-or-later
// The command line with hostile and careless input (issue 18, item 7): files that never end
// (/dev/zero) stop at the article limit with a sentence, a FIFO and a pipe are read whole, one bad
// byte in a UTF-8 file is replaced and reported, an interrupted import reports what it stored and
// a second run does not store it again, a file name in Latin-1 bytes is found, and a read-only
// library and a lock file that is a folder are each said for what they are.
#include "helpers/glossaprocess.h"
#include "helpers/testlibrary.h"
#include "ingest/importer.h"
#include "library/library.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using namespace Glossa;
using namespace Qt::StringLiterals;

namespace {

const QString kLargest
    = u"larger than %1 MB, the largest article Glossa accepts"_s.arg(Ingest::Importers::MaxSourceBytes / (1024 * 1024));

QByteArray article(int n, int paragraphs = 4)
{
    QByteArray a = "Articolo numero " + QByteArray::number(n) + " sul porto\n\n";
    for (int i = 0; i < paragraphs; ++i) {
        a += "Il paragrafo " + QByteArray::number(i) + " dell'articolo " + QByteArray::number(n)
            + " racconta la diga, le navi e il traffico delle merci nel porto.\n\n";
    }
    return a;
}

// chattr +i / -i: an immutable folder refuses new files even to root, as a folder without write
// permission does to its user.
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) {
        return false;
    }
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
    ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    ::close(fd);
    return ok;
}

// Makes `path` a folder this process may not write: without write permission for an ordinary user;
// immutable for root, whom permissions do not stop. False when neither can be done (root on a file
// system without the immutable flag). Undone by makeWritable().
bool makeReadOnly(const QString &path)
{
    if (::geteuid() != 0) {
        return QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
    }
    return setImmutable(path, true);
}
void makeWritable(const QString &path)
{
    if (::geteuid() != 0) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    } else {
        setImmutable(path, false);
    }
}

} // namespace

class TstHostileInput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_home;

    Test::Run glossa(const QStringList &args) const { return Test::runGlossaAt(m_home, args); }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(bytes);
        }
        return path;
    }

    int articleCount(const QString &library) const
    {
        const Test::Run r = glossa({u"list"_s, u"--json"_s, u"--library"_s, library});
        return r.exitCode == 0 ? int(QJsonDocument::fromJson(r.out).array().size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(u"home"_s);
        QVERIFY(QDir().mkpath(m_home));
    }

    void endlessDevicesStopAtTheArticleLimit()
    {
        Test::Run r = glossa({u"extract"_s, u"/dev/zero"_s, u"--format"_s, u"text"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"/dev/zero: it is "_s + kLargest), qPrintable(r.err));
        r = glossa({u"extract"_s, u"/dev/urandom"_s, u"--format"_s, u"text"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(kLargest), qPrintable(r.err));
        const QString selectors = write(u"selectors.jsonl"_s, "{\"id\":\"a\",\"selector\":{\"exact\":\"x\"}}\n");
        r = glossa({u"anchor"_s, u"--text"_s, u"/dev/zero"_s, u"--selectors"_s, selectors});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(kLargest), qPrintable(r.err));
    }

    void aPipeIsReadWholeNotCutToASniffedPrefix()
    {
        const QByteArray text = article(1, 400); // about 40 KB, ten times any sniffing prefix
        QProcess p;
        p.setProcessEnvironment(Test::headlessEnvironment(m_home));
        p.start(QStringLiteral(GLOSSA_EXECUTABLE),
            {u"extract"_s, u"/dev/stdin"_s, u"--format"_s, u"text"_s, u"--json"_s});
        QVERIFY(p.waitForStarted());
        p.write(text);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 0);
        const QString extracted = QJsonDocument::fromJson(p.readAllStandardOutput())[u"text"].toString();
        QVERIFY(extracted.contains(u"Il paragrafo 0 dell'articolo 1"_s));
        QVERIFY(extracted.contains(u"Il paragrafo 399 dell'articolo 1"_s));
    }

    void aFifoIsImportedWhole()
    {
        const QString library = m_dir.filePath(u"fifo-lib"_s);
        const QString fifo = m_dir.filePath(u"dal-tubo.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QByteArray text = article(2, 400);
        std::thread writer([fifo, text] {
            QFile f(fifo);
            if (f.open(QIODevice::WriteOnly)) {
                f.write(text);
            }
        });
        const Test::Run r = glossa({u"import"_s, fifo, u"--library"_s, library});
        writer.join();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Test::Run shown = glossa({u"show"_s, u"Articolo numero 2"_s, u"--library"_s, library});
        QVERIFY2(shown.outText().contains(u"Il paragrafo 399 dell'articolo 2"_s), qPrintable(shown.err));
    }

    void oneBadByteInUtf8IsReplacedAndSaid()
    {
        const QString library = m_dir.filePath(u"bytes-lib"_s);
        const QByteArray line = QStringLiteral("La città e il porto: perché la diga cambia tutto. ").toUtf8();
        const QString file = write(u"citta.txt"_s, "La citt\xC3\xA0 del porto\n\n" + line.repeated(10) + "Costo 10\x80.\n");
        const Test::Run r = glossa({u"import"_s, file, u"--library"_s, library});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"citta.txt: 1 invalid byte"_s), qPrintable(r.err));
        const Test::Run shown = glossa({u"show"_s, u"La città"_s, u"--library"_s, library});
        QVERIFY2(shown.outText().contains(u"La città e il porto"_s), qPrintable(shown.err));
        QVERIFY(!shown.outText().contains(u"cittÃ"_s));
    }

    void anInterruptedImportSaysWhatItStoredAndARerunSkipsIt()
    {
        const QString library = m_dir.filePath(u"interrupted-lib"_s);
        QStringList files;
        for (int i = 0; i < 5; ++i) {
            files << write(u"articolo-%1.txt"_s.arg(i), article(100 + i));
        }
        // The third file is a FIFO nobody writes to: the import stops there, as if it were slow, with
        // two articles stored; then it is killed.
        const QString stuck = m_dir.filePath(u"in-attesa.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(stuck).constData(), 0600), 0);
        QProcess p;
        p.setProcessEnvironment(Test::headlessEnvironment(m_home));
        p.start(QStringLiteral(GLOSSA_EXECUTABLE),
            QStringList {u"import"_s, files[0], files[1], stuck, files[2], u"--library"_s, library});
        QVERIFY(p.waitForStarted());
        QByteArray said;
        while (said.count('\n') < 2 && p.waitForReadyRead(30'000)) {
            said += p.readAllStandardOutput();
        }
        QCOMPARE(said.count("imported"), 2); // each said as it was stored, before the process ended
        QCOMPARE(p.state(), QProcess::Running);
        p.kill();
        QVERIFY(p.waitForFinished(10'000));
        QCOMPARE(articleCount(library), 2);

        // The whole set again: the two stored ones are recognised, the three others stored.
        const Test::Run r = glossa(QStringList {u"import"_s} + files + QStringList {u"--library"_s, library});
        QCOMPARE(r.exitCode, 1); // two were not imported, as the sentence says
        QCOMPARE(r.outText().count(u"imported"_s), 3);
        QCOMPARE(r.err.count(u"is already in the library"_s), 2);
        QCOMPARE(articleCount(library), 5);
    }

    void aLatin1FileNameIsFound()
    {
        // "città.txt" with à as the Latin-1 byte E0, which is not UTF-8: made and named through the
        // shell, since QProcess passes arguments as UTF-8.
        const QByteArray name = QFile::encodeName(m_dir.path()) + "/latin1-citt\xE0.txt";
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        const QByteArray text = article(7);
        QCOMPARE(::write(fd, text.constData(), size_t(text.size())), ssize_t(text.size()));
        ::close(fd);
        QProcess p;
        p.setProcessEnvironment(Test::headlessEnvironment(m_home));
        p.start(u"/bin/sh"_s,
            {u"-c"_s, u"exec \"$0\" extract \"$1/latin1-citt$(printf '\\340').txt\" --json"_s,
                QStringLiteral(GLOSSA_EXECUTABLE), m_dir.path()});
        QVERIFY(p.waitForFinished(60'000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY(QJsonDocument::fromJson(p.readAllStandardOutput())[u"text"].toString().contains(
            u"dell'articolo 7"_s));
        QCOMPARE(::unlink(name.constData()), 0); // QTemporaryDir cannot name it to remove it
    }

    void aLockFileThatIsAFolderIsSaidToBeOne()
    {
        const QString library = m_dir.filePath(u"lockdir-lib"_s);
        {
            Library created;
            QVERIFY(Test::openNewLibrary(created, library));
        }
        QVERIFY(QDir(library).mkdir(u"library.lock"_s));
        const Test::Run r = glossa({u"import"_s, write(u"uno.txt"_s, article(8)), u"--library"_s, library});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"is not a lock file"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"process 0"_s), qPrintable(r.err));
        QCOMPARE(articleCount(library), 0); // readers are not stopped by it
    }

    void aReadOnlyLibraryIsReadAndWritersSaySo()
    {
        const QString library = m_dir.filePath(u"readonly-lib"_s);
        QVERIFY(glossa({u"import"_s, write(u"due.txt"_s, article(9)), u"--library"_s, library}).exitCode == 0);
        // In the build root tests run as root, whom permissions do not stop: the folder is then made
        // immutable, which the kernel refuses writes to as it does a folder without permission.
        if (!makeReadOnly(library)) {
            // Only root on a file system without the immutable flag (tmpfs before Linux 6.0) gets here.
            QSKIP("root on a file system without the immutable flag: no folder can be read-only for root");
        }
        const auto restore = qScopeGuard([&] { makeWritable(library); });
        const Test::Run listed = glossa({u"list"_s, u"--library"_s, library});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QVERIFY(listed.outText().contains(u"Articolo numero 9"_s));
        const Test::Run imported = glossa({u"import"_s, write(u"tre.txt"_s, article(10)), u"--library"_s, library});
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(u"The library %1 is read-only (no permission to write"_s.arg(library)),
            qPrintable(imported.err));
    }
};

QTEST_GUILESS_MAIN(TstHostileInput)
#include "tst_hostileinput.moc"
