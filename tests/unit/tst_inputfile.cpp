// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a file a user names (Ingest::InputFile): once, with the limit enforced while reading. A
// FIFO and a pipe are read to their end (never cut to a sniffed prefix), /dev/zero stops at the
// limit with the size in the sentence, a folder is said to be one, and a file name in Latin-1
// bytes (not valid UTF-8) is found.
#include "ingest/importer.h"
#include "ingest/inputfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

using namespace Glossa;
using namespace Glossa::Ingest;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMegabyte = InputFile::Megabyte;

// More than a pipe holds at once (64 KB) and than any sniffing prefix.
QByteArray article()
{
    QByteArray a;
    for (int i = 0; a.size() < 300 * 1024; ++i) {
        a += "Paragrafo " + QByteArray::number(i) + ": la diga del porto cambia il traffico delle navi.\n\n";
    }
    return a + "FINE";
}

void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) {
            return;
        }
        done += n;
    }
}

} // namespace

class TstInputFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ::signal(SIGPIPE, SIG_IGN); // a writer whose reader stopped at the limit gets EPIPE, not killed
    }

    void aRegularFileIsReadWhole()
    {
        const QString path = m_dir.filePath(u"a.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(article());
        f.close();
        const Result<QByteArray> read = InputFile::read(path, kMegabyte, u"the largest"_s);
        QVERIFY(read.ok());
        QCOMPARE(*read, article());
    }

    void aLargerFileIsRefusedWithTheLimitInMegabytes()
    {
        const QString path = m_dir.filePath(u"big.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(3 * kMegabyte)); // sparse
        f.close();
        const Result<QByteArray> read = InputFile::read(path, 2 * kMegabyte, u"the largest article Glossa accepts"_s);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message, u"it is larger than 2 MB, the largest article Glossa accepts"_s);
    }

    void devZeroStopsAtTheLimit()
    {
        const Result<QByteArray> read = InputFile::read(u"/dev/zero"_s, kMegabyte, u"the largest"_s);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().message.contains(u"larger than 1 MB"_s), qPrintable(read.error().message));
        QVERIFY(InputFile::isStream(u"/dev/zero"_s));
        QVERIFY(InputFile::head(u"/dev/zero"_s, 4096).isEmpty()); // a stream is never sniffed
    }

    void aFifoIsReadToItsEnd()
    {
        const QString path = m_dir.filePath(u"fifo.txt"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QVERIFY(InputFile::isStream(path));
        std::thread writer([path] {
            const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
            writeAll(fd, article());
            ::close(fd);
        });
        const Result<QByteArray> read = InputFile::read(path, kMegabyte, u"the largest"_s);
        writer.join();
        QVERIFY(read.ok());
        QCOMPARE(read->size(), article().size());
        QVERIFY(read->endsWith("FINE"));
    }

    void aPipeIsReadToItsEndAndHeldToTheLimit()
    {
        for (const qint64 limit : {kMegabyte, 100 * qint64(1024)}) {
            int fds[2];
            QCOMPARE(::pipe(fds), 0);
            std::thread writer([fd = fds[1]] {
                writeAll(fd, article());
                ::close(fd);
            });
            const Result<QByteArray> read
                = InputFile::read(u"/dev/fd/%1"_s.arg(fds[0]), limit, u"the largest"_s);
            ::close(fds[0]); // the writer may still be blocked on a full pipe: this ends it
            writer.join();
            if (limit == kMegabyte) {
                QVERIFY(read.ok());
                QCOMPARE(*read, article());
            } else {
                QVERIFY(!read.ok());
                QVERIFY2(read.error().message.startsWith(u"it is larger than"_s), qPrintable(read.error().message));
            }
        }
    }

    void aFolderIsSaidToBeOne()
    {
        const Result<QByteArray> read = InputFile::read(m_dir.path(), kMegabyte, u"the largest"_s);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message, u"it is a folder, not a file"_s);
    }

    void aLatin1FileNameIsFound()
    {
        // "città.txt" in Latin-1: the byte E0 alone is not UTF-8.
        const QByteArray name = QFile::encodeName(m_dir.path()) + "/citt\xE0.txt";
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        writeAll(fd, "La citt\xC3\xA0 e il porto.");
        ::close(fd);
        const QString argument = InputFile::fromArgument(name.constData());
        QVERIFY(argument.endsWith(u"/città.txt"_s)); // shown as Latin-1
        QVERIFY(InputFile::exists(argument));
        const Result<QByteArray> read = InputFile::read(argument, kMegabyte, u"the largest"_s);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(*read, QByteArray("La citt\xC3\xA0 e il porto."));
        QCOMPARE(::unlink(name.constData()), 0); // QTemporaryDir cannot name it to remove it
    }

    void anArticleOverTheLimitIsRefusedByTheImporters()
    {
        const Result<QByteArray> read = Importers::readSource(u"/dev/zero"_s);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message,
            u"it is larger than %1 MB, the largest article Glossa accepts"_s.arg(Importers::MaxSourceBytes / kMegabyte));
    }
};

QTEST_GUILESS_MAIN(TstInputFile)
#include "tst_inputfile.moc"
