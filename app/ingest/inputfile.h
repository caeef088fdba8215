// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Glossa reads a file a user names (an article to import or extract, a text to anchor
// in, selectors, annotations, a thread file): read once, with a size limit enforced while reading,
// never trusting the size a file reports. Regular files, and streams on purpose: a pipe, a FIFO,
// /dev/stdin or `<(cat f)` is read to its end (as long as its writer writes), and a device that
// never ends (/dev/zero) stops at the limit with a sentence saying it.
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Glossa::Ingest {

class InputFile
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Ingest::InputFile)

public:
    static constexpr qint64 Megabyte = qint64(1024) * 1024;

    // All of `path`, or a clause saying why not ("it is a folder, not a file", "it cannot be read
    // (…)", "it is larger than N MB, <largest>"). `largest` completes that last one, e.g.
    // tr("the largest article Glossa accepts"); `limit` is in bytes (a whole number of MB).
    static Result<QByteArray> read(const QString &path, qint64 limit, const QString &largest);

    // "it is larger than N MB, <largest>": the clause read() ends with past the limit.
    static QString tooLarge(qint64 limit, const QString &largest);

    // A command-line argument as Glossa keeps it. A file name whose bytes are not valid in the
    // locale's encoding (Latin-1 bytes under a UTF-8 locale) has no exact QString: it is shown as
    // Latin-1, and its bytes are remembered, so that the file it names is still found.
    static QString fromArgument(const char *argument);
    // The bytes the file system knows `path` by (the remembered ones for such an argument).
    static QByteArray encodedName(const QString &path);
    // Whether `path` names something (a file, a stream), as the kernel sees it.
    static bool exists(const QString &path);

    // True for what can be read only once: a pipe, a FIFO, a socket, a character device.
    static bool isStream(const QString &path);

    // The first `n` bytes of a regular file, to guess its format before reading it; empty for a
    // stream, which must not lose them to a guess.
    static QByteArray head(const QString &path, qint64 n);
};

} // namespace Glossa::Ingest
