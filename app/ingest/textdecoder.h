// SPDX-License-Identifier: GPL-3.0-or-later
// Turns the bytes of a text file into a QString whatever encoding the web or an editor left it in:
// UTF-8 (with or without BOM), UTF-16 (with BOM, or without when its zero bytes give it away),
// UTF-32 with a BOM, and Windows-1252, the superset of Latin-1 that copied web text really uses.
// A few invalid bytes in an otherwise UTF-8 file do not make it Windows-1252 (one stray byte would
// turn every "città" into "cittÃ "): they are replaced by U+FFFD and counted. Windows-1252 is chosen
// only on strong evidence: invalid sequences and (almost) no valid multi-byte UTF-8 sequence.
#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Glossa::Ingest {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE" or "windows-1252"
    qsizetype invalidBytes = 0; // bytes of a UTF-8 text that were not UTF-8, each replaced by U+FFFD

    // What the user should know about the decoding ("3 invalid bytes replaced…"), empty if nothing.
    QString warning() const;
};

class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Glossa::Ingest::TextDecoder)

public:
    // The text, or why the bytes are not text (binary data, broken UTF-16): a clause for the user.
    static Result<DecodedText> decode(const QByteArray &bytes);

    // Windows-1252 (Latin-1 with printable characters in 0x80–0x9F), decoded by table so the result
    // does not depend on which codecs the Qt build carries.
    static QString fromWindows1252(const QByteArray &bytes);

    // Line endings to "\n", no-break and other fixed spaces to plain spaces, zero-width characters
    // and stray control characters removed. Paragraph structure (newlines) is kept.
    static QString normalise(const QString &text);
};

} // namespace Glossa::Ingest
