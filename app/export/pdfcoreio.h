// SPDX-License-Identifier: GPL-3.0-or-later
// What the passes over Poppler's core API share (pdfcorepass.cpp, pdfpagefooter.cpp): writing a
// document into a QByteArray, keeping Poppler's own messages quiet, and PDF text strings. Part of
// glossa_pdf; only those .cpp files include it, since it names Poppler's core types.
#pragma once

#include <QByteArray>
#include <QString>

#include <Error.h>
#include <goo/GooString.h>
#include <Stream.h>

#include <memory>
#include <span>

namespace Glossa::Export::PdfCore {

// Poppler writes the document into a QByteArray.
class ByteArrayOutStream final : public OutStream
{
public:
    explicit ByteArrayOutStream(QByteArray *bytes)
        : m_bytes(bytes)
    {
    }
    void close() override { }
    Goffset getPos() override { return m_bytes->size(); }
    void put(char c) override { m_bytes->append(c); }
    size_t write(std::span<unsigned char> data) override;
    void printf(const char *format, ...) override;

private:
    QByteArray *m_bytes;
};

// The passes report their own failures; Poppler's messages about the printed file are not the user's.
void ignorePopplerError(ErrorCategory, Goffset, const char *);

// A PDF text string: ASCII as it is, anything else UTF-16BE with its byte order mark.
std::unique_ptr<GooString> textString(const QString &text);

} // namespace Glossa::Export::PdfCore
